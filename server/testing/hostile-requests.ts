/**
 * The hostile-input table's HTTP requests: every hostile value as the sign-in body, in each of its fields
 * and as an extra field, as the session cookie of `GET` and `DELETE /api/session`, as the site id and the
 * query of `/frame/:siteId`, as a query to `/healthz`, and as the path of an unknown `/api` endpoint.
 */
import type { ErrorCode } from '../../protocol/errors.js';
import { rules } from './field-rules.js';
import { asHeaderText, MAX_HEADER_BYTES } from './hostile-handshakes.js';
import { HOSTILE_VALUES } from './hostile-values.js';
import { MISSING, onTheWire, toWireJson, withField } from './wire-json.js';

/** The API's limit on a JSON body (`express.json({ limit: '16kb' })`). */
const MAX_JSON_BODY_BYTES = 16 * 1024;

/** One HTTP request of the table: what to send, and the status and code it must get. */
export interface RequestCase {
  label: string;
  method: 'GET' | 'POST' | 'DELETE';
  /** The path and query, already encoded. */
  path: string;
  headers: Record<string, string>;
  body: string | null;
  expected: { status: number; code?: ErrorCode };
}

/** Every byte but the unreserved ones percent-encoded, so any value fits in a path segment or query. */
export function encodeSegment(value: unknown): string {
  if (value === MISSING) return '';
  const text = typeof value === 'string' ? value : toWireJson(value);
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9._~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Node refuses a request whose line and headers pass its limit with 431, before any handler runs. */
export function unlessTooLarge(
  headerBytes: number,
  expected: RequestCase['expected'],
): RequestCase['expected'] {
  return headerBytes + 512 > MAX_HEADER_BYTES ? { status: 431 } : expected;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const SIGN_IN = { email: 'admin@example.com', password: 'not-the-password' };

function signInCases(name: string, value: unknown, index: number): RequestCase[] {
  const wire = onTheWire(value);
  const bodies: [string, string | null][] = [
    [`${name} as the body`, value === MISSING ? null : toWireJson(value)],
  ];
  if (!rules.email(wire)) bodies.push([`${name} in email`, toWireJson(withField(SIGN_IN, 'email', value))]);
  // A valid password is not hostile, only wrong.
  if (!rules.password(wire))
    bodies.push([`${name} in password`, toWireJson(withField(SIGN_IN, 'password', value))]);
  if (value !== MISSING) {
    const key = ['extra', '__proto__', 'constructor'][index % 3] ?? 'extra';
    bodies.push([`${name} as an extra field ${key}`, toWireJson(withField(SIGN_IN, key, value))]);
  }
  return bodies.map(([label, body]) => ({
    label: `POST /api/session: ${label}`,
    method: 'POST',
    path: '/api/session',
    headers: JSON_HEADERS,
    body,
    expected:
      body !== null && Buffer.byteLength(body) > MAX_JSON_BODY_BYTES
        ? { status: 413, code: 'invalid_payload' }
        : { status: 400, code: 'invalid_payload' },
  }));
}

function otherCases(name: string, value: unknown): RequestCase[] {
  const cookie = value === MISSING ? {} : { cookie: `sb_session=${asHeaderText(value)}` };
  const cookieBytes = cookie.cookie?.length ?? 0;
  const segment = encodeSegment(value);
  const get = (label: string, path: string, expected: RequestCase['expected']): RequestCase => ({
    label: `${label}: ${name}`,
    method: 'GET',
    path,
    headers: {},
    body: null,
    expected: unlessTooLarge(path.length, expected),
  });
  return [
    {
      label: `GET /api/session with ${name} as the session cookie`,
      method: 'GET',
      path: '/api/session',
      headers: cookie,
      body: null,
      expected: unlessTooLarge(cookieBytes, { status: 401, code: 'unauthorized' }),
    },
    {
      label: `DELETE /api/session with ${name} as the session cookie`,
      method: 'DELETE',
      path: '/api/session',
      headers: cookie,
      body: null,
      expected: unlessTooLarge(cookieBytes, { status: 204 }),
    },
    get('GET /frame/:siteId with it as the site id', `/frame/${segment}`, { status: 404 }),
    get('GET /frame/shop with it in the query', `/frame/shop?host=${segment}&page=${segment}`, {
      status: 200,
    }),
    get('GET /healthz with it in the query', `/healthz?check=${segment}`, { status: 200 }),
    get('GET an unknown API path', `/api/${segment}`, { status: 404, code: 'invalid_payload' }),
    {
      label: `POST an unknown API path: ${name}`,
      method: 'POST',
      path: `/api/${segment}`,
      headers: JSON_HEADERS,
      body: '{}',
      expected: unlessTooLarge(segment.length, { status: 404, code: 'invalid_payload' }),
    },
  ];
}

/** Every HTTP case of the table. */
export function hostileRequestCases(): RequestCase[] {
  return HOSTILE_VALUES.flatMap(({ name, value }, index) => [
    ...signInCases(name, value, index),
    ...otherCases(name, value),
  ]);
}
