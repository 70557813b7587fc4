/**
 * Runtime schemas for every inbound payload. The relay checks each payload against its schema before
 * anything else happens; a payload that fails is refused with `invalid_payload` and nothing is stored.
 * Objects are strict: an unknown key is an error, not silently dropped, so a client bug surfaces at once.
 * Browser code never imports this file (the lint rules enforce it), so none of it reaches a bundle.
 */
import * as v from 'valibot';
import type { AgentHandshake, AgentClientEvents, AgentRole, AgentStatus } from './agent-events.js';
import type { VisitorContext } from './conversation.js';
import type {
  CannedResponseRequest,
  CreateWebhookRequest,
  NewAgentRequest,
  InsightsQuery,
  RetentionRequest,
  TranscriptFormat,
  UpdateWebhookRequest,
} from './http-api.js';
import { MAX_INSIGHTS_DAYS, MAX_MESSAGE_LENGTH, MAX_NOTE_LENGTH, MIN_PASSWORD_LENGTH } from './limits.js';
import type { VisitorClientEvents, VisitorHandshake } from './visitor-events.js';
import { WEBHOOK_EVENT_TYPES } from './webhook-events.js';

/** C0 control characters other than tab, line feed and carriage return, and DEL. */
// oxlint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose.
const FORBIDDEN_CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** A UTF-16 surrogate without its partner: text that is not valid Unicode. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text for people to read, such as a message or a button's label: not blank, at most `maxLength` UTF-16 code
 * units, valid Unicode, no control characters. `what` names it in the errors ("The message is empty.").
 */
export function readableText(maxLength: number, what: string) {
  return v.pipe(
    v.string(),
    v.maxLength(maxLength, `The ${what} is longer than ${maxLength} characters.`),
    v.check((text) => text.trim().length > 0, `The ${what} is empty.`),
    v.check((text) => !FORBIDDEN_CONTROL_CHARACTERS.test(text), `The ${what} contains control characters.`),
    v.check((text) => !LONE_SURROGATE.test(text), `The ${what} is not valid Unicode.`),
  );
}

/** Text a person typed, or the bot says: readable, and at most {@link MAX_MESSAGE_LENGTH} long. */
export const messageText = readableText(MAX_MESSAGE_LENGTH, 'message');

/** An opaque identifier: what our ids and client ids look like, and nothing that could be a path or key. */
const identifier = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Expected an id of 1 to 64 letters, digits, _ or -.'),
);

const emailAddress = v.pipe(v.string(), v.maxLength(254), v.email('Expected an email address.'));

const seq = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));

function boundedText(maxLength: number) {
  return v.nullable(
    v.pipe(
      v.string(),
      v.maxLength(maxLength),
      v.check((text) => !FORBIDDEN_CONTROL_CHARACTERS.test(text), 'Contains control characters.'),
      v.check((text) => !LONE_SURROGATE.test(text), 'Not valid Unicode.'),
    ),
  );
}

const visitorContext = v.strictObject({
  pageUrl: boundedText(2048),
  pageTitle: boundedText(300),
  referrer: boundedText(2048),
  locale: boundedText(35),
}) satisfies v.GenericSchema<VisitorContext>;

/** The first argument of each command, by event name. */
type PayloadOf<Events> = {
  [Name in keyof Events]: Events[Name] extends (payload: infer Payload, ...rest: never[]) => void
    ? Payload
    : never;
};

export const visitorHandshakeSchema = v.strictObject({
  protocolVersion: v.number(),
  siteId: identifier,
  token: v.nullable(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,128}$/, 'Malformed token.'))),
}) satisfies v.GenericSchema<VisitorHandshake>;

export const agentHandshakeSchema = v.strictObject({
  protocolVersion: v.number(),
}) satisfies v.GenericSchema<AgentHandshake>;

export const visitorCommandSchemas = {
  'session:resume': v.strictObject({
    conversationId: v.nullable(identifier),
    lastSeq: seq,
    context: visitorContext,
  }),
  'message:send': v.strictObject({ clientId: identifier, text: messageText }),
  'handoff:request': v.strictObject({ clientId: identifier }),
  'lead:leave': v.strictObject({ clientId: identifier, email: emailAddress, text: messageText }),
  'rating:give': v.strictObject({
    clientId: identifier,
    score: v.picklist([1, 2, 3, 4, 5] as const, 'Expected a score from 1 to 5.'),
    comment: v.nullable(readableText(MAX_NOTE_LENGTH, 'comment')),
  }),
  'typing:set': v.strictObject({ isTyping: v.boolean() }),
  'visitor:identify': v.strictObject({
    id: v.pipe(
      v.string(),
      v.regex(/^[\x21-\x7e]{1,128}$/, 'Expected a user id of 1 to 128 printable ASCII characters.'),
    ),
    name: v.nullable(readableText(80, 'name')),
    email: v.nullable(emailAddress),
    userHash: v.nullable(
      v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'Expected userHash as 64 lowercase hex characters.')),
    ),
  }),
} satisfies { [Name in keyof VisitorClientEvents]: v.GenericSchema<PayloadOf<VisitorClientEvents>[Name]> };

const conversationRef = v.strictObject({ conversationId: identifier });

export const agentCommandSchemas = {
  'inbox:subscribe': v.strictObject({}),
  'conversation:open': v.strictObject({ conversationId: identifier, lastSeq: seq }),
  'conversation:close': conversationRef,
  'conversation:claim': conversationRef,
  'message:send': v.strictObject({ conversationId: identifier, clientId: identifier, text: messageText }),
  'conversation:hand-back': conversationRef,
  'conversation:resolve': conversationRef,
  'conversation:transfer': v.strictObject({
    conversationId: identifier,
    toAgentId: identifier,
    note: v.nullable(readableText(MAX_NOTE_LENGTH, 'note')),
  }),
  'note:add': v.strictObject({
    conversationId: identifier,
    clientId: identifier,
    text: readableText(MAX_NOTE_LENGTH, 'note'),
  }),
  'typing:set': v.strictObject({ conversationId: identifier, isTyping: v.boolean() }),
  'agent:set-status': v.strictObject({
    status: v.picklist(
      ['online', 'away', 'offline'] satisfies AgentStatus[],
      'Expected online, away or offline.',
    ),
  }),
} satisfies { [Name in keyof AgentClientEvents]: v.GenericSchema<PayloadOf<AgentClientEvents>[Name]> };

export const signInSchema = v.strictObject({
  email: emailAddress,
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)),
});

/** A new teammate, as an admin adds them. */
export const newAgentSchema = v.strictObject({
  email: emailAddress,
  name: readableText(80, 'name'),
  role: v.picklist(['agent', 'admin'] satisfies AgentRole[], 'Expected the role agent or admin.'),
  password: v.pipe(
    v.string(),
    v.minLength(MIN_PASSWORD_LENGTH, `Give a password of at least ${MIN_PASSWORD_LENGTH} characters.`),
    v.maxLength(1024),
  ),
}) satisfies v.GenericSchema<NewAgentRequest>;

/** A canned response: its shortcut, typed after `/`, and its text. */
export const cannedResponseSchema = v.strictObject({
  shortcut: v.pipe(
    v.string(),
    v.regex(/^[a-z0-9-]{1,32}$/, 'Expected a shortcut of 1 to 32 lowercase letters, digits or -.'),
  ),
  text: messageText,
}) satisfies v.GenericSchema<CannedResponseRequest>;

/** The most days a site may keep conversations before retention deletes them: ten years. */
export const MAX_RETENTION_DAYS = 3650;

export const retentionSchema = v.strictObject({
  retentionDays: v.nullable(
    v.pipe(
      v.number(),
      v.integer('Expected a whole number of days.'),
      v.minValue(1, 'Keep conversations at least 1 day, or null to keep them forever.'),
      v.maxValue(MAX_RETENTION_DAYS, `Keep conversations at most ${MAX_RETENTION_DAYS} days.`),
    ),
  ),
}) satisfies v.GenericSchema<RetentionRequest>;

/** The length of the longest URL most browsers and servers handle. */
const MAX_URL_LENGTH = 2048;
/** The address is checked for its scheme and credentials apart, to refuse it with `invalid_webhook_url`. */
const webhookUrl = v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH, 'The URL is too long.'));
const webhookEvents = v.pipe(
  v.array(v.picklist(WEBHOOK_EVENT_TYPES, `Expected one of ${WEBHOOK_EVENT_TYPES.join(', ')}.`)),
  v.minLength(1, 'Subscribe to at least one event.'),
  v.check((events) => new Set(events).size === events.length, 'An event is listed twice.'),
);

export const createWebhookSchema = v.strictObject({
  url: webhookUrl,
  events: webhookEvents,
  isEnabled: v.exactOptional(v.boolean()),
}) satisfies v.GenericSchema<CreateWebhookRequest>;

export const updateWebhookSchema = v.pipe(
  v.strictObject({
    url: v.exactOptional(webhookUrl),
    events: v.exactOptional(webhookEvents),
    isEnabled: v.exactOptional(v.boolean()),
  }),
  v.check((changes) => Object.keys(changes).length > 0, 'Nothing to change.'),
) satisfies v.GenericSchema<UpdateWebhookRequest>;

export const transcriptQuerySchema = v.strictObject({
  format: v.picklist(['json', 'csv'] satisfies TranscriptFormat[], 'Expected format=json or format=csv.'),
});
const DAY_MS = 24 * 60 * 60 * 1000;

/** A real calendar day written as `YYYY-MM-DD` (not 2025-02-30). */
const isoDay = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a day written as YYYY-MM-DD.'),
  v.check((day) => {
    const time = Date.parse(`${day}T00:00:00Z`);
    return Number.isFinite(time) && new Date(time).toISOString().startsWith(day);
  }, 'No such day.'),
);

/** An IANA time zone name that the relay's runtime knows, such as `Europe/Paris` or `UTC`. */
export const timeZoneName = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/, 'Expected a time zone name such as Europe/Paris.'),
  v.check((zone) => {
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone !== '';
    } catch {
      return false;
    }
  }, 'Unknown time zone.'),
);

/** The query of `GET /api/insights`, as Express parses it: every value a string. */
export const insightsQuerySchema = v.pipe(
  v.strictObject({ siteId: identifier, from: isoDay, to: isoDay, timeZone: v.exactOptional(timeZoneName) }),
  v.check(({ from, to }) => from <= to, 'from must not be after to.'),
  v.check(
    ({ from, to }) => (Date.parse(to) - Date.parse(from)) / DAY_MS + 1 <= MAX_INSIGHTS_DAYS,
    `A report covers at most ${MAX_INSIGHTS_DAYS} days.`,
  ),
) satisfies v.GenericSchema<InsightsQuery>;

/** The outcome of checking a payload: its typed value, or a sentence saying what is wrong with it. */
export type Checked<Value> = { ok: true; value: Value } | { ok: false; message: string };

/** Checks `input` against `schema` without throwing. */
export function check<Schema extends v.GenericSchema>(
  schema: Schema,
  input: unknown,
): Checked<v.InferOutput<Schema>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const [issue] = result.issues;
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return { ok: false, message: path ? `${path}: ${issue.message}` : issue.message };
}
