import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../protocol/http-api.js';
import {
  DEFAULT_BRANDING,
  type IdentitySecretResponse,
  type SiteDetails,
  type SiteDetailsResponse,
} from '../../protocol/sites.js';
import type { ApiClient } from '../testing/api-client.js';
import { signInRoleClients } from '../testing/role-clients.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { SITE_ID, startHarness, type Harness } from '../testing/switchboard-harness.js';

let harness: Harness;
let admin: ApiClient;

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({}).bot, { rateLimits: null });
  ({ admin } = await signInRoleClients(harness));
});

afterAll(async () => {
  await harness.close();
});

const BOT_SECRET = 'b'.repeat(40);
const WEBHOOK_BOT = { kind: 'webhook', url: 'https://bot.example/in', secret: BOT_SECRET, timeoutMs: 4000 };

function errorOf(answer: { body: unknown }) {
  return (answer.body as ErrorResponse).error.code;
}

function siteOf(answer: { body: unknown }): SiteDetails {
  return (answer.body as SiteDetailsResponse).site;
}

/** A new site with its own id, so each test starts from a site nobody else changes. */
let siteCount = 0;
async function createSite(extra: Record<string, unknown> = {}): Promise<SiteDetails> {
  const answer = await admin('POST', '/api/sites', {
    id: `site-${++siteCount}`,
    name: 'Bakery',
    allowedOrigins: ['https://bakery.example'],
    ...extra,
  });
  expect(answer.status).toBe(201);
  return siteOf(answer);
}

describe('sites API: reading and creating', () => {
  it('reads a seeded site with the default profile', async () => {
    const answer = await admin('GET', `/api/sites/${SITE_ID}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(siteOf(answer)).toEqual({
      id: SITE_ID,
      name: 'Shop',
      allowedOrigins: ['https://shop.example'],
      branding: DEFAULT_BRANDING,
      identity: { secret: null, isRequired: false },
      bot: { kind: 'relay' },
      retentionDays: null,
      createdAt: expect.any(Number),
    });
  });

  it('creates a site with its branding over the defaults, and lists it', async () => {
    const answer = await admin('POST', '/api/sites', {
      id: 'bakery-2',
      name: 'Bakery',
      allowedOrigins: ['https://bakery.example', 'http://localhost:8080'],
      branding: { assistantName: 'Nora', accentColor: '#AA3300', suggestedPrompts: ['Opening hours?'] },
    });
    expect(answer.status).toBe(201);
    expect(siteOf(answer)).toMatchObject({
      id: 'bakery-2',
      allowedOrigins: ['https://bakery.example', 'http://localhost:8080'],
      branding: {
        ...DEFAULT_BRANDING,
        assistantName: 'Nora',
        accentColor: '#aa3300',
        suggestedPrompts: ['Opening hours?'],
      },
    });
    expect(siteOf(await admin('GET', '/api/sites/bakery-2'))).toEqual(siteOf(answer));
    const listed = (await admin('GET', '/api/sites')).body as { sites: { id: string }[] };
    expect(listed.sites.map((site) => site.id)).toContain('bakery-2');
  });

  it('refuses a taken id with site_exists and changes nothing', async () => {
    const before = harness.readAllRows();
    const answer = await admin('POST', '/api/sites', { id: SITE_ID, name: 'Impostor', allowedOrigins: [] });
    expect([answer.status, errorOf(answer)]).toEqual([409, 'site_exists']);
    expect(harness.readAllRows()).toEqual(before);
  });

  it('answers unknown_site for a site that does not exist', async () => {
    for (const [method, path, body] of [
      ['GET', '/api/sites/nowhere', undefined],
      ['PATCH', '/api/sites/nowhere', { name: 'X' }],
      ['POST', '/api/sites/nowhere/identity-secret', undefined],
    ] as const) {
      const answer = await admin(method, path, body);
      expect([method, path, answer.status, errorOf(answer)]).toEqual([method, path, 404, 'unknown_site']);
    }
  });

  const VALID = { id: 'valid', name: 'Valid', allowedOrigins: [] };
  it.each([
    ['an id with capitals', { ...VALID, id: 'Shop' }],
    ['an id starting with -', { ...VALID, id: '-shop' }],
    ['an id of 65 characters', { ...VALID, id: 'a'.repeat(65) }],
    ['an id with _', { ...VALID, id: 'my_shop' }],
    ['a blank name', { ...VALID, name: '  ' }],
    ['an origin with a trailing slash', { ...VALID, allowedOrigins: ['https://a.example/'] }],
    ['an origin with a path', { ...VALID, allowedOrigins: ['https://a.example/shop'] }],
    ['an origin with capitals', { ...VALID, allowedOrigins: ['https://A.example'] }],
    ['an origin with its default port', { ...VALID, allowedOrigins: ['https://a.example:443'] }],
    ['an origin that is not http', { ...VALID, allowedOrigins: ['ftp://a.example'] }],
    ['an origin without a scheme', { ...VALID, allowedOrigins: ['a.example'] }],
    ['an origin with credentials', { ...VALID, allowedOrigins: ['https://u:p@a.example'] }],
    ['an origin with a policy in it', { ...VALID, allowedOrigins: ["https://a.example; script-src 'self'"] }],
    ['an origin twice', { ...VALID, allowedOrigins: ['https://a.example', 'https://a.example'] }],
    [
      '21 origins',
      { ...VALID, allowedOrigins: Array.from({ length: 21 }, (_, n) => `https://${n}.example`) },
    ],
    ['a colour by name', { ...VALID, branding: { accentColor: 'red' } }],
    ['a short colour', { ...VALID, branding: { accentTextColor: '#fff' } }],
    ['an http: logo', { ...VALID, branding: { logoUrl: 'http://cdn.example/logo.png' } }],
    ['a relative logo', { ...VALID, branding: { logoUrl: '/logo.png' } }],
    ['five prompts', { ...VALID, branding: { suggestedPrompts: ['a', 'b', 'c', 'd', 'e'] } }],
    ['a prompt of 81 characters', { ...VALID, branding: { suggestedPrompts: ['p'.repeat(81)] } }],
    ['an empty prompt', { ...VALID, branding: { suggestedPrompts: [''] } }],
    ['an assistant name of 41 characters', { ...VALID, branding: { assistantName: 'n'.repeat(41) } }],
    ['a greeting of 301 characters', { ...VALID, branding: { greeting: 'g'.repeat(301) } }],
    ['a greeting with a control character', { ...VALID, branding: { greeting: 'hi\u0007' } }],
    ['an unknown tone', { ...VALID, branding: { tone: 'casual' } }],
    ['an unknown position', { ...VALID, branding: { launcherPosition: 'top-left' } }],
    ['an unknown locale', { ...VALID, branding: { locale: 'de' } }],
    ['an unknown branding field', { ...VALID, branding: { font: 'serif' } }],
    ['branding as a list', { ...VALID, branding: [] }],
    ['a bot, which only a change sets', { ...VALID, bot: { kind: 'knowledge' } }],
    ['no origins', { id: 'valid', name: 'Valid' }],
  ])('refuses a new site with %s, and stores nothing', async (_label, body) => {
    const before = harness.readAllRows();
    const answer = await admin('POST', '/api/sites', body);
    expect([answer.status, errorOf(answer)]).toEqual([400, 'invalid_payload']);
    expect(harness.readAllRows()).toEqual(before);
  });
});

describe('sites API: changing a site', () => {
  it('changes only what it is given, branding field by field', async () => {
    const site = await createSite({ branding: { assistantName: 'Nora' } });
    const answer = await admin('PATCH', `/api/sites/${site.id}`, {
      name: 'Bakery & Café',
      branding: { greeting: 'Bonjour !', locale: 'fr', logoUrl: 'https://cdn.example/logo.png' },
      identity: { isRequired: true },
    });
    expect(answer.status).toBe(200);
    const expected: SiteDetails = {
      ...site,
      name: 'Bakery & Café',
      branding: {
        ...site.branding,
        greeting: 'Bonjour !',
        locale: 'fr',
        logoUrl: 'https://cdn.example/logo.png',
      },
      identity: { secret: null, isRequired: true },
    };
    expect(siteOf(answer)).toEqual(expected);
    expect(siteOf(await admin('GET', `/api/sites/${site.id}`))).toEqual(expected);
  });

  it('sets a bot whose secret never leaves the relay, and keeps it when it is not repeated', async () => {
    const site = await createSite();
    const set = await admin('PATCH', `/api/sites/${site.id}`, { bot: WEBHOOK_BOT });
    expect(siteOf(set).bot).toEqual({
      kind: 'webhook',
      url: 'https://bot.example/in',
      hasSecret: true,
      timeoutMs: 4000,
    });
    expect(set.text).not.toContain(BOT_SECRET);
    const moved = await admin('PATCH', `/api/sites/${site.id}`, {
      bot: { ...WEBHOOK_BOT, url: 'https://bot.example/v2', secret: null },
    });
    expect(siteOf(moved).bot).toMatchObject({ url: 'https://bot.example/v2', hasSecret: true });
    expect((await harness.store.findSiteProfile(site.id))?.bot).toEqual({
      ...WEBHOOK_BOT,
      url: 'https://bot.example/v2',
    });
    expect((await admin('GET', `/api/sites/${site.id}`)).text).not.toContain(BOT_SECRET);
  });

  it('refuses a webhook bot without a secret when none is stored, and stores nothing', async () => {
    const site = await createSite();
    const before = harness.readAllRows();
    const answer = await admin('PATCH', `/api/sites/${site.id}`, {
      name: 'Renamed',
      bot: { ...WEBHOOK_BOT, secret: null },
    });
    expect([answer.status, errorOf(answer)]).toEqual([400, 'invalid_payload']);
    expect((answer.body as ErrorResponse).error.message).toContain('bot.secret');
    expect(harness.readAllRows()).toEqual(before);
  });

  it.each([
    ['nothing to change', {}],
    ['a secret of 31 characters', { bot: { ...WEBHOOK_BOT, secret: 's'.repeat(31) } }],
    ['a bot URL with credentials', { bot: { ...WEBHOOK_BOT, url: 'https://u:p@bot.example/' } }],
    ['a bot URL that is not http', { bot: { ...WEBHOOK_BOT, url: 'file:///etc/passwd' } }],
    ['a timeout of 99 ms', { bot: { ...WEBHOOK_BOT, timeoutMs: 99 } }],
    ['a timeout of 60,001 ms', { bot: { ...WEBHOOK_BOT, timeoutMs: 60_001 } }],
    ['an unknown bot', { bot: { kind: 'llm' } }],
    ['a knowledge bot with a URL', { bot: { kind: 'knowledge', url: 'https://bot.example/' } }],
    ['an identity secret', { identity: { isRequired: true, secret: 'a'.repeat(64) } }],
    ['a new id', { id: 'other' }],
  ])('refuses a change with %s, and stores nothing', async (_label, body) => {
    const before = harness.readAllRows();
    const answer = await admin('PATCH', `/api/sites/${SITE_ID}`, body);
    expect([answer.status, errorOf(answer)]).toEqual([400, 'invalid_payload']);
    expect(harness.readAllRows()).toEqual(before);
  });
});

describe('sites API: identity secret', () => {
  it('generates a new 64-hex-character secret each time, which the site then shows', async () => {
    const site = await createSite();
    const first = await admin('POST', `/api/sites/${site.id}/identity-secret`);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const { secret } = first.body as IdentitySecretResponse;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const second = (await admin('POST', `/api/sites/${site.id}/identity-secret`))
      .body as IdentitySecretResponse;
    expect(second.secret).not.toBe(secret);
    expect(siteOf(await admin('GET', `/api/sites/${site.id}`)).identity.secret).toBe(second.secret);
  });
});

describe('sites API: allowed origins apply without a restart', () => {
  it('lets a newly allowed origin embed and connect, and refuses one no longer allowed', async () => {
    const site = await createSite();
    const origin = 'https://newshop.example';
    await expect(harness.connectVisitor({ siteId: site.id, origin })).rejects.toMatchObject({
      data: { code: 'origin_not_allowed' },
    });
    const frameBefore = await fetch(`${harness.switchboard.url}/frame/${site.id}`);
    expect(frameBefore.headers.get('content-security-policy')).not.toContain(origin);

    await admin('PATCH', `/api/sites/${site.id}`, { allowedOrigins: [origin] });
    const socket = await harness.connectVisitor({ siteId: site.id, origin });
    expect(socket.connected).toBe(true);
    const frameAfter = await fetch(`${harness.switchboard.url}/frame/${site.id}`);
    expect(frameAfter.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${origin}`);

    await admin('PATCH', `/api/sites/${site.id}`, { allowedOrigins: [] });
    await expect(harness.connectVisitor({ siteId: site.id, origin })).rejects.toMatchObject({
      data: { code: 'origin_not_allowed' },
    });
  });
});

describe('sites API: what the origin and URL rules take', () => {
  it.each([
    'https://shop.example',
    'http://localhost:8080',
    'http://127.0.0.1:3000',
    'https://xn--bcher-kva.example',
    'http://[::1]:8080',
  ])('takes the origin %s', async (origin) => {
    const site = await createSite({ allowedOrigins: [origin] });
    expect(site.allowedOrigins).toEqual([origin]);
  });

  it.each([
    'https://bücher.example',
    'https://shop.example:0443',
    'http://shop.example:80',
    'https://a..example',
  ])('refuses the origin %s', async (origin) => {
    const answer = await admin('POST', '/api/sites', { id: 'refused', name: 'X', allowedOrigins: [origin] });
    expect([answer.status, errorOf(answer)]).toEqual([400, 'invalid_payload']);
  });

  it('takes a logo and a bot URL with a port, path and query', async () => {
    const site = await createSite({ branding: { logoUrl: 'https://CDN.example:8443/img/logo.png?v=2' } });
    const answer = await admin('PATCH', `/api/sites/${site.id}`, {
      bot: {
        kind: 'rasa',
        url: 'http://rasa.internal:5005/webhooks/rest/webhook',
        secret: null,
        timeoutMs: 5000,
      },
    });
    expect(siteOf(answer).bot).toMatchObject({ url: 'http://rasa.internal:5005/webhooks/rest/webhook' });
    const frame = await fetch(`${harness.switchboard.url}/frame/${site.id}`);
    expect(frame.headers.get('content-security-policy')).toContain(
      "img-src 'self' data: https://cdn.example:8443",
    );
  });
});
