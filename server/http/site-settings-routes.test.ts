import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  CreatedWebhookResponse,
  ErrorResponse,
  SitesResponse,
  WebhookResponse,
  WebhookSecretResponse,
  WebhooksResponse,
} from '../../protocol/http-api.js';
import type { ApiClient } from '../testing/api-client.js';
import { signInRoleClients } from '../testing/role-clients.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { ADMIN, SITE_ID, startHarness, type Harness } from '../testing/switchboard-harness.js';

let harness: Harness;
let admin: ApiClient;
let agent: ApiClient;
let anonymous: ApiClient;

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({}).bot, { rateLimits: null });
  ({ admin, agent, anonymous } = await signInRoleClients(harness));
});

afterAll(async () => {
  await harness.close();
});

beforeEach(async () => {
  for (const endpoint of await harness.store.listWebhookEndpoints(SITE_ID)) {
    await harness.store.deleteWebhookEndpoint(SITE_ID, endpoint.id);
  }
  await harness.store.setRetentionDays(SITE_ID, null);
});

const WEBHOOKS = `/api/sites/${SITE_ID}/webhooks`;
const VALID = { url: 'https://hooks.example/switchboard', events: ['message.created'] };

function errorOf(answer: { body: unknown }) {
  return (answer.body as ErrorResponse).error.code;
}

describe('site settings API: who may use it', () => {
  const requests: [string, 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', string, unknown?][] = [
    ['list the sites', 'GET', '/api/sites'],
    ['set retention', 'PUT', `/api/sites/${SITE_ID}/retention`, { retentionDays: 30 }],
    ['read deletions', 'GET', `/api/sites/${SITE_ID}/retention-deletions`],
    ['list webhooks', 'GET', WEBHOOKS],
    ['add a webhook', 'POST', WEBHOOKS, VALID],
    ['change a webhook', 'PATCH', `${WEBHOOKS}/any`, { isEnabled: false }],
    ['delete a webhook', 'DELETE', `${WEBHOOKS}/any`],
    ['read a secret', 'GET', `${WEBHOOKS}/any/secret`],
    ['read the delivery log', 'GET', `/api/sites/${SITE_ID}/webhook-deliveries`],
    ['add a site', 'POST', '/api/sites', { id: 'new', name: 'New', allowedOrigins: [] }],
    ['read a site', 'GET', `/api/sites/${SITE_ID}`],
    ['change a site', 'PATCH', `/api/sites/${SITE_ID}`, { name: 'Renamed' }],
    ['generate an identity secret', 'POST', `/api/sites/${SITE_ID}/identity-secret`],
  ];

  it.each(requests)('refuses to %s without a session', async (_label, method, path, body) => {
    const answer = await anonymous(method, path, body);
    expect([answer.status, errorOf(answer)]).toEqual([401, 'unauthorized']);
  });

  it.each(requests)('refuses an agent who is not an admin to %s', async (_label, method, path, body) => {
    const answer = await agent(method, path, body);
    expect([answer.status, errorOf(answer)]).toEqual([403, 'forbidden']);
  });

  it('stores nothing for a refused request', async () => {
    const before = harness.readAllRows();
    await agent('POST', WEBHOOKS, VALID);
    await agent('PUT', `/api/sites/${SITE_ID}/retention`, { retentionDays: 1 });
    expect(harness.readAllRows()).toEqual(before);
  });
});

describe('site settings API: retention', () => {
  it('lists the sites with their retention', async () => {
    const answer = await admin('GET', '/api/sites');
    expect((answer.body as SitesResponse).sites).toEqual([
      { id: SITE_ID, name: 'Shop', retentionDays: null },
    ]);
  });

  it('sets and clears a site’s retention', async () => {
    const set = await admin('PUT', `/api/sites/${SITE_ID}/retention`, { retentionDays: 90 });
    expect(set.body).toEqual({ site: { id: SITE_ID, name: 'Shop', retentionDays: 90 } });
    const cleared = await admin('PUT', `/api/sites/${SITE_ID}/retention`, { retentionDays: null });
    expect(cleared.body).toEqual({ site: { id: SITE_ID, name: 'Shop', retentionDays: null } });
  });

  it.each([0, -1, 1.5, 3651, '30', true, undefined])('refuses %j days', async (retentionDays) => {
    const answer = await admin('PUT', `/api/sites/${SITE_ID}/retention`, { retentionDays });
    expect([answer.status, errorOf(answer)]).toEqual([400, 'invalid_payload']);
    expect((await harness.store.findSiteSettings(SITE_ID))?.retentionDays).toBeNull();
  });

  it('refuses extra fields and unknown sites', async () => {
    const extra = await admin('PUT', `/api/sites/${SITE_ID}/retention`, { retentionDays: 5, purge: true });
    expect([extra.status, errorOf(extra)]).toEqual([400, 'invalid_payload']);
    const unknown = await admin('PUT', '/api/sites/nowhere/retention', { retentionDays: 5 });
    expect([unknown.status, errorOf(unknown)]).toEqual([404, 'unknown_site']);
    const deletions = await admin('GET', '/api/sites/nowhere/retention-deletions');
    expect([deletions.status, errorOf(deletions)]).toEqual([404, 'unknown_site']);
  });
});

describe('site settings API: webhooks', () => {
  it('adds an endpoint with a generated secret that the list never shows', async () => {
    const created = await admin('POST', WEBHOOKS, VALID);
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const { endpoint, secret } = created.body as CreatedWebhookResponse;
    expect(endpoint).toEqual({
      id: expect.any(String),
      siteId: SITE_ID,
      url: VALID.url,
      events: VALID.events,
      isEnabled: true,
      createdAt: expect.any(Number),
    });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);

    const listed = await admin('GET', WEBHOOKS);
    expect((listed.body as WebhooksResponse).endpoints).toEqual([endpoint]);
    expect(listed.text).not.toContain(secret);
    const revealed = await admin('GET', `${WEBHOOKS}/${endpoint.id}/secret`);
    expect((revealed.body as WebhookSecretResponse).secret).toBe(secret);
  });

  it('gives every endpoint its own secret', async () => {
    const first = (await admin('POST', WEBHOOKS, VALID)).body as CreatedWebhookResponse;
    const second = (await admin('POST', WEBHOOKS, VALID)).body as CreatedWebhookResponse;
    expect(first.secret).not.toBe(second.secret);
  });

  it('changes and deletes an endpoint', async () => {
    const { endpoint } = (await admin('POST', WEBHOOKS, VALID)).body as CreatedWebhookResponse;
    const changed = await admin('PATCH', `${WEBHOOKS}/${endpoint.id}`, {
      isEnabled: false,
      url: 'http://10.0.0.5:8080/in',
    });
    expect((changed.body as WebhookResponse).endpoint).toMatchObject({
      isEnabled: false,
      url: 'http://10.0.0.5:8080/in',
      events: VALID.events,
    });
    expect((await admin('DELETE', `${WEBHOOKS}/${endpoint.id}`)).status).toBe(204);
    const again = await admin('DELETE', `${WEBHOOKS}/${endpoint.id}`);
    expect([again.status, errorOf(again)]).toEqual([404, 'webhook_not_found']);
  });

  it.each([
    'ftp://hooks.example/in',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:application/json,{}',
    'hooks.example/in',
    '/relative/path',
    'https://user:secret@hooks.example/in',
  ])('refuses the URL %j with invalid_webhook_url and stores nothing', async (url) => {
    const before = harness.readAllRows();
    const answer = await admin('POST', WEBHOOKS, { ...VALID, url });
    expect([answer.status, errorOf(answer)]).toEqual([400, 'invalid_webhook_url']);
    expect(harness.readAllRows()).toEqual(before);
  });

  it('refuses to change an endpoint’s URL to one it would refuse to add', async () => {
    const { endpoint } = (await admin('POST', WEBHOOKS, VALID)).body as CreatedWebhookResponse;
    const answer = await admin('PATCH', `${WEBHOOKS}/${endpoint.id}`, { url: 'gopher://hooks.example/' });
    expect([answer.status, errorOf(answer)]).toEqual([400, 'invalid_webhook_url']);
    expect(await harness.store.listWebhookEndpoints(SITE_ID)).toEqual([endpoint]);
  });

  it.each([
    ['no events', { ...VALID, events: [] }],
    ['an unknown event', { ...VALID, events: ['message.deleted'] }],
    ['an event twice', { ...VALID, events: ['message.created', 'message.created'] }],
    ['a URL that is not text', { ...VALID, url: 42 }],
    ['a URL past 2048 characters', { ...VALID, url: `https://hooks.example/${'a'.repeat(2048)}` }],
    ['no URL', { events: VALID.events }],
    ['an extra field', { ...VALID, secret: 'mine' }],
    ['isEnabled that is not a boolean', { ...VALID, isEnabled: 'yes' }],
  ])('refuses a new endpoint with %s', async (_label, body) => {
    const answer = await admin('POST', WEBHOOKS, body);
    expect([answer.status, errorOf(answer)]).toEqual([400, 'invalid_payload']);
    expect(await harness.store.listWebhookEndpoints(SITE_ID)).toEqual([]);
  });

  it('refuses a change that changes nothing, or names an unknown endpoint or site', async () => {
    const { endpoint } = (await admin('POST', WEBHOOKS, VALID)).body as CreatedWebhookResponse;
    const empty = await admin('PATCH', `${WEBHOOKS}/${endpoint.id}`, {});
    expect([empty.status, errorOf(empty)]).toEqual([400, 'invalid_payload']);
    const missing = await admin('PATCH', `${WEBHOOKS}/nope`, { isEnabled: true });
    expect([missing.status, errorOf(missing)]).toEqual([404, 'webhook_not_found']);
    const secret = await admin('GET', `${WEBHOOKS}/nope/secret`);
    expect([secret.status, errorOf(secret)]).toEqual([404, 'webhook_not_found']);
    const elsewhere = await admin('POST', '/api/sites/nowhere/webhooks', VALID);
    expect([elsewhere.status, errorOf(elsewhere)]).toEqual([404, 'unknown_site']);
    const otherSite = await admin('GET', `/api/sites/nowhere/webhooks/${endpoint.id}/secret`);
    expect([otherSite.status, errorOf(otherSite)]).toEqual([404, 'unknown_site']);
  });

  it('refuses a cross-site request from a signed-in admin’s browser', async () => {
    const response = await fetch(`${harness.switchboard.url}${WEBHOOKS}`, {
      method: 'POST',
      headers: {
        cookie: await harness.signIn(ADMIN.email, ADMIN.password),
        'content-type': 'application/json',
        origin: 'https://evil.example',
      },
      body: JSON.stringify(VALID),
    });
    expect(response.status).toBe(403);
    expect(await harness.store.listWebhookEndpoints(SITE_ID)).toEqual([]);
  });
});
