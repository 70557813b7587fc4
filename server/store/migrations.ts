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
  '0003_webhooks_retention': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('sites').addColumn('retention_days', 'integer').execute();
      await db.schema
        .createTable('webhook_endpoints')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('site_id', 'text', (column) => column.notNull().references('sites.id'))
        .addColumn('url', 'text', (column) => column.notNull())
        .addColumn('secret', 'text', (column) => column.notNull())
        .addColumn('events', 'text', (column) => column.notNull())
        .addColumn('is_enabled', 'integer', (column) => column.notNull())
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('webhook_endpoints_by_site')
        .on('webhook_endpoints')
        .column('site_id')
        .execute();
      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('endpoint_id', 'text', (column) => column.notNull().references('webhook_endpoints.id'))
        .addColumn('site_id', 'text', (column) => column.notNull())
        .addColumn('conversation_id', 'text', (column) => column.notNull())
        .addColumn('event_id', 'text', (column) => column.notNull())
        .addColumn('event_type', 'text', (column) => column.notNull())
        .addColumn('payload', 'text', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('attempts', 'integer', (column) => column.notNull())
        .addColumn('next_attempt_at', 'bigint', (column) => column.notNull())
        .addColumn('last_status_code', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('lease_owner', 'text')
        .addColumn('lease_until', 'bigint')
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .addColumn('updated_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_due')
        .on('webhook_deliveries')
        .columns(['status', 'next_attempt_at'])
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_by_site')
        .on('webhook_deliveries')
        .columns(['site_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_by_conversation')
        .on('webhook_deliveries')
        .column('conversation_id')
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_by_endpoint')
        .on('webhook_deliveries')
        .column('endpoint_id')
        .execute();
      await db.schema
        .createTable('webhook_attempts')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('delivery_id', 'text', (column) => column.notNull().references('webhook_deliveries.id'))
        .addColumn('number', 'integer', (column) => column.notNull())
        .addColumn('at', 'bigint', (column) => column.notNull())
        .addColumn('duration_ms', 'integer', (column) => column.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('error', 'text')
        .execute();
      await db.schema
        .createIndex('webhook_attempts_by_delivery')
        .on('webhook_attempts')
        .column('delivery_id')
        .execute();
      await db.schema
        .createTable('retention_deletions')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('site_id', 'text', (column) => column.notNull().references('sites.id'))
        .addColumn('at', 'bigint', (column) => column.notNull())
        .addColumn('before', 'bigint', (column) => column.notNull())
        .addColumn('conversations', 'integer', (column) => column.notNull())
        .addColumn('entries', 'integer', (column) => column.notNull())
        .addColumn('webhook_deliveries', 'integer', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('retention_deletions_by_site')
        .on('retention_deletions')
        .columns(['site_id', 'at'])
        .execute();
      // Retention looks for a site's conversations by their last activity.
      await db.schema
        .createIndex('conversations_by_site_activity')
        .on('conversations')
        .columns(['site_id', 'updated_at'])
        .execute();
    },
  },
  '0004_handoff': {
    async up(db: Kysely<unknown>) {
      const columns: [string, 'integer' | 'bigint' | 'text', string | number | null][] = [
        ['is_requeued', 'integer', 0],
        ['escalation', 'text', null],
        ['frustration_signals', 'integer', 0],
        ['last_question', 'text', null],
        ['is_rating_open', 'integer', 0],
        ['pages', 'text', '[]'],
        ['lead_email', 'text', null],
        ['lead_at', 'bigint', null],
        ['rating_score', 'integer', null],
        ['rating_comment', 'text', null],
      ];
      // One column per statement: SQLite adds only one at a time.
      for (const [name, type, fallback] of columns) {
        await db.schema
          .alterTable('conversations')
          .addColumn(name, type, (column) =>
            fallback === null ? column : column.notNull().defaultTo(fallback),
          )
          .execute();
      }
      await db.schema
        .alterTable('agents')
        .addColumn('status', 'text', (column) => column.notNull().defaultTo('online'))
        .execute();
    },
  },
  '0005_canned_responses': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('canned_responses')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('shortcut', 'text', (column) => column.notNull().unique())
        .addColumn('text', 'text', (column) => column.notNull())
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .execute();
    },
  },
  '0006_knowledge': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('knowledge_documents')
        .addColumn('site_id', 'text', (column) => column.notNull().references('sites.id'))
        .addColumn('document_id', 'text', (column) => column.notNull())
        .addColumn('title', 'text', (column) => column.notNull())
        .addColumn('url', 'text')
        .addColumn('topic', 'text')
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('content_hash', 'text', (column) => column.notNull())
        .addColumn('sections', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'bigint', (column) => column.notNull())
        .addPrimaryKeyConstraint('knowledge_documents_pk', ['site_id', 'document_id'])
        .execute();
    },
  },
  '0007_sites': {
    async up(db: Kysely<unknown>) {
      const columns: [string, 'integer' | 'text', string | number | null][] = [
        // Fields left out of the JSON take the defaults, so existing sites keep working as they were.
        ['branding', 'text', '{}'],
        ['identity_secret', 'text', null],
        ['identity_required', 'integer', 0],
        ['bot', 'text', '{"kind":"relay"}'],
      ];
      // One column per statement: SQLite adds only one at a time.
      for (const [name, type, fallback] of columns) {
        await db.schema
          .alterTable('sites')
          .addColumn(name, type, (column) =>
            fallback === null ? column : column.notNull().defaultTo(fallback),
          )
          .execute();
      }
    },
  },
  '0008_visitor_identity': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('visitors').addColumn('identity', 'text').execute();
      await db.schema.alterTable('conversations').addColumn('visitor_identity', 'text').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
