import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * The bodies of one site's entries of `kind` committed since `since`, as a query to refine (order, limit).
 * A conversation's `updated_at` is its newest entry's time, so the site's activity index narrows the
 * conversations first and only their entries are joined.
 */
export function siteEntryBodiesSince(db: Kysely<Database>, siteId: string, kind: string, since: number) {
  return db
    .selectFrom('entries')
    .innerJoin('conversations', 'conversations.id', 'entries.conversation_id')
    .select('entries.body')
    .where('conversations.site_id', '=', siteId)
    .where('conversations.updated_at', '>=', since)
    .where('entries.kind', '=', kind)
    .where('entries.at', '>=', since);
}
