import type { Kysely } from 'kysely';
import type { VisitorIdentity } from '../../protocol/sites.js';
import type { Database } from './database.js';
import type { IdentityStore } from './identity-store.js';

/** The identity part of the store over any engine Kysely speaks. */
export function identityQueries(db: Kysely<Database>): IdentityStore {
  return {
    setVisitorIdentity(visitorId, identity) {
      const serialized = serializeIdentity(identity);
      return db.transaction().execute(async (transaction) => {
        await transaction
          .updateTable('visitors')
          .set({ identity: serialized })
          .where('id', '=', visitorId)
          .execute();
        const conversation = await transaction
          .updateTable('conversations')
          .set({ visitor_identity: serialized })
          .where('visitor_id', '=', visitorId)
          .returning('id')
          .executeTakeFirst();
        return conversation?.id ?? null;
      });
    },
  };
}

export function serializeIdentity(identity: VisitorIdentity): string {
  return JSON.stringify(identity);
}

export function parseIdentity(column: string | null): VisitorIdentity | null {
  return column === null ? null : (JSON.parse(column) as VisitorIdentity);
}
