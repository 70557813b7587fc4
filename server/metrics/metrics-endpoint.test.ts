import parsePrometheusTextFormat, { type PrometheusFamily } from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../protocol/errors.js';
import type { Appended, ResumeResult } from '../../protocol/visitor-events.js';
import { DEFAULT_RATE_LIMITS } from '../limits/rate-limits.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import {
  collectTabEntries,
  startHarness,
  type Harness,
  type VisitorSocket,
} from '../testing/switchboard-harness.js';

const CONTEXT = { pageUrl: 'https://shop.example/', pageTitle: 'Shop', referrer: null, locale: 'en-GB' };
/** Words that appear in messages below and must never appear in the metrics. */
const SAID = ['Where is parcel 4471?', 'Hello there', 'Tell me about zebras', 'I want a real person now'];

let harness: Harness;
let guarded: Harness;
let scraped: { status: number; contentType: string | null };
let text: string;
let families: PrometheusFamily[];

/** The value of the series `name` with exactly `labels`, as a number; throws if there is no such series. */
function valueOf(name: string, labels: Record<string, string> = {}): number {
  const family = families.find((candidate) => candidate.name === name);
  const sample = family?.metrics.find(
    (candidate) => JSON.stringify(candidate.labels ?? {}) === JSON.stringify(labels),
  );
  if (sample?.value === undefined) throw new Error(`no series ${name} ${JSON.stringify(labels)}`);
  return Number(sample.value);
}

function histogramOf(name: string): { count: number; sum: number; buckets: Record<string, string> } {
  const [sample] = families.find((candidate) => candidate.name === name)?.metrics ?? [];
  if (sample?.count === undefined || sample.sum === undefined || !sample.buckets)
    throw new Error(`no histogram ${name}`);
  return { count: Number(sample.count), sum: Number(sample.sum), buckets: sample.buckets };
}

async function openVisitor(): Promise<VisitorSocket> {
  const visitor = await harness.connectVisitor();
  const resumed = (await visitor.emitWithAck('session:resume', {
    conversationId: null,
    lastSeq: 0,
    context: CONTEXT,
  })) as Ack<ResumeResult>;
  if (!resumed.ok) throw new Error(resumed.error.code);
  return visitor;
}

let sentCount = 0;
async function say(visitor: VisitorSocket, words: string): Promise<string> {
  const sent = (await visitor.emitWithAck('message:send', {
    clientId: `message-${++sentCount}`,
    text: words,
  })) as Ack<Appended>;
  if (!sent.ok) throw new Error(sent.error.code);
  return sent.conversationId;
}

/** Sets the scene: a command that must succeed. */
async function mustSucceed(ack: Promise<unknown>): Promise<void> {
  const answer = (await ack) as Ack;
  if (!answer.ok) throw new Error(answer.error.code);
}

beforeAll(async () => {
  const scripted = createScriptedBot({ 'where is parcel 4471?': 'It ships tomorrow.' });
  harness = await startHarness(scripted.bot, {
    rateLimits: { ...DEFAULT_RATE_LIMITS, signInsPerEmail: { limit: 1, windowMs: 60_000 } },
  });
  const alice = await harness.connectAgent('Alice');
  const { relay } = harness.switchboard;

  // Ann asks the bot, which answers: she stays with the bot.
  const ann = await openVisitor();
  const annLog = collectTabEntries(ann);
  await say(ann, SAID[0] as string);
  await annLog.waitFor((entry) => entry.kind === 'bot_message');

  // Ben gets a miss, presses "Talk to a person", waits, and Alice joins and answers him.
  const ben = await openVisitor();
  const benLog = collectTabEntries(ben);
  const bens = await say(ben, SAID[1] as string);
  await benLog.waitFor((entry) => entry.kind === 'bot_message');
  await mustSucceed(ben.emitWithAck('handoff:request', { clientId: 'ben-asks' }));
  await mustSucceed(alice.emitWithAck('conversation:claim', { conversationId: bens }));
  await mustSucceed(
    alice.emitWithAck('message:send', { conversationId: bens, clientId: 'alice-1', text: 'Hi Ben' }),
  );

  // Cleo's question is still with the bot when Alice takes over: the bot's late reply is dropped.
  scripted.hold();
  const cleo = await openVisitor();
  const cleos = await say(cleo, SAID[2] as string);
  await mustSucceed(alice.emitWithAck('conversation:claim', { conversationId: cleos }));
  scripted.release();
  await relay.conversations.settled();

  // Dan asks for a person in words, and waits.
  const dan = await openVisitor();
  await say(dan, SAID[3] as string);

  // A malformed message and an event that is no command, both refused.
  const untyped = ann as unknown as { emitWithAck(event: string, payload: unknown): Promise<unknown> };
  await untyped.emitWithAck('message:send', { clientId: 'no-text' });
  await untyped.emitWithAck('debug:dump', {});

  // Two wrong passwords for one email: the second is over its limit of one.
  for (const attempt of [1, 2]) {
    await fetch(`${harness.switchboard.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'eve@example.com', password: `guess-${attempt}` }),
    });
  }

  guarded = await startHarness(createScriptedBot({}).bot, { metricsToken: 'a-token-for-the-scraper' });

  const response = await fetch(`${harness.switchboard.url}/metrics`);
  scraped = { status: response.status, contentType: response.headers.get('content-type') };
  text = await response.text();
  families = parsePrometheusTextFormat(text);
});

afterAll(async () => {
  await harness?.close();
  await guarded?.close();
});

describe('/metrics', () => {
  it('answers in Prometheus’ text format', () => {
    expect(scraped.status).toBe(200);
    expect(scraped.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(families.length).toBeGreaterThan(20);
  });

  it('counts the visitors and agents connected now', () => {
    expect(valueOf('switchboard_connected_visitors')).toBe(4);
    expect(valueOf('switchboard_connected_agents')).toBe(1);
  });

  it('counts the open conversations in each state, from the store', () => {
    expect(valueOf('switchboard_open_conversations', { state: 'bot' })).toBe(1);
    expect(valueOf('switchboard_open_conversations', { state: 'waiting' })).toBe(1);
    expect(valueOf('switchboard_open_conversations', { state: 'agent' })).toBe(2);
  });

  it('counts committed messages by author', () => {
    expect(valueOf('switchboard_messages_total', { author: 'visitor' })).toBe(4);
    expect(valueOf('switchboard_messages_total', { author: 'bot' })).toBe(2);
    expect(valueOf('switchboard_messages_total', { author: 'agent' })).toBe(1);
  });

  it('counts handoffs by trigger, every trigger listed', () => {
    expect(valueOf('switchboard_handoffs_total', { trigger: 'visitor_button' })).toBe(1);
    expect(valueOf('switchboard_handoffs_total', { trigger: 'visitor_phrase' })).toBe(1);
    expect(valueOf('switchboard_handoffs_total', { trigger: 'agent_takeover' })).toBe(1);
    expect(valueOf('switchboard_handoffs_total', { trigger: 'bot_misses' })).toBe(0);
  });

  it('times every commit to the store', () => {
    // Ann 2, Ben 5 (message, miss, handoff, claim, Alice's reply), Cleo 2 (message, takeover), Dan 1.
    const appends = histogramOf('switchboard_append_duration_seconds');
    expect(appends.count).toBe(10);
    expect(appends.sum).toBeGreaterThan(0);
    expect(appends.buckets['+Inf']).toBe('10');
  });

  it('observes the wait of a visitor from the queue, not of one taken over from the bot', () => {
    expect(histogramOf('switchboard_queue_wait_seconds').count).toBe(1);
  });

  it('counts the bot reply dropped after the takeover', () => {
    expect(valueOf('switchboard_bot_replies_dropped_total')).toBe(1);
  });

  it('counts refused commands by command and code, naming no event a client made up', () => {
    expect(
      valueOf('switchboard_commands_refused_total', {
        namespace: 'visitor',
        event: 'message:send',
        code: 'invalid_payload',
      }),
    ).toBe(1);
    expect(
      valueOf('switchboard_commands_refused_total', {
        namespace: 'visitor',
        event: 'unknown',
        code: 'invalid_payload',
      }),
    ).toBe(1);
    expect(text).not.toContain('debug:dump');
  });

  it('counts rate-limited requests by limit, every limit listed', () => {
    expect(valueOf('switchboard_rate_limited_total', { limiter: 'signInsPerEmail' })).toBe(1);
    expect(valueOf('switchboard_rate_limited_total', { limiter: 'visitorCommands' })).toBe(0);
  });

  it('includes Node’s process metrics', () => {
    expect(valueOf('process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('never carries what anyone wrote', () => {
    for (const words of [...SAID, 'It ships tomorrow.', 'Hi Ben']) expect(text).not.toContain(words);
  });

  it('keeps each Switchboard’s figures apart in one process', async () => {
    const response = await fetch(`${guarded.switchboard.url}/metrics`, {
      headers: { authorization: 'Bearer a-token-for-the-scraper' },
    });
    const other = parsePrometheusTextFormat(await response.text());
    const messages = other.find((family) => family.name === 'switchboard_messages_total');
    expect(messages?.metrics.map((sample) => sample.value)).toEqual(['0', '0', '0']);
  });

  it('asks for the bearer token when one is configured', async () => {
    const url = `${guarded.switchboard.url}/metrics`;
    const without = await fetch(url);
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect(await without.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await fetch(url, { headers: { authorization: 'Bearer a-wrong-token-of-length' } })).status).toBe(
      401,
    );
    expect((await fetch(url, { headers: { authorization: 'Bearer a-token-for-the-scraper' } })).status).toBe(
      200,
    );
  });
});
