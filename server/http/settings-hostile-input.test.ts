/**
 * The hostile-input table for the settings and transcript API: every hostile value in every field of every
 * body (the sites' too), and in the transcript's and sites' paths and query, sent by a signed-in admin. Each gets its exact status and
 * error code, stores nothing unless the field takes the value, and leaves the relay answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../protocol/errors.js';
import { isPlainObject, rules } from '../testing/field-rules.js';
import { HOSTILE_VALUES } from '../testing/hostile-values.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { ADMIN, SITE_ID, startHarness, type Harness } from '../testing/switchboard-harness.js';
import { MISSING, onTheWire, toWireJson, withField } from '../testing/wire-json.js';

const MAX_JSON_BODY_BYTES = 16 * 1024;
/** Node refuses a request line and headers past 16 KiB with 431 (or drops the connection). */
const MAX_HEADER_BYTES = 16 * 1024;
const VALID_WEBHOOK = { url: 'https://hooks.example/in', events: ['message.created'] };

interface Case {
  label: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: string;
  body: string | null;
  /** 2xx when the field takes the value; the request may then store. */
  expected: { status: number; code?: ErrorCode };
}

/** Every byte but the unreserved ones percent-encoded: any value fits in a path segment or a query. */
function percentEncoded(value: unknown): string {
  const text = value === MISSING ? '' : typeof value === 'string' ? value : toWireJson(value);
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9._~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const refused = (code: ErrorCode = 'invalid_payload') => ({ status: 400, code });

/** What a GET of `path` gets: `expected`, unless the path alone (with the other headers) is too long. */
const inUrl = (path: string, expected: Case['expected']): Case['expected'] =>
  path.length + 512 > MAX_HEADER_BYTES ? { status: 431 } : expected;

function bodyCase(
  label: string,
  method: 'POST' | 'PUT' | 'PATCH',
  path: string,
  body: unknown,
  accepted: Case['expected'],
  fieldIsValid: boolean,
  refusal: Case['expected'],
): Case {
  const json = toWireJson(body);
  const expected =
    Buffer.byteLength(json) > MAX_JSON_BODY_BYTES
      ? { status: 413, code: 'invalid_payload' as const }
      : fieldIsValid
        ? accepted
        : refusal;
  return { label, method, path, body: json, expected };
}

function casesFor(name: string, value: unknown): Case[] {
  const wire = onTheWire(value);
  const webhooks = `/api/sites/${SITE_ID}/webhooks`;
  const created = { status: 201 };
  const days = wire === null || (Number.isInteger(wire) && (wire as number) >= 1 && (wire as number) <= 3650);
  // No hostile value is an http: or https: URL; a text that is not one is refused for what it is.
  const urlRefusal =
    typeof wire === 'string' && wire.length <= 2048 ? refused('invalid_webhook_url') : refused();
  const cases = [
    bodyCase(
      `retentionDays: ${name}`,
      'PUT',
      `/api/sites/${SITE_ID}/retention`,
      withField({ retentionDays: 30 }, 'retentionDays', value),
      { status: 200 },
      days,
      refused(),
    ),
    bodyCase(
      `webhook url: ${name}`,
      'POST',
      webhooks,
      withField(VALID_WEBHOOK, 'url', value),
      created,
      false,
      urlRefusal,
    ),
    bodyCase(
      `webhook events: ${name}`,
      'POST',
      webhooks,
      withField(VALID_WEBHOOK, 'events', value),
      created,
      false,
      refused(),
    ),
    bodyCase(
      `webhook isEnabled: ${name}`,
      'POST',
      webhooks,
      withField(VALID_WEBHOOK, 'isEnabled', value),
      created,
      typeof wire === 'boolean' || value === MISSING,
      refused(),
    ),
    bodyCase(`webhook as the body: ${name}`, 'POST', webhooks, value, created, false, refused()),
  ];
  if (value !== MISSING) {
    cases.push(
      bodyCase(
        `webhook extra field: ${name}`,
        'POST',
        webhooks,
        withField(VALID_WEBHOOK, 'extra', value),
        created,
        false,
        refused(),
      ),
    );
  }
  const segment = percentEncoded(value);
  const byId = `/api/conversations/${segment}/transcript?format=json`;
  const byFormat = `/api/conversations/any/transcript?format=${segment}`;
  cases.push(
    {
      label: `transcript id: ${name}`,
      method: 'GET',
      path: byId,
      body: null,
      // An empty segment names no route at all.
      expected: inUrl(
        byId,
        segment === ''
          ? { status: 404, code: 'invalid_payload' }
          : { status: 404, code: 'conversation_not_found' },
      ),
    },
    {
      label: `transcript format: ${name}`,
      method: 'GET',
      path: byFormat,
      body: null,
      expected: inUrl(byFormat, refused()),
    },
  );
  return cases;
}

/** What the sites' fields take, written again from `protocol/sites.ts` as the oracle. */
const siteRules = {
  id: (wire: unknown) => typeof wire === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(wire),
  readable: (max: number) => (wire: unknown) => rules.text(wire) && (wire as string).length <= max,
  /** No hostile value is an origin, so only an empty list of them is allowed. */
  allowedOrigins: (wire: unknown) => Array.isArray(wire) && wire.length === 0,
  /** Every branding field is optional, and no hostile value is one. */
  branding: (wire: unknown) => wire === MISSING || (isPlainObject(wire) && Object.keys(wire).length === 0),
};

/** Each new site gets its own id, so a site one case creates never makes another's taken. */
let siteCount = 0;

function siteCases(name: string, value: unknown): Case[] {
  const wire = onTheWire(value);
  const created = { status: 201 };
  const newSite = () => ({ id: `hostile-${++siteCount}`, name: 'Site', allowedOrigins: [] });
  const site = `/api/sites/${SITE_ID}`;
  const newSiteFields = [
    ['id', siteRules.id],
    ['name', siteRules.readable(80)],
    ['allowedOrigins', siteRules.allowedOrigins],
    ['branding', siteRules.branding],
  ] as const;
  const cases = [
    ...newSiteFields.map(([field, accepts]) =>
      bodyCase(
        `site ${field}: ${name}`,
        'POST',
        '/api/sites',
        withField(newSite(), field, value),
        created,
        accepts(wire),
        refused(),
      ),
    ),
    bodyCase(
      `site greeting: ${name}`,
      'POST',
      '/api/sites',
      { ...newSite(), branding: withField({}, 'greeting', value) },
      created,
      value === MISSING || siteRules.readable(300)(wire),
      refused(),
    ),
    bodyCase(`site as the body: ${name}`, 'POST', '/api/sites', value, created, false, refused()),
    bodyCase(
      `site change, assistant name: ${name}`,
      'PATCH',
      site,
      { branding: withField({}, 'assistantName', value) },
      { status: 200 },
      value === MISSING || siteRules.readable(40)(wire),
      refused(),
    ),
    bodyCase(
      `site change, bot: ${name}`,
      'PATCH',
      site,
      withField({}, 'bot', value),
      { status: 200 },
      false,
      refused(),
    ),
    bodyCase(
      `site change, bot URL: ${name}`,
      'PATCH',
      site,
      { bot: withField({ kind: 'rasa', secret: null, timeoutMs: 1000 }, 'url', value) },
      { status: 200 },
      false,
      refused(),
    ),
  ];
  if (value !== MISSING) {
    cases.push(
      bodyCase(
        `site extra field: ${name}`,
        'POST',
        '/api/sites',
        withField(newSite(), 'extra', value),
        created,
        false,
        refused(),
      ),
    );
  }
  const segment = percentEncoded(value);
  const get = (label: string, path: string, expected: Case['expected']): Case => ({
    label: `${label}: ${name}`,
    method: 'GET',
    path,
    body: null,
    expected: inUrl(path, expected),
  });
  // The value names a site when it is a valid id: the first case above has just created it. An empty
  // segment names another route: the list of sites, or no page at all.
  const isSite = siteRules.id(wire);
  cases.push(
    get(
      'site by id',
      `/api/sites/${segment}`,
      segment === '' || isSite ? { status: 200 } : { status: 404, code: 'unknown_site' },
    ),
    get(
      'widget config by site id',
      `/sites/${segment}/widget-config`,
      isSite ? { status: 200 } : segment === '' ? { status: 404 } : { status: 404, code: 'unknown_site' },
    ),
    get('full-page chat by site id', `/chat/${segment}`, isSite ? { status: 200 } : { status: 404 }),
  );
  return cases;
}

let harness: Harness;
let cookie: string;

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({}).bot, { rateLimits: null });
  cookie = await harness.signIn(ADMIN.email, ADMIN.password);
});

afterAll(async () => {
  await harness.close();
});

/** What went wrong with one case, or null. */
async function problemOf(testCase: Case): Promise<string | null> {
  const before = harness.readAllRows();
  const response = await fetch(`${harness.switchboard.url}${testCase.path}`, {
    method: testCase.method,
    headers: { cookie, ...(testCase.body === null ? {} : { 'content-type': 'application/json' }) },
    ...(testCase.body === null ? {} : { body: testCase.body }),
  }).catch(() => null);
  const { status, code } = testCase.expected;
  if (response === null) return status === 431 ? null : 'the request failed';
  const text = await response.text();
  if (response.status !== status) return `answered ${response.status} ${text.slice(0, 120)}`;
  if (code !== undefined && (JSON.parse(text) as { error?: { code?: string } }).error?.code !== code)
    return `answered ${text.slice(0, 120)}`;
  if (status >= 300) {
    if (JSON.stringify(harness.readAllRows()) !== JSON.stringify(before)) return 'something was stored';
  } else {
    for (const endpoint of await harness.store.listWebhookEndpoints(SITE_ID))
      await harness.store.deleteWebhookEndpoint(SITE_ID, endpoint.id);
    await harness.store.setRetentionDays(SITE_ID, null);
  }
  if (Object.keys(Object.prototype).length > 0) return 'Object.prototype was polluted';
  const health = await fetch(`${harness.switchboard.url}/healthz`).then(
    (answer) => answer.status,
    () => 0,
  );
  return health === 200 ? null : `/healthz answered ${health}`;
}

describe('settings and transcript API: hostile input', () => {
  it('answers every hostile value in every field with its exact refusal, and stores nothing', async () => {
    const cases = HOSTILE_VALUES.flatMap(({ name, value }) => [
      ...casesFor(name, value),
      ...siteCases(name, value),
    ]);
    const failures: string[] = [];
    for (const testCase of cases) {
      const problem = await problemOf(testCase);
      if (problem !== null) failures.push(`${testCase.label}: ${problem}`);
    }
    console.log(`settings and transcript API: ${cases.length} hostile requests`);
    expect(failures).toEqual([]);
    expect(cases.length).toBeGreaterThan(300);
  }, 120_000);
});
