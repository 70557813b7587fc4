/**
 * The hostile-input table's Socket.IO commands: every hostile value as the whole payload, in each field
 * (nested ones too), and as an extra field, for every command of `/visitor` and `/agent`; plus malformed
 * argument lists and unknown or reserved event names. Each case says what the relay must answer.
 */
import type { ErrorCode } from '../../protocol/errors.js';
import { MAX_PACKET_BYTES } from '../relay/create-relay.js';
import { fieldPaths, matchesShape, rules, type Shape } from './field-rules.js';
import { HOSTILE_VALUES } from './hostile-values.js';
import { MISSING, onTheWire, toWireJson, withField } from './wire-json.js';

/** What the relay must do with a hostile message. */
export type Expected =
  /** Refuse it with this code, store nothing, keep the connection. */
  | { kind: 'refused'; code: ErrorCode }
  /** Take it, as a valid message, touching only the sender's own conversation; `check` says what to verify. */
  | { kind: 'accepted'; check: AcceptedCheck }
  /** Close the connection before parsing it (too large, or not Socket.IO), storing nothing. */
  | { kind: 'closed' }
  /** Ignore it: a command without an acknowledgement callback. */
  | { kind: 'ignored' };

/**
 * `stored-text`: the message is stored exactly as sent, in the sender's conversation. `stored-context`:
 * the page context field is stored exactly as sent. `own-conversation`: the answer holds only the
 * sender's conversation. `nothing-stored`: nothing changes.
 */
export type AcceptedCheck = 'stored-text' | 'stored-context' | 'own-conversation' | 'nothing-stored';

/** What a case's payload is built from: the sender's conversation, and a fresh client id. */
export interface CaseContext {
  conversationId: string;
  clientId: string;
}

/** The namespace a case is sent on. */
export type Namespace = '/visitor' | '/agent';

/** One Socket.IO command of the table: what to send, and what it must get. */
export interface EventCase {
  label: string;
  namespace: Namespace;
  event: string;
  args: (context: CaseContext) => unknown[];
  withAck: boolean;
  expected: Expected;
  /** The field holding the hostile value and the value as it arrives, for the accepted checks. */
  field: string | null;
  wire: unknown;
}

const refused = (code: ErrorCode): Expected => ({ kind: 'refused', code });
const accepted = (check: AcceptedCheck): Expected => ({ kind: 'accepted', check });
const INVALID = refused('invalid_payload');
const NOT_FOUND = refused('conversation_not_found');

interface EventSpec {
  namespace: Namespace;
  event: string;
  shape: Shape;
  base: (context: CaseContext) => Record<string, unknown>;
  /** What a valid value in a field must lead to; a valid value in any other field is not hostile: skipped. */
  whenValid: Readonly<Record<string, Expected>>;
}

const CONTEXT_SHAPE: Shape = {
  pageUrl: rules.contextText(2048),
  pageTitle: rules.contextText(300),
  referrer: rules.contextText(2048),
  locale: rules.contextText(35),
};
const CONVERSATION_REF: Shape = { conversationId: rules.id };
const ref = ({ conversationId }: CaseContext) => ({ conversationId });

const SPECS: readonly EventSpec[] = [
  {
    namespace: '/visitor',
    event: 'session:resume',
    shape: { conversationId: rules.nullableId, lastSeq: rules.seq, context: CONTEXT_SHAPE },
    base: ({ conversationId }) => ({
      conversationId,
      lastSeq: 0,
      context: { pageUrl: 'https://shop.example/', pageTitle: 'Shop', referrer: null, locale: 'en-GB' },
    }),
    whenValid: {
      conversationId: accepted('own-conversation'),
      'context.pageUrl': accepted('stored-context'),
      'context.pageTitle': accepted('stored-context'),
      'context.referrer': accepted('stored-context'),
      'context.locale': accepted('stored-context'),
    },
  },
  {
    namespace: '/visitor',
    event: 'message:send',
    shape: { clientId: rules.id, text: rules.text },
    base: ({ clientId }) => ({ clientId, text: 'Hello from the attacker' }),
    whenValid: { text: accepted('stored-text') },
  },
  {
    namespace: '/visitor',
    event: 'handoff:request',
    shape: { clientId: rules.id },
    base: ({ clientId }) => ({ clientId }),
    whenValid: {},
  },
  // Whether a valid lead or rating is taken depends on the conversation's state: only refusals are checked.
  {
    namespace: '/visitor',
    event: 'lead:leave',
    shape: { clientId: rules.id, email: rules.email, text: rules.text },
    base: ({ clientId }) => ({ clientId, email: 'ada@example.com', text: 'Call me back' }),
    whenValid: {},
  },
  {
    namespace: '/visitor',
    event: 'rating:give',
    shape: { clientId: rules.id, score: rules.score, comment: rules.nullableNote },
    base: ({ clientId }) => ({ clientId, score: 5, comment: null }),
    whenValid: {},
  },
  {
    namespace: '/visitor',
    event: 'typing:set',
    shape: { isTyping: rules.boolean },
    base: () => ({ isTyping: false }),
    whenValid: { isTyping: accepted('nothing-stored') },
  },
  { namespace: '/agent', event: 'inbox:subscribe', shape: {}, base: () => ({}), whenValid: {} },
  {
    namespace: '/agent',
    event: 'conversation:open',
    shape: { conversationId: rules.id, lastSeq: rules.seq },
    base: ({ conversationId }) => ({ conversationId, lastSeq: 0 }),
    whenValid: { conversationId: NOT_FOUND },
  },
  {
    namespace: '/agent',
    event: 'conversation:close',
    shape: CONVERSATION_REF,
    base: ref,
    whenValid: { conversationId: accepted('nothing-stored') },
  },
  ...['conversation:claim', 'conversation:hand-back', 'conversation:resolve'].map((event): EventSpec => ({
    namespace: '/agent',
    event,
    shape: CONVERSATION_REF,
    base: ref,
    whenValid: { conversationId: NOT_FOUND },
  })),
  {
    namespace: '/agent',
    event: 'message:send',
    shape: { conversationId: rules.id, clientId: rules.id, text: rules.text },
    base: ({ conversationId, clientId }) => ({ conversationId, clientId, text: 'Hello from the agent' }),
    whenValid: { conversationId: NOT_FOUND, text: accepted('stored-text') },
  },
  {
    namespace: '/agent',
    event: 'conversation:transfer',
    shape: { conversationId: rules.id, toAgentId: rules.id, note: rules.nullableNote },
    base: ({ conversationId }) => ({ conversationId, toAgentId: 'nobody-of-that-id', note: null }),
    whenValid: {
      conversationId: refused('agent_unavailable'),
      toAgentId: refused('agent_unavailable'),
      note: refused('agent_unavailable'),
    },
  },
  {
    namespace: '/agent',
    event: 'note:add',
    shape: { conversationId: rules.id, clientId: rules.id, text: rules.note },
    base: ({ conversationId, clientId }) => ({ conversationId, clientId, text: 'A note for the team' }),
    whenValid: { conversationId: NOT_FOUND, text: accepted('stored-text') },
  },
  {
    namespace: '/agent',
    event: 'typing:set',
    shape: { conversationId: rules.id, isTyping: rules.boolean },
    base: ({ conversationId }) => ({ conversationId, isTyping: false }),
    // The scene's agent owns the attacker's conversation: typing in it is relayed, and stores nothing.
    whenValid: { conversationId: NOT_FOUND, isTyping: accepted('nothing-stored') },
  },
  {
    namespace: '/agent',
    event: 'agent:set-status',
    shape: { status: rules.status },
    base: () => ({ status: 'online' }),
    whenValid: {},
  },
];

/** `base` with the field at `path` (`a.b` for nested fields) set to `value`. */
function withPath(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head = '', ...rest] = path.split('.');
  if (rest.length === 0) return withField(base, head, value);
  return withField(base, head, withPath(base[head] as Record<string, unknown>, rest.join('.'), value));
}

/** Keys an extra field is added under, in turn: a plain one and the prototype-pollution ones. */
const EXTRA_KEYS = ['extra', '__proto__', 'constructor', 'prototype'] as const;
const SAMPLE_CONTEXT: CaseContext = { conversationId: 'A'.repeat(22), clientId: 'c'.repeat(22) };

/** Packets past the relay's limit are cut off by the transport; the margin covers the packet's header. */
function isTooLarge(args: unknown[], event: string): boolean {
  return Buffer.byteLength(toWireJson([event, ...args])) + 64 > MAX_PACKET_BYTES;
}

function eventCase(
  spec: EventSpec,
  label: string,
  args: EventCase['args'],
  expected: Expected,
  field: string | null,
  wire: unknown,
): EventCase {
  const sized = isTooLarge(args(SAMPLE_CONTEXT), spec.event) ? { kind: 'closed' as const } : expected;
  return {
    label: `${spec.namespace} ${spec.event}: ${label}`,
    namespace: spec.namespace,
    event: spec.event,
    args,
    withAck: true,
    expected: sized,
    field,
    wire,
  };
}

function casesOf(spec: EventSpec): EventCase[] {
  const cases: EventCase[] = [];
  HOSTILE_VALUES.forEach(({ name, value }, index) => {
    const wire = onTheWire(value);
    if (!matchesShape(spec.shape, wire)) {
      const args = () => (value === MISSING ? [] : [value]);
      cases.push(eventCase(spec, `${name} as the payload`, args, INVALID, null, wire));
    }
    for (const { path, rule } of fieldPaths(spec.shape)) {
      const expected = rule(wire) ? spec.whenValid[path] : INVALID;
      if (expected === undefined) continue;
      const args = (context: CaseContext) => [withPath(spec.base(context), path, value)];
      cases.push(eventCase(spec, `${name} in ${path}`, args, expected, path, wire));
    }
    if (value !== MISSING) {
      const key = EXTRA_KEYS[index % EXTRA_KEYS.length] ?? 'extra';
      const args = (context: CaseContext) => [withField(spec.base(context), key, value)];
      cases.push(eventCase(spec, `${name} as an extra field ${key}`, args, INVALID, null, wire));
    }
  });
  const base = (context: CaseContext) => [spec.base(context)];
  cases.push({
    ...eventCase(spec, 'no acknowledgement callback', base, { kind: 'ignored' }, null, null),
    withAck: false,
  });
  cases.push(
    eventCase(spec, 'an extra argument', (context) => [spec.base(context), 'extra'], INVALID, null, null),
  );
  return cases;
}

/** Event names no client may send: unknown ones, Object.prototype's, and Socket.IO's reserved ones. */
const STRANGE_EVENTS: readonly [string, Expected][] = [
  ['message:delete', INVALID],
  ['admin:export', INVALID],
  ['toString', INVALID],
  ['__proto__', INVALID],
  ['constructor', INVALID],
  ['hasOwnProperty', INVALID],
  ['disconnect', { kind: 'closed' }],
  ['newListener', { kind: 'closed' }],
];

/** Every Socket.IO case of the table. */
export function hostileEventCases(): EventCase[] {
  const strange = (['/visitor', '/agent'] as const).flatMap((namespace) =>
    STRANGE_EVENTS.map(([event, expected]): EventCase => ({
      label: `${namespace} the event name ${event}`,
      namespace,
      event,
      args: () => [{}],
      withAck: true,
      expected,
      field: null,
      wire: null,
    })),
  );
  return [...SPECS.flatMap(casesOf), ...strange];
}
