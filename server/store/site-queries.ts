import type { Kysely, Selectable } from 'kysely';
import { DEFAULT_BRANDING, type SiteBot, type SiteBranding } from '../../protocol/sites.js';
import type { Database } from './database.js';
import type { SiteProfile, SiteStore } from './site-store.js';

type SiteRow = Selectable<Database['sites']>;

function toSiteProfile(row: SiteRow): SiteProfile {
  return {
    id: row.id,
    name: row.name,
    allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    branding: { ...DEFAULT_BRANDING, ...(JSON.parse(row.branding) as Partial<SiteBranding>) },
    identity: { secret: row.identity_secret, isRequired: Number(row.identity_required) === 1 },
    bot: JSON.parse(row.bot) as SiteBot,
    retentionDays: row.retention_days === null ? null : Number(row.retention_days),
    createdAt: Number(row.created_at),
  };
}

/**
 * The bot to store when `next` replaces `current`, or null when it would be a webhook bot without a secret.
 * An HTTP bot given without a secret keeps the current HTTP bot's, so the console never needs to know it.
 */
function botToStore(current: SiteBot, next: SiteBot): SiteBot | null {
  if (next.kind !== 'webhook' && next.kind !== 'rasa') return next;
  if (next.secret !== null) return next;
  const kept = current.kind === 'webhook' || current.kind === 'rasa' ? current.secret : null;
  if (kept === null && next.kind === 'webhook') return null;
  return { ...next, secret: kept };
}

/** The sites part of the store over any engine Kysely speaks. */
export function siteQueries(db: Kysely<Database>): SiteStore {
  return {
    async createSite(site) {
      // Two relay processes seeding the same site at once: one inserts, the other finds it taken.
      const inserted = await db
        .insertInto('sites')
        .values({
          id: site.id,
          name: site.name,
          allowed_origins: JSON.stringify(site.allowedOrigins),
          created_at: site.createdAt,
          retention_days: null,
          branding: JSON.stringify({ ...DEFAULT_BRANDING, ...site.branding }),
          identity_secret: null,
          identity_required: 0,
          bot: JSON.stringify({ kind: 'relay' } satisfies SiteBot),
        })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .returningAll()
        .executeTakeFirst();
      return inserted ? toSiteProfile(inserted) : null;
    },

    async findSiteProfile(id) {
      const row = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toSiteProfile(row) : null;
    },

    updateSite: (id, changes) =>
      db.transaction().execute(async (transaction) => {
        // An update that changes nothing locks the row, so two admins' changes to different branding
        // fields both land instead of one overwriting the other.
        const row = await transaction
          .updateTable('sites')
          .set((builder) => ({ name: builder.ref('name') }))
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        if (!row) return { status: 'unknown_site' } as const;
        const current = toSiteProfile(row);
        const bot = changes.bot === undefined ? current.bot : botToStore(current.bot, changes.bot);
        if (bot === null) return { status: 'bot_secret_missing' } as const;
        const updated = await transaction
          .updateTable('sites')
          .set({
            name: changes.name ?? current.name,
            allowed_origins: JSON.stringify(changes.allowedOrigins ?? current.allowedOrigins),
            branding: JSON.stringify({ ...current.branding, ...changes.branding }),
            identity_required: (changes.identity?.isRequired ?? current.identity.isRequired) ? 1 : 0,
            bot: JSON.stringify(bot),
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        return { status: 'updated', site: toSiteProfile(updated) } as const;
      }),

    async setIdentitySecret(id, secret) {
      const updated = await db
        .updateTable('sites')
        .set({ identity_secret: secret })
        .where('id', '=', id)
        .returning('id')
        .executeTakeFirst();
      return updated !== undefined;
    },
  };
}
