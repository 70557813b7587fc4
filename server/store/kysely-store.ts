import { Migrator, sql, type Kysely } from 'kysely';
import type { Entry } from '../../protocol/entries.js';
import type { Database } from './database.js';
import { commitBatch, type BatchWriter } from './commit-batch.js';
import { createCommitBatcher } from './commit-batcher.js';
import type { CommitRunner } from './commit-worker.js';
import { commitStatements } from './commit-statements.js';
import { migrationProvider } from './migrations.js';
import { createQueryTemplates } from './query-template.js';
import {
  serializePages,
  serializeVisitorContext,
  toAgentPresence,
  toAgentProfile,
  toEntry,
  toSite,
  toStoredConversation,
} from './rows.js';
import { cannedResponseQueries } from './canned-response-queries.js';
import { identityQueries } from './identity-queries.js';
import { siteEntryBodiesSince } from './site-entries.js';
import { knowledgeQueries } from './knowledge-queries.js';
import { retentionQueries } from './retention-queries.js';
import { siteQueries } from './site-queries.js';
import type { Deadline, OpenState, Store, WaitingConversation } from './store.js';
import { visitedPagesAfter } from './visited-pages.js';
import { webhookQueries } from './webhook-queries.js';

/** What differs between the engines beyond the connection. */
export type EngineTraits = {
  /**
   * The schema the connection works in, where engines have schemas. The migrator keeps its own tables
   * there; without it, Kysely would find another schema's migration tables and skip creating its own.
   */
  currentSchema?: (db: Kysely<Database>) => Promise<string>;
} & (
  | {
      /**
       * How a batch of commits is written on this connection: PostgreSQL's `writeSetWise`, where one
       * statement per step of each commit would cost too many round trips; SQLite's `writeInOrder`, where a
       * statement is a call.
       */
      batchWriter: BatchWriter;
      commits?: undefined;
    }
  | {
      /**
       * Where commits and the writes in WORKER_WRITES run instead of this connection: the SQLite file
       * store's commit worker.
       */
      commits: CommitRunner;
      batchWriter?: undefined;
    }
);

/**
 * The store over any SQL engine Kysely speaks: the one query layer behind both the SQLite and the
 * PostgreSQL adapters. Engine differences stay in the adapters' connection setup and `traits`.
 */
export function createKyselyStore(db: Kysely<Database>, traits: EngineTraits): Store {
  const hot = commitStatements(createQueryTemplates());
  return {
    ...webhookQueries(db),
    ...retentionQueries(db),
    ...cannedResponseQueries(db),
    ...knowledgeQueries(db),
    ...siteQueries(db),
    ...identityQueries(db),

    async migrate() {
      const schema = await traits.currentSchema?.(db);
      const migrator = new Migrator({
        db,
        provider: migrationProvider,
        ...(schema === undefined ? {} : { migrationTableSchema: schema }),
      });
      const { error } = await migrator.migrateToLatest();
      if (error) throw error;
    },

    async close() {
      await traits.commits?.close();
      await db.destroy();
    },

    async ping() {
      await sql`select 1`.execute(db);
    },

    async upsertSite(site) {
      const row = {
        id: site.id,
        name: site.name,
        allowed_origins: JSON.stringify(site.allowedOrigins),
        created_at: site.createdAt,
      };
      await db
        .insertInto('sites')
        .values(row)
        .onConflict((conflict) =>
          conflict.column('id').doUpdateSet({ name: row.name, allowed_origins: row.allowed_origins }),
        )
        .execute();
    },

    async findSite(id) {
      const row = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toSite(row) : null;
    },

    async listSites() {
      const rows = await db.selectFrom('sites').selectAll().orderBy('name').orderBy('id').execute();
      return rows.map(toSite);
    },

    async createVisitor(visitor) {
      await db
        .insertInto('visitors')
        .values({
          id: visitor.id,
          site_id: visitor.siteId,
          token_hash: visitor.tokenHash,
          created_at: visitor.createdAt,
          identity: null,
        })
        .execute();
    },

    async findVisitorByToken(siteId, tokenHash) {
      const row = await db
        .selectFrom('visitors')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('site_id', '=', siteId)
        .executeTakeFirst();
      return row ? { id: row.id, siteId: row.site_id, createdAt: Number(row.created_at) } : null;
    },

    async ensureConversation({ id, siteId, visitorId, visitor, at }) {
      await db.transaction().execute(async (transaction) => {
        // The visitor may have been identified before their first message started the conversation. An
        // update that changes nothing locks the visitor's row first, as `setVisitorIdentity` does, so an
        // identity given meanwhile is either read here or set on the conversation there: never lost.
        const { identity } = await transaction
          .updateTable('visitors')
          .set((builder) => ({ identity: builder.ref('identity') }))
          .where('id', '=', visitorId)
          .returning('identity')
          .executeTakeFirstOrThrow();
        await transaction
          .insertInto('conversations')
          .values({
            id,
            site_id: siteId,
            visitor_id: visitorId,
            state: 'bot',
            agent_id: null,
            agent_name: null,
            version: 0,
            owner_version: 0,
            last_seq: 0,
            bot_miss_streak: 0,
            waiting_since: null,
            handoff_trigger: null,
            handoff_reason: null,
            visitor_context: serializeVisitorContext(visitor),
            preview: null,
            created_at: at,
            updated_at: at,
            is_requeued: 0,
            escalation: null,
            frustration_signals: 0,
            last_question: null,
            is_rating_open: 0,
            pages: serializePages(visitedPagesAfter([], visitor, at)),
            lead_email: null,
            lead_at: null,
            rating_score: null,
            rating_comment: null,
            visitor_identity: identity,
          })
          .onConflict((conflict) => conflict.column('visitor_id').doNothing())
          .execute();
      });
      const row = await db
        .selectFrom('conversations')
        .selectAll()
        .where('visitor_id', '=', visitorId)
        .executeTakeFirstOrThrow();
      return toStoredConversation(row);
    },

    async findConversation(id) {
      const [row] = (await db.executeQuery(hot.findConversation(db, id))).rows;
      return row ? toStoredConversation(row) : null;
    },

    async findConversationOfVisitor(visitorId) {
      const row = await db
        .selectFrom('conversations')
        .selectAll()
        .where('visitor_id', '=', visitorId)
        .executeTakeFirst();
      return row ? toStoredConversation(row) : null;
    },

    updateVisitorContext(conversationId, visitor, at) {
      return db.transaction().execute(async (transaction) => {
        const row = await transaction
          .selectFrom('conversations')
          .select('pages')
          .where('id', '=', conversationId)
          .executeTakeFirst();
        if (!row) return false;
        const pages = JSON.parse(row.pages) as Parameters<typeof visitedPagesAfter>[0];
        const after = visitedPagesAfter(pages, visitor, at);
        const isNewPage = after !== pages;
        await transaction
          .updateTable('conversations')
          .set({
            visitor_context: serializeVisitorContext(visitor),
            ...(isNewPage ? { pages: serializePages(after) } : {}),
          })
          .where('id', '=', conversationId)
          .execute();
        return isNewPage;
      });
    },

    async listConversations({ resolvedLimit }) {
      const open = await db
        .selectFrom('conversations')
        .selectAll()
        .where('state', '!=', 'resolved')
        .orderBy('updated_at', 'desc')
        .execute();
      const resolved = await db
        .selectFrom('conversations')
        .selectAll()
        .where('state', '=', 'resolved')
        .orderBy('updated_at', 'desc')
        .limit(resolvedLimit)
        .execute();
      return [...open, ...resolved]
        .map(toStoredConversation)
        .toSorted((left, right) => right.updatedAt - left.updatedAt);
    },

    async countOpenConversations() {
      const counts: Record<OpenState, number> = { bot: 0, waiting: 0, agent: 0 };
      // Range scans of the conversations_by_state index: the cost grows with the open conversations only.
      const rows = await db
        .selectFrom('conversations')
        .select(['state', (builder) => builder.fn.countAll<number | string>().as('count')])
        .where('state', 'in', Object.keys(counts) as OpenState[])
        .groupBy('state')
        .execute();
      for (const { state, count } of rows) counts[state as OpenState] = Number(count);
      return counts;
    },

    async listWaitingConversations(siteId) {
      let query = db
        .selectFrom('conversations')
        .select(['id', 'site_id', 'visitor_id', 'waiting_since', 'is_requeued', 'escalation'])
        .where('state', '=', 'waiting');
      if (siteId !== null) query = query.where('site_id', '=', siteId);
      const rows = await query
        .orderBy('is_requeued', 'desc')
        .orderBy('waiting_since')
        .orderBy('id')
        .execute();
      return rows.map((row): WaitingConversation => ({
        id: row.id,
        siteId: row.site_id,
        visitorId: row.visitor_id,
        waitingSince: Number(row.waiting_since),
        isRequeued: Number(row.is_requeued) === 1,
        escalation: row.escalation as WaitingConversation['escalation'],
      }));
    },

    async listRecentWaits(siteId, since, limit) {
      const rows = await siteEntryBodiesSince(db, siteId, 'agent_joined', since)
        .orderBy('entries.at', 'desc')
        .limit(limit)
        .execute();
      return rows.flatMap((row) => {
        const { waitedMs } = JSON.parse(row.body) as { waitedMs?: number };
        return waitedMs === undefined ? [] : [waitedMs];
      });
    },

    commit: traits.commits
      ? traits.commits.commit
      : createCommitBatcher((requests) => commitBatch(db, traits.batchWriter, requests)),

    async findEntryByClientId(conversationId, clientId) {
      const [row] = (await db.executeQuery(hot.findEntryByClientId(db, conversationId, clientId))).rows;
      return row ? toEntry(row) : null;
    },

    async readEntries(conversationId, afterSeq, limit) {
      const rows = await db
        .selectFrom('entries')
        .selectAll()
        .where('conversation_id', '=', conversationId)
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(toEntry);
    },

    async readConversationLogs({ siteId, from, to, afterId, limit }) {
      let query = db
        .selectFrom('conversations')
        .select('id')
        .where('site_id', '=', siteId)
        // updated_at is the newest entry's time: it narrows the search (by the site's index) before the
        // exact test on the entries.
        .where('updated_at', '>=', from)
        .where((builder) =>
          builder.exists(
            builder
              .selectFrom('entries')
              .select('entries.seq')
              .whereRef('entries.conversation_id', '=', 'conversations.id')
              .where('entries.at', '>=', from)
              .where('entries.at', '<', to),
          ),
        );
      if (afterId !== null) query = query.where('id', '>', afterId);
      const conversations = await query.orderBy('id').limit(limit).execute();
      if (conversations.length === 0) return [];
      const logs = new Map(
        conversations.map(({ id }) => [id, { conversationId: id, entries: [] as Entry[] }]),
      );
      const rows = await db
        .selectFrom('entries')
        .selectAll()
        .where('conversation_id', 'in', [...logs.keys()])
        .where('at', '>=', from)
        .where('at', '<', to)
        .orderBy('conversation_id')
        .orderBy('seq')
        .execute();
      for (const row of rows) logs.get(row.conversation_id)?.entries.push(toEntry(row));
      return [...logs.values()];
    },

    async createAgent(agent) {
      const inserted = await db
        .insertInto('agents')
        .values({
          id: agent.id,
          email: agent.email.toLowerCase(),
          name: agent.name,
          role: agent.role,
          password_hash: agent.passwordHash,
          created_at: agent.createdAt,
          status: 'online',
        })
        .onConflict((conflict) => conflict.column('email').doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    async listAgents() {
      const rows = await db.selectFrom('agents').selectAll().orderBy('name').orderBy('id').execute();
      return rows.map(toAgentProfile);
    },

    async countAgents() {
      const { count } = await db
        .selectFrom('agents')
        .select((builder) => builder.fn.countAll<number | string>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(count);
    },

    async findAgentByEmail(email) {
      const row = await db
        .selectFrom('agents')
        .selectAll()
        .where('email', '=', email.toLowerCase())
        .executeTakeFirst();
      return row ? { agent: toAgentProfile(row), passwordHash: row.password_hash } : null;
    },

    async createSession(session) {
      await db
        .insertInto('agent_sessions')
        .values({
          token_hash: session.tokenHash,
          agent_id: session.agentId,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
        })
        .execute();
    },

    async findSessionAgent(tokenHash, now) {
      const row = await db
        .selectFrom('agent_sessions')
        .innerJoin('agents', 'agents.id', 'agent_sessions.agent_id')
        .select(['agents.id', 'agents.email', 'agents.name', 'agents.role'])
        .where('agent_sessions.token_hash', '=', tokenHash)
        .where('agent_sessions.expires_at', '>', now)
        .executeTakeFirst();
      return row ? toAgentProfile(row) : null;
    },

    async deleteSession(tokenHash) {
      await db.deleteFrom('agent_sessions').where('token_hash', '=', tokenHash).execute();
    },

    async heartbeatNode(nodeId, at) {
      await db
        .insertInto('relay_nodes')
        .values({ id: nodeId, started_at: at, heartbeat_at: at })
        .onConflict((conflict) => conflict.column('id').doUpdateSet({ heartbeat_at: at }))
        .execute();
    },

    async reapSilentNodes(aliveSince) {
      const silent = await db
        .selectFrom('relay_nodes')
        .select(['id', 'heartbeat_at'])
        .where('heartbeat_at', '<', aliveSince)
        .execute();
      let reaped = 0;
      for (const node of silent) {
        // Two processes may reap the same node at once: only the one whose delete matched marks its agents.
        const isReaped = await db.transaction().execute(async (transaction) => {
          const deleted = await transaction
            .deleteFrom('relay_nodes')
            .where('id', '=', node.id)
            .where('heartbeat_at', '=', node.heartbeat_at)
            .executeTakeFirst();
          if (Number(deleted.numDeletedRows) === 0) return false;
          await forgetConnections(transaction, node.id, Number(node.heartbeat_at));
          return true;
        });
        if (isReaped) reaped++;
      }
      // Connections a process recorded after it was reaped would never be forgotten otherwise.
      await db
        .deleteFrom('agent_connections')
        .where('node_id', 'not in', db.selectFrom('relay_nodes').select('id'))
        .execute();
      return reaped;
    },

    async removeNode(nodeId, at) {
      await db.transaction().execute(async (transaction) => {
        await forgetConnections(transaction, nodeId, at);
        await transaction.deleteFrom('relay_nodes').where('id', '=', nodeId).execute();
      });
    },

    async addAgentConnection({ socketId, nodeId, agentId, at }) {
      await db
        .insertInto('agent_connections')
        .values({ socket_id: socketId, node_id: nodeId, agent_id: agentId, connected_at: at })
        .execute();
    },

    async removeAgentConnection(socketId, at) {
      await db.transaction().execute(async (transaction) => {
        const removed = await transaction
          .deleteFrom('agent_connections')
          .where('socket_id', '=', socketId)
          .returning('agent_id')
          .executeTakeFirst();
        if (removed) await markLastSeen(transaction, [removed.agent_id], at);
      });
    },

    async listAgentPresence(aliveSince) {
      const rows = await db
        .selectFrom('agents')
        .select((builder) => [
          'agents.id',
          'agents.name',
          'agents.status',
          builder.exists(liveSocketsOf(db, 'agents.id', aliveSince)).as('is_online'),
          builder
            .selectFrom('conversations')
            .select((inner) => inner.fn.countAll<number | string>().as('owned'))
            .whereRef('conversations.agent_id', '=', 'agents.id')
            .where('conversations.state', '=', 'agent')
            .as('load'),
        ])
        .orderBy('agents.name')
        .execute();
      return rows.map(toAgentPresence);
    },

    async setAgentStatus(agentId, status) {
      await db.updateTable('agents').set({ status }).where('id', '=', agentId).execute();
    },

    async findDueDeadlines({ aliveSince, agentOfflineBefore, waitingBefore, idleBefore, limit }) {
      const orphaned = await db
        .selectFrom('conversations')
        .innerJoin('agents', 'agents.id', 'conversations.agent_id')
        .innerJoin('agent_last_seen', 'agent_last_seen.agent_id', 'conversations.agent_id')
        .select(['conversations.id', 'agents.id as agent_id', 'agents.name', 'conversations.owner_version'])
        .where('conversations.state', '=', 'agent')
        .where('agent_last_seen.last_seen_at', '<', agentOfflineBefore)
        .where((builder) =>
          builder.not(builder.exists(liveSocketsOf(db, 'conversations.agent_id', aliveSince))),
        )
        .orderBy('agent_last_seen.last_seen_at')
        .limit(limit)
        .execute();
      const waitedTooLong = await db
        .selectFrom('conversations')
        .select(['id', 'waiting_since'])
        .where('state', '=', 'waiting')
        .where('waiting_since', '<', waitingBefore)
        .orderBy('waiting_since')
        .limit(limit)
        .execute();
      const idle = await db
        .selectFrom('conversations')
        .select(['id', 'version', 'updated_at'])
        .where('state', '!=', 'resolved')
        .where('last_seq', '>', 0)
        .where('updated_at', '<', idleBefore)
        .orderBy('updated_at')
        .limit(limit)
        .execute();
      return [
        ...orphaned.map((row): Deadline => ({
          kind: 'agent_grace',
          conversationId: row.id,
          agent: { id: row.agent_id, name: row.name },
          ownerVersion: Number(row.owner_version),
        })),
        ...waitedTooLong.map((row): Deadline => ({
          kind: 'wait_timeout',
          conversationId: row.id,
          waitingSince: Number(row.waiting_since),
        })),
        ...idle.map((row): Deadline => ({
          kind: 'idle_close',
          conversationId: row.id,
          version: Number(row.version),
          idleSince: Number(row.updated_at),
        })),
      ];
    },

    // Last, so that they replace this connection's own.
    ...traits.commits?.writes,
  };
}

/**
 * The sockets, on relay processes alive since `aliveSince`, of the agent whose id the outer query's
 * `agentIdColumn` holds: a correlated subquery for presence and for the disconnect grace period.
 */
function liveSocketsOf(
  db: Kysely<Database>,
  agentIdColumn: 'agents.id' | 'conversations.agent_id',
  aliveSince: number,
) {
  return db
    .selectFrom('agent_connections')
    .innerJoin('relay_nodes', 'relay_nodes.id', 'agent_connections.node_id')
    .select('agent_connections.socket_id')
    .where('agent_connections.agent_id', '=', sql.ref<string>(agentIdColumn))
    .where('relay_nodes.heartbeat_at', '>=', aliveSince);
}

/** Deletes a relay process's agent connections; their agents count as last seen at `at`. */
async function forgetConnections(db: Kysely<Database>, nodeId: string, at: number): Promise<void> {
  const connections = await db
    .selectFrom('agent_connections')
    .select('agent_id')
    .where('node_id', '=', nodeId)
    .execute();
  await markLastSeen(
    db,
    connections.map((connection) => connection.agent_id),
    at,
  );
  await db.deleteFrom('agent_connections').where('node_id', '=', nodeId).execute();
}

/** Moves the agents' last-seen time forward to `at`, never back. */
async function markLastSeen(db: Kysely<Database>, agentIds: string[], at: number): Promise<void> {
  if (agentIds.length === 0) return;
  await db
    .insertInto('agent_last_seen')
    .values([...new Set(agentIds)].map((agentId) => ({ agent_id: agentId, last_seen_at: at })))
    .onConflict((conflict) =>
      conflict
        .column('agent_id')
        .doUpdateSet({ last_seen_at: at })
        .where('agent_last_seen.last_seen_at', '<', at),
    )
    .execute();
}
