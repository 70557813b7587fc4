import type { Kysely, Selectable } from 'kysely';
import type { RetentionDeletion, SiteSettings } from '../../protocol/http-api.js';
import type { Database } from './database.js';
import type { RetentionStore } from './retention-store.js';
import { newRowId } from './row-id.js';

function toSiteSettings(
  row: Pick<Selectable<Database['sites']>, 'id' | 'name' | 'retention_days'>,
): SiteSettings {
  return {
    id: row.id,
    name: row.name,
    retentionDays: row.retention_days === null ? null : Number(row.retention_days),
  };
}

function toDeletion(row: Selectable<Database['retention_deletions']>): RetentionDeletion {
  return {
    id: row.id,
    siteId: row.site_id,
    at: Number(row.at),
    before: Number(row.before),
    conversations: Number(row.conversations),
    entries: Number(row.entries),
    webhookDeliveries: Number(row.webhook_deliveries),
  };
}

/** The site settings and retention part of the store over any engine Kysely speaks. */
export function retentionQueries(db: Kysely<Database>): RetentionStore {
  return {
    async listSiteSettings() {
      const rows = await db
        .selectFrom('sites')
        .select(['id', 'name', 'retention_days'])
        .orderBy('name')
        .orderBy('id')
        .execute();
      return rows.map(toSiteSettings);
    },

    async findSiteSettings(siteId) {
      const row = await db
        .selectFrom('sites')
        .select(['id', 'name', 'retention_days'])
        .where('id', '=', siteId)
        .executeTakeFirst();
      return row ? toSiteSettings(row) : null;
    },

    async setRetentionDays(siteId, retentionDays) {
      const row = await db
        .updateTable('sites')
        .set({ retention_days: retentionDays })
        .where('id', '=', siteId)
        .returning(['id', 'name', 'retention_days'])
        .executeTakeFirst();
      return row ? toSiteSettings(row) : null;
    },

    deleteConversationsBefore: ({ siteId, before, limit, at }) =>
      db.transaction().execute(async (transaction) => {
        const candidates = await transaction
          .selectFrom('conversations')
          .select('id')
          .where('site_id', '=', siteId)
          .where('updated_at', '<', before)
          .orderBy('updated_at')
          .limit(limit)
          .execute();
        if (candidates.length === 0) return null;
        // An update that changes nothing locks the rows (PostgreSQL waits here for a commit under way, then
        // checks the condition again) and returns only those still past the cutoff: a conversation that got
        // a new entry meanwhile, or that another process has just deleted, drops out.
        const locked = await transaction
          .updateTable('conversations')
          .set((builder) => ({ updated_at: builder.ref('updated_at') }))
          .where(
            'id',
            'in',
            candidates.map((candidate) => candidate.id),
          )
          .where('updated_at', '<', before)
          .returning('id')
          .execute();
        if (locked.length === 0) return null;
        const ids = locked.map((row) => row.id);

        const deliveries = transaction
          .selectFrom('webhook_deliveries')
          .select('id')
          .where('conversation_id', 'in', ids);
        await transaction.deleteFrom('webhook_attempts').where('delivery_id', 'in', deliveries).execute();
        const deletedDeliveries = await transaction
          .deleteFrom('webhook_deliveries')
          .where('conversation_id', 'in', ids)
          .executeTakeFirst();
        const deletedEntries = await transaction
          .deleteFrom('entries')
          .where('conversation_id', 'in', ids)
          .executeTakeFirst();
        await transaction.deleteFrom('conversations').where('id', 'in', ids).execute();

        const record: RetentionDeletion = {
          id: newRowId(),
          siteId,
          at,
          before,
          conversations: ids.length,
          entries: Number(deletedEntries.numDeletedRows),
          webhookDeliveries: Number(deletedDeliveries.numDeletedRows),
        };
        await transaction
          .insertInto('retention_deletions')
          .values({
            id: record.id,
            site_id: siteId,
            at,
            before,
            conversations: record.conversations,
            entries: record.entries,
            webhook_deliveries: record.webhookDeliveries,
          })
          .execute();
        return record;
      }),

    async listRetentionDeletions(siteId, limit) {
      const rows = await db
        .selectFrom('retention_deletions')
        .selectAll()
        .where('site_id', '=', siteId)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toDeletion);
    },
  };
}
