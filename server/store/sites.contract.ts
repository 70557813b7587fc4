/**
 * The part of the store contract for site profiles: creating a site once, its branding and identity
 * settings, and its bot, whose secret survives an update that does not repeat it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BRANDING } from '../../protocol/sites.js';
import type { Store } from './store.js';

const AT = 1_700_000_000_000;
const SECRET = 's'.repeat(40);
const WEBHOOK_BOT = {
  kind: 'webhook',
  url: 'https://bot.example/in',
  secret: SECRET,
  timeoutMs: 3000,
} as const;

export function describeSitesContract(adapterName: string, openStore: () => Promise<Store>): void {
  describe(`${adapterName} store contract: sites`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await openStore();
      await store.createSite({
        id: 'shop',
        name: 'Shop',
        allowedOrigins: ['https://shop.example'],
        branding: { assistantName: 'Nora', suggestedPrompts: ['Where is my order?'] },
        createdAt: AT,
      });
    });

    afterEach(async () => {
      await store.close();
    });

    it('creates a site with the default branding under the fields given, and no secrets', async () => {
      expect(await store.findSiteProfile('shop')).toEqual({
        id: 'shop',
        name: 'Shop',
        allowedOrigins: ['https://shop.example'],
        branding: { ...DEFAULT_BRANDING, assistantName: 'Nora', suggestedPrompts: ['Where is my order?'] },
        identity: { secret: null, isRequired: false },
        bot: { kind: 'relay' },
        retentionDays: null,
        createdAt: AT,
      });
      const other = { id: 'other', name: 'Other', allowedOrigins: [], createdAt: AT };
      expect(await store.createSite(other)).toEqual({
        ...other,
        branding: DEFAULT_BRANDING,
        identity: { secret: null, isRequired: false },
        bot: { kind: 'relay' },
        retentionDays: null,
      });
      expect(await store.findSite('shop')).toEqual({
        id: 'shop',
        name: 'Shop',
        allowedOrigins: ['https://shop.example'],
        createdAt: AT,
      });
    });

    it('refuses a taken id and leaves the site as it was', async () => {
      const taken = await store.createSite({
        id: 'shop',
        name: 'Impostor',
        allowedOrigins: [],
        createdAt: AT + 1,
      });
      expect(taken).toBeNull();
      expect(await store.findSiteProfile('shop')).toMatchObject({ name: 'Shop', createdAt: AT });
    });

    it('finds no profile for an unknown site', async () => {
      expect(await store.findSiteProfile('nowhere')).toBeNull();
      expect(await store.updateSite('nowhere', { name: 'X' })).toEqual({ status: 'unknown_site' });
      expect(await store.setIdentitySecret('nowhere', 'a'.repeat(64))).toBe(false);
    });

    it('changes only the parts given, branding field by field', async () => {
      const update = await store.updateSite('shop', {
        allowedOrigins: ['https://a.example', 'http://localhost:8080'],
        branding: { greeting: 'Hello there.', locale: 'fr' },
        identity: { isRequired: true },
      });
      const expected = {
        id: 'shop',
        name: 'Shop',
        allowedOrigins: ['https://a.example', 'http://localhost:8080'],
        branding: {
          ...DEFAULT_BRANDING,
          assistantName: 'Nora',
          suggestedPrompts: ['Where is my order?'],
          greeting: 'Hello there.',
          locale: 'fr',
        },
        identity: { secret: null, isRequired: true },
        bot: { kind: 'relay' },
      };
      expect(update).toEqual({ status: 'updated', site: expect.objectContaining(expected) });
      expect(await store.findSiteProfile('shop')).toMatchObject(expected);
      expect(await store.findSite('shop')).toMatchObject({ allowedOrigins: expected.allowedOrigins });
    });

    it('keeps a bot’s stored secret when an update gives none', async () => {
      await store.updateSite('shop', { bot: WEBHOOK_BOT });
      const update = await store.updateSite('shop', {
        bot: { ...WEBHOOK_BOT, url: 'https://bot.example/v2', secret: null },
      });
      const bot = { ...WEBHOOK_BOT, url: 'https://bot.example/v2' };
      expect(update).toMatchObject({ status: 'updated', site: { bot } });
      expect((await store.findSiteProfile('shop'))?.bot).toEqual(bot);
    });

    it('replaces a bot’s secret when an update gives one', async () => {
      await store.updateSite('shop', { bot: WEBHOOK_BOT });
      await store.updateSite('shop', { bot: { ...WEBHOOK_BOT, kind: 'rasa', secret: 'n'.repeat(32) } });
      expect((await store.findSiteProfile('shop'))?.bot).toEqual({
        ...WEBHOOK_BOT,
        kind: 'rasa',
        secret: 'n'.repeat(32),
      });
    });

    it('refuses a webhook bot without a secret to keep, and stores nothing', async () => {
      const before = await store.findSiteProfile('shop');
      const update = await store.updateSite('shop', {
        name: 'Renamed',
        bot: { ...WEBHOOK_BOT, secret: null },
      });
      expect(update).toEqual({ status: 'bot_secret_missing' });
      expect(await store.findSiteProfile('shop')).toEqual(before);
    });

    it('lets a Rasa bot go without a secret', async () => {
      const rasa = { kind: 'rasa', url: 'http://rasa:5005', secret: null, timeoutMs: 5000 } as const;
      await store.updateSite('shop', { bot: rasa });
      expect((await store.findSiteProfile('shop'))?.bot).toEqual(rasa);
    });

    it('forgets the bot’s secret when another kind of bot replaces it', async () => {
      await store.updateSite('shop', { bot: WEBHOOK_BOT });
      await store.updateSite('shop', { bot: { kind: 'knowledge' } });
      const update = await store.updateSite('shop', { bot: { ...WEBHOOK_BOT, secret: null } });
      expect(update).toEqual({ status: 'bot_secret_missing' });
      expect((await store.findSiteProfile('shop'))?.bot).toEqual({ kind: 'knowledge' });
    });

    it('replaces the identity secret', async () => {
      expect(await store.setIdentitySecret('shop', 'a'.repeat(64))).toBe(true);
      expect(await store.setIdentitySecret('shop', 'b'.repeat(64))).toBe(true);
      expect((await store.findSiteProfile('shop'))?.identity).toEqual({
        secret: 'b'.repeat(64),
        isRequired: false,
      });
    });

    it('keeps the profile when upsertSite renames the site', async () => {
      await store.updateSite('shop', { branding: { accentColor: '#000000' }, bot: WEBHOOK_BOT });
      await store.upsertSite({ id: 'shop', name: 'Shop 2', allowedOrigins: [], createdAt: AT });
      expect(await store.findSiteProfile('shop')).toMatchObject({
        name: 'Shop 2',
        branding: { accentColor: '#000000', assistantName: 'Nora' },
        bot: WEBHOOK_BOT,
      });
    });

    it('gives a site made by upsertSite the default profile', async () => {
      await store.upsertSite({ id: 'plain', name: 'Plain', allowedOrigins: [], createdAt: AT });
      expect(await store.findSiteProfile('plain')).toMatchObject({
        branding: DEFAULT_BRANDING,
        identity: { secret: null, isRequired: false },
        bot: { kind: 'relay' },
      });
    });
  });
}
