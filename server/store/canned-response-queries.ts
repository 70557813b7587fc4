import type { Kysely, Selectable } from 'kysely';
import type { CannedResponse } from '../../protocol/http-api.js';
import type { Database } from './database.js';
import type { CannedResponseStore, CannedResponseWrite } from './canned-response-store.js';

function toCannedResponse(row: Selectable<Database['canned_responses']>): CannedResponse {
  return { id: row.id, shortcut: row.shortcut, text: row.text };
}

/** The canned responses part of the store over any engine Kysely speaks. */
export function cannedResponseQueries(db: Kysely<Database>): CannedResponseStore {
  /** True when a canned response other than `exceptId` holds the shortcut. */
  async function isShortcutHeld(shortcut: string, exceptId: string | null): Promise<boolean> {
    let query = db.selectFrom('canned_responses').select('id').where('shortcut', '=', shortcut);
    if (exceptId !== null) query = query.where('id', '<>', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  }

  return {
    async listCannedResponses() {
      const rows = await db.selectFrom('canned_responses').selectAll().orderBy('shortcut').execute();
      return rows.map(toCannedResponse);
    },

    async createCannedResponse({ id, shortcut, text, createdAt }) {
      // The unique index decides between racing creates; `do nothing` reports the loser without an error
      // the engines spell differently.
      const result = await db
        .insertInto('canned_responses')
        .values({ id, shortcut, text, created_at: createdAt })
        .onConflict((conflict) => conflict.column('shortcut').doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return { ok: false, reason: 'shortcut_taken' };
      return { ok: true, cannedResponse: { id, shortcut, text } };
    },

    async replaceCannedResponse({ id, shortcut, text }): Promise<CannedResponseWrite> {
      try {
        const result = await db
          .updateTable('canned_responses')
          .set({ shortcut, text })
          .where('id', '=', id)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return { ok: false, reason: 'not_found' };
        return { ok: true, cannedResponse: { id, shortcut, text } };
      } catch (error) {
        // The engines word a unique violation differently; the held shortcut is what tells it apart.
        if (await isShortcutHeld(shortcut, id)) return { ok: false, reason: 'shortcut_taken' };
        throw error;
      }
    },

    async deleteCannedResponse(id) {
      const result = await db.deleteFrom('canned_responses').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
