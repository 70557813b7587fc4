/**
 * The hostile-input table's Socket.IO handshakes: every hostile value as the whole `auth` object, in each
 * of its fields, as an extra field, and in the Origin and Cookie headers, for `/visitor` and `/agent`.
 */
import type { ErrorCode } from '../../protocol/errors.js';
import { PROTOCOL_VERSION } from '../../protocol/version.js';
import { MAX_PACKET_BYTES } from '../relay/create-relay.js';
import { isPlainObject, rules, type FieldRule } from './field-rules.js';
import type { Expected, Namespace } from './hostile-events.js';
import { HOSTILE_VALUES } from './hostile-values.js';
import { MISSING, toWireJson, withField } from './wire-json.js';

/** Node's limit on the size of a request's headers; past it the request is refused before any handler. */
export const MAX_HEADER_BYTES = 16 * 1024;

/** One handshake of the table: what to send, and what it must get. */
export interface HandshakeCase {
  label: string;
  namespace: Namespace;
  /** The `auth` object, or `MISSING` for a CONNECT packet without one. */
  auth: unknown;
  /** `origin` and `cookie` headers; the agent's session cookie unless the case replaces it. */
  headers: (sessionCookie: string) => Record<string, string>;
  expected: Expected;
}

/**
 * The text a hostile value becomes in a header or a URL: strings as they are, anything else as JSON, with
 * every byte outside printable ASCII percent-encoded (HTTP cannot carry them at all).
 */
export function asHeaderText(value: unknown): string {
  const text = typeof value === 'string' ? value : toWireJson(value);
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    out +=
      byte >= 0x20 && byte <= 0x7e ? String.fromCharCode(byte) : `%${byte.toString(16).padStart(2, '0')}`;
  }
  return out;
}

const refused = (code: ErrorCode): Expected => ({ kind: 'refused', code });
const CLOSED: Expected = { kind: 'closed' };

interface AuthField {
  field: string;
  rule: FieldRule;
  /** What a well-formed value leads to: a refusal past the schema, or undefined when it is not hostile. */
  whenValid: Expected | undefined;
}

const VISITOR_AUTH = { protocolVersion: PROTOCOL_VERSION, siteId: 'shop', token: null };
const AGENT_AUTH = { protocolVersion: PROTOCOL_VERSION };
const VERSION: AuthField = {
  field: 'protocolVersion',
  rule: rules.number,
  whenValid: refused('unsupported_protocol'),
};
const VISITOR_FIELDS: readonly AuthField[] = [
  VERSION,
  { field: 'siteId', rule: rules.id, whenValid: refused('unknown_site') },
  { field: 'token', rule: rules.token, whenValid: refused('unauthorized') },
];

/**
 * What the relay must answer for an `auth` object. Socket.IO's parser closes the connection on anything
 * but an object, except digits alone, which it reads as the packet's id: that packet has no auth at all.
 */
function forAuth(auth: unknown, expected: Expected): Expected {
  if (auth === MISSING) return expected;
  const json = toWireJson(auth);
  if (/^\d+$/.test(json)) return refused('invalid_payload');
  if (!isPlainObject(JSON.parse(json))) return CLOSED;
  return Buffer.byteLength(json) + 64 > MAX_PACKET_BYTES ? CLOSED : expected;
}

function forHeader(text: string, expected: Expected): Expected {
  return text.length + 512 > MAX_HEADER_BYTES ? CLOSED : expected;
}

function authCases(
  namespace: Namespace,
  base: Record<string, unknown>,
  fields: readonly AuthField[],
): HandshakeCase[] {
  const headers = namespace === '/agent' ? (cookie: string) => ({ cookie }) : () => ({});
  return HOSTILE_VALUES.flatMap(({ name, value }, index): HandshakeCase[] => {
    const wire: unknown = value === MISSING ? MISSING : JSON.parse(toWireJson(value));
    const cases: HandshakeCase[] = [
      {
        label: `${name} as the auth`,
        namespace,
        auth: value,
        headers,
        expected: forAuth(value, refused('invalid_payload')),
      },
    ];
    for (const { field, rule, whenValid } of fields) {
      const expected =
        wire !== MISSING && rule(wire)
          ? wire === null && field === 'token'
            ? undefined
            : whenValid
          : refused('invalid_payload');
      if (expected === undefined) continue;
      const auth = withField(base, field, value);
      cases.push({
        label: `${name} in ${field}`,
        namespace,
        auth,
        headers,
        expected: forAuth(auth, expected),
      });
    }
    if (value !== MISSING) {
      const key = ['extra', '__proto__', 'constructor'][index % 3] ?? 'extra';
      const auth = withField(base, key, value);
      cases.push({
        label: `${name} as an extra field ${key}`,
        namespace,
        auth,
        headers,
        expected: forAuth(auth, refused('invalid_payload')),
      });
    }
    return cases;
  });
}

function headerCases(namespace: Namespace, auth: Record<string, unknown>): HandshakeCase[] {
  return HOSTILE_VALUES.flatMap(({ name, value }): HandshakeCase[] => {
    const text = asHeaderText(value);
    const cases: HandshakeCase[] = [];
    if (value !== MISSING) {
      const headers = (cookie: string): Record<string, string> =>
        namespace === '/agent' ? { cookie, origin: text } : { origin: text };
      cases.push({
        label: `${name} as the Origin`,
        namespace,
        auth,
        headers,
        expected: forHeader(text, refused('origin_not_allowed')),
      });
    }
    if (namespace === '/agent') {
      const headers = (): Record<string, string> =>
        value === MISSING ? {} : { cookie: `sb_session=${text}` };
      cases.push({
        label: `${name} as the session cookie`,
        namespace,
        auth,
        headers,
        expected: forHeader(text, refused('unauthorized')),
      });
    }
    return cases;
  });
}

/** Every handshake case of the table. */
export function hostileHandshakeCases(): HandshakeCase[] {
  return [
    ...authCases('/visitor', VISITOR_AUTH, VISITOR_FIELDS),
    ...authCases('/agent', AGENT_AUTH, [VERSION]),
    ...headerCases('/visitor', VISITOR_AUTH),
    ...headerCases('/agent', AGENT_AUTH),
  ];
}
