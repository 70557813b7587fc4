import type { Kysely, Migration, MigrationProvider } from 'kysely';

/**
 * The schema's history, oldest first. Never edit a migration that has shipped; add a new one. Column types
 * are chosen to mean the same on SQLite and PostgreSQL.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sites')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('allowed_origins', 'text', (column) => column.notNull())
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('visitors')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('site_id', 'text', (column) => column.notNull().references('sites.id'))
        .addColumn('token_hash', 'text', (column) => column.notNull().unique())
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('conversations')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('site_id', 'text', (column) => column.notNull().references('sites.id'))
        .addColumn('visitor_id', 'text', (column) => column.notNull().unique().references('visitors.id'))
        .addColumn('state', 'text', (column) => column.notNull())
        .addColumn('agent_id', 'text')
        .addColumn('agent_name', 'text')
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('owner_version', 'integer', (column) => column.notNull())
        .addColumn('last_seq', 'integer', (column) => column.notNull())
        .addColumn('bot_miss_streak', 'integer', (column) => column.notNull())
        .addColumn('waiting_since', 'bigint')
        .addColumn('handoff_trigger', 'text')
        .addColumn('handoff_reason', 'text')
        .addColumn('visitor_context', 'text', (column) => column.notNull())
        .addColumn('preview', 'text')
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .addColumn('updated_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('conversations_by_state')
        .on('conversations')
        .columns(['state', 'updated_at'])
        .execute();
      await db.schema
        .createTable('entries')
        .addColumn('conversation_id', 'text', (column) => column.notNull().references('conversations.id'))
        .addColumn('seq', 'integer', (column) => column.notNull())
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('client_id', 'text')
        .addColumn('at', 'bigint', (column) => column.notNull())
        .addColumn('body', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('entries_pk', ['conversation_id', 'seq'])
        .addUniqueConstraint('entries_client_id', ['conversation_id', 'client_id'])
        .execute();
      await db.schema
        .createTable('agents')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('email', 'text', (column) => column.notNull().unique())
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('role', 'text', (column) => column.notNull())
        .addColumn('password_hash', 'text', (column) => column.notNull())
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('agent_sessions')
        .addColumn('token_hash', 'text', (column) => column.primaryKey())
        .addColumn('agent_id', 'text', (column) => column.notNull().references('agents.id'))
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .addColumn('expires_at', 'bigint', (column) => column.notNull())
        .execute();
    },
  },
  '0002_presence': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('relay_nodes')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('started_at', 'bigint', (column) => column.notNull())
        .addColumn('heartbeat_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('agent_connections')
        .addColumn('socket_id', 'text', (column) => column.primaryKey())
        .addColumn('node_id', 'text', (column) => column.notNull())
        .addColumn('agent_id', 'text', (column) => column.notNull().references('agents.id'))
        .addColumn('connected_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('agent_connections_by_agent')
        .on('agent_connections')
        .column('agent_id')
        .execute();
      await db.schema
        .createIndex('agent_connections_by_node')
        .on('agent_connections')
        .column('node_id')
        .execute();
      await db.schema
        .createTable('agent_last_seen')
        .addColumn('agent_id', 'text', (column) => column.primaryKey().references('agents.id'))
        .addColumn('last_seen_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('conversations_by_agent')
        .on('conversations')
        .columns(['agent_id', 'state'])
        .execute();
    },
  },
  '0004_insights': {
    async up(db: Kysely<unknown>) {
      // Insights read one site's conversations active in a date range.
      await db.schema
        .createIndex('conversations_by_site')
        .on('conversations')
        .columns(['site_id', 'updated_at'])
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
