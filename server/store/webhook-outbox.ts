import type { Kysely } from 'kysely';
import type { Entry } from '../../protocol/entries.js';
import { conversationEvents } from '../conversation/conversation-events.js';
import type { Database } from './database.js';
import { newRowId } from './row-id.js';
import type { StoredConversation } from './store.js';

/** Rows per insert, well under SQLite's and PostgreSQL's limits on bound parameters. */
const ROWS_PER_INSERT = 500;

/**
 * Writes the outbox rows for committed entries, inside the commit's transaction: one pending delivery per
 * event per enabled endpoint of the conversation's site that subscribes to it. Costs one indexed read per
 * batch of commits, and the events are only made, and inserted, when the sites have endpoints.
 */
export async function enqueueWebhookDeliveries(
  db: Kysely<Database>,
  committed: readonly { conversation: StoredConversation; entries: Entry[] }[],
): Promise<void> {
  if (committed.length === 0) return;
  const endpoints = await db
    .selectFrom('webhook_endpoints')
    .select(['id', 'site_id', 'events'])
    .where('site_id', 'in', [...new Set(committed.map(({ conversation }) => conversation.siteId))])
    .where('is_enabled', '=', 1)
    .execute();
  // Most sites have no endpoint: their commits are not turned into events at all.
  if (endpoints.length === 0) return;
  const events = committed.flatMap(({ conversation, entries }) => conversationEvents(conversation, entries));
  const rows: Database['webhook_deliveries'][] = [];
  for (const endpoint of endpoints) {
    const subscribed = new Set(JSON.parse(endpoint.events) as string[]);
    for (const event of events) {
      if (event.siteId !== endpoint.site_id || !subscribed.has(event.type)) continue;
      rows.push({
        id: newRowId(),
        endpoint_id: endpoint.id,
        site_id: event.siteId,
        conversation_id: event.conversationId,
        event_id: event.id,
        event_type: event.type,
        payload: JSON.stringify(event),
        status: 'pending',
        attempts: 0,
        next_attempt_at: event.createdAt,
        last_status_code: null,
        last_error: null,
        lease_owner: null,
        lease_until: null,
        created_at: event.createdAt,
        updated_at: event.createdAt,
      });
    }
  }
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await db
      .insertInto('webhook_deliveries')
      .values(rows.slice(start, start + ROWS_PER_INSERT))
      .execute();
  }
}
