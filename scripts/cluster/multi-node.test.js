/**
 * Three relay processes sharing PostgreSQL and Redis: a visitor on one, agents on the others. Correctness
 * must not depend on which process a client reaches: the handoff works across them, racing claims from two
 * processes always produce one owner, and a process killed mid-conversation loses nothing its clients were
 * told was stored. Runs against the built relay (npm test builds before it runs).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onAcknowledgedEntries } from '../../server/testing/acknowledged-entries.js';
import { signIn } from '../chaos/sign-in.js';
import { startRelayCluster } from './relay-cluster.js';

/** @typedef {import('../../protocol/entries.js').Entry} Entry */
/** @typedef {import('../../protocol/conversation.js').ConversationSummary} ConversationSummary */
/** @typedef {import('socket.io-client').Socket} Socket */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ADMIN = { email: 'admin@cluster.test', password: 'cluster-admin-password' };
const AGENTS = [
  { name: 'Ada', email: 'ada@cluster.test', password: 'ada-cluster-password' },
  { name: 'Grace', email: 'grace@cluster.test', password: 'grace-cluster-password' },
];
const CONTEXT = {
  pageUrl: 'http://127.0.0.1/cluster',
  pageTitle: 'Cluster',
  referrer: null,
  locale: 'en-GB',
};
const RACES = 40;
const WAIT_MS = 10_000;

/** @type {import('./relay-cluster.js').RelayCluster} */
let cluster;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/server/main.js'))) {
    throw new Error('dist/server/main.js is missing: run npm run build first (npm test does).');
  }
  cluster = await startRelayCluster({
    root: ROOT,
    nodes: 3,
    directory: mkdtempSync(join(tmpdir(), 'switchboard-cluster-')),
    admin: ADMIN,
    agents: AGENTS,
  });
}, 60_000);

afterAll(async () => {
  await cluster?.stop();
}, 30_000);

/** @param {number} index */
const nodeUrl = (index) => /** @type {{ url: string }} */ (cluster.nodes[index]).url;

/**
 * @param {string} url
 * @param {object} options
 * @returns {Promise<Socket>}
 */
function connect(url, options) {
  const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true, ...options });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Everything a socket is sent, and a way to wait for what is expected. */
function watch(/** @type {Socket} */ socket) {
  /** @type {Entry[]} */
  const entries = [];
  /** @type {ConversationSummary[]} */
  const changes = [];
  socket.on('entry:added', (/** @type {Entry} */ entry) => entries.push(entry));
  socket.on('conversations:changed', (/** @type {ConversationSummary[]} */ changed) =>
    changes.push(...changed),
  );
  return {
    entries,
    changes,
    /**
     * @param {() => boolean} condition
     * @param {string} what
     */
    async until(condition, what) {
      const deadline = Date.now() + WAIT_MS;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

/**
 * A visitor's widget on one node: connected, resumed.
 * @param {number} node
 * @param {string | null} token
 * @param {{ conversationId: string | null, lastSeq: number }} held
 */
async function visitorOn(node, token = null, held = { conversationId: null, lastSeq: 0 }) {
  const socket = await connect(`${nodeUrl(node)}/visitor`, {
    auth: { protocolVersion: 1, siteId: 'demo', token },
  });
  const seen = watch(socket);
  const resumed = await socket.emitWithAck('session:resume', { ...held, context: CONTEXT });
  if (!resumed.ok) throw new Error(`resume refused: ${resumed.error.code}`);
  // As the widget does: its own commands' entries come in their acknowledgements.
  onAcknowledgedEntries(socket, (entries) => seen.entries.push(...entries));
  return { socket, seen, resumed };
}

/**
 * An agent's console on one node, subscribed to the inbox.
 * @param {number} node
 * @param {(typeof AGENTS)[number]} agent
 */
async function agentOn(node, agent) {
  const cookie = await signIn(nodeUrl(node), agent.email, agent.password);
  const socket = await connect(`${nodeUrl(node)}/agent`, {
    auth: { protocolVersion: 1 },
    extraHeaders: { cookie, origin: nodeUrl(node) },
  });
  const seen = watch(socket);
  const inbox = await socket.emitWithAck('inbox:subscribe', {});
  if (!inbox.ok) throw new Error(`inbox refused: ${inbox.error.code}`);
  return { socket, seen, profile: inbox.agent };
}

/**
 * @param {Socket} socket
 * @param {string} text
 * @param {string} clientId
 */
const say = (socket, text, clientId) => socket.timeout(5000).emitWithAck('message:send', { clientId, text });

/** @param {readonly Entry[]} entries */
const seqsOf = (entries) => [...new Set(entries.map((entry) => entry.seq))].toSorted((a, b) => a - b);

/** @param {readonly Entry[]} entries the seq up to which `entries` hold the log without a gap */
function contiguousEnd(entries) {
  const seqs = seqsOf(entries);
  let end = (seqs[0] ?? 1) - 1;
  for (const seq of seqs) if (seq === end + 1) end = seq;
  return end;
}

/** @param {Entry['kind']} kind */
const isKind = (kind) => (/** @type {Entry} */ entry) => entry.kind === kind;

describe('several relay processes on PostgreSQL and Redis', { timeout: 120_000 }, () => {
  it('carries a whole handoff between a visitor on one process and agents on others', async () => {
    const visitor = await visitorOn(0);
    const ada = await agentOn(1, /** @type {(typeof AGENTS)[number]} */ (AGENTS[0]));
    const grace = await agentOn(2, /** @type {(typeof AGENTS)[number]} */ (AGENTS[1]));

    const asked = await say(visitor.socket, 'How long do returns take?', 'q-1');
    expect(asked).toMatchObject({ ok: true });
    await visitor.seen.until(() => visitor.seen.entries.some(isKind('bot_message')), 'the bot answer');
    await visitor.socket.emitWithAck('handoff:request', { clientId: 'handoff-1' });
    await grace.seen.until(
      () =>
        grace.seen.changes.some((change) => change.id === asked.conversationId && change.state === 'waiting'),
      'the waiting conversation in the inbox of a console on a third process',
    );

    const claimed = await ada.socket.emitWithAck('conversation:claim', {
      conversationId: asked.conversationId,
    });
    expect(claimed).toMatchObject({ ok: true });
    await ada.socket.emitWithAck('conversation:open', { conversationId: asked.conversationId, lastSeq: 0 });
    await ada.socket.emitWithAck('message:send', {
      conversationId: asked.conversationId,
      clientId: 'a-1',
      text: 'Hi, Ada here.',
    });
    await visitor.seen.until(
      () =>
        visitor.seen.entries.some(
          (entry) => entry.kind === 'agent_message' && entry.text === 'Hi, Ada here.',
        ),
      'the agent message at the visitor',
    );
    await say(visitor.socket, 'Thanks Ada!', 'q-2');
    await ada.seen.until(
      () =>
        ada.seen.entries.some((entry) => entry.kind === 'visitor_message' && entry.text === 'Thanks Ada!'),
      'the visitor reply at the agent',
    );
    await ada.socket.emitWithAck('conversation:resolve', { conversationId: asked.conversationId });
    await visitor.seen.until(() => visitor.seen.entries.some(isKind('resolved')), 'the resolution');

    const store = await cluster.openStore();
    const log = await store.readEntries(asked.conversationId, 0, 100);
    await store.close();
    expect(log.map((entry) => entry.seq)).toEqual(log.map((_, index) => index + 1));
    expect(visitor.seen.entries.map((entry) => entry.seq)).toEqual(log.map((entry) => entry.seq));
    for (const client of [visitor, ada, grace]) client.socket.disconnect();
  });

  it('relays queue places and typing between processes, storing no typing', async () => {
    const ada = await agentOn(2, /** @type {(typeof AGENTS)[number]} */ (AGENTS[0]));
    const first = await visitorOn(0);
    const second = await visitorOn(1);
    /** @type {({ position: number } | null)[]} */
    const places = [];
    second.socket.on('queue:updated', (/** @type {{ position: number } | null} */ status) =>
      places.push(status),
    );

    const asked = await first.socket.emitWithAck('handoff:request', { clientId: 'queue-1' });
    expect(asked).toMatchObject({ ok: true });
    await second.socket.emitWithAck('handoff:request', { clientId: 'queue-2' });
    await second.seen.until(() => places.length > 0, 'the second visitor’s place');
    const before = /** @type {{ position: number }} */ (places.at(-1)).position;

    // Claimed on a third process: the place reaches the second visitor's process through Redis.
    await ada.socket.emitWithAck('conversation:claim', { conversationId: asked.conversationId });
    await second.seen.until(() => places.at(-1)?.position === before - 1, 'the place moving up');

    await ada.socket.emitWithAck('conversation:open', { conversationId: asked.conversationId, lastSeq: 0 });
    const toVisitor = new Promise((resolve) => first.socket.once('typing:changed', resolve));
    await ada.socket.emitWithAck('typing:set', { conversationId: asked.conversationId, isTyping: true });
    expect(await toVisitor).toEqual({ isTyping: true, agent: { id: ada.profile.id, name: 'Ada' } });
    const toAgent = new Promise((resolve) => ada.socket.once('typing:changed', resolve));
    await first.socket.emitWithAck('typing:set', { isTyping: true });
    expect(await toAgent).toEqual({ conversationId: asked.conversationId, isTyping: true });

    const store = await cluster.openStore();
    const log = await store.readEntries(asked.conversationId, 0, 100);
    await store.close();
    expect(log.map((entry) => entry.kind)).toEqual(['handoff_requested', 'agent_joined']);
    for (const client of [first, second, ada]) client.socket.disconnect();
  });

  it('gives every one of many claim races from two processes exactly one winner', async () => {
    const ada = await agentOn(1, /** @type {(typeof AGENTS)[number]} */ (AGENTS[0]));
    const grace = await agentOn(2, /** @type {(typeof AGENTS)[number]} */ (AGENTS[1]));
    /** @type {Record<string, number>} */
    const wins = { Ada: 0, Grace: 0 };
    let racesWithOneWinner = 0;
    for (let race = 0; race < RACES; race++) {
      const visitor = await visitorOn(0);
      const asked = await visitor.socket.emitWithAck('handoff:request', { clientId: `race-${race}` });
      const conversationId = asked.conversationId;
      const answers = await Promise.all(
        [ada, grace].map((agent) => agent.socket.emitWithAck('conversation:claim', { conversationId })),
      );
      const winners = answers.filter((answer) => answer.ok);
      expect(winners).toHaveLength(1);
      expect(answers.find((answer) => !answer.ok)).toMatchObject({ error: { code: 'conversation_taken' } });
      const winner = answers[0].ok ? ada : grace;
      const loser = winner === ada ? grace : ada;
      wins[winner.profile.name] = (wins[winner.profile.name] ?? 0) + 1;
      racesWithOneWinner++;
      // The loser's console sees the conversation as taken by the winner.
      await loser.seen.until(
        () =>
          loser.seen.changes.some(
            (change) => change.id === conversationId && change.agent?.id === winner.profile.id,
          ),
        'the loser to see who took the conversation',
      );
      visitor.socket.disconnect();
    }
    const store = await cluster.openStore();
    const conversations = await store.listConversations({ resolvedLimit: 0 });
    await store.close();
    const owned = conversations.filter((conversation) => conversation.state === 'agent');
    expect(owned.length).toBeGreaterThanOrEqual(RACES);
    console.log(
      `claim races: ${RACES} run, ${racesWithOneWinner} with exactly one winner; wins Ada ${wins.Ada}, Grace ${wins.Grace}`,
    );
    ada.socket.disconnect();
    grace.socket.disconnect();
  });

  it('loses nothing when the visitor’s process is SIGKILLed mid-conversation', async () => {
    const visitor = await visitorOn(0);
    const ada = await agentOn(1, /** @type {(typeof AGENTS)[number]} */ (AGENTS[0]));
    const asked = await visitor.socket.emitWithAck('handoff:request', { clientId: 'kill-handoff' });
    const conversationId = asked.conversationId;
    await ada.socket.emitWithAck('conversation:claim', { conversationId });
    await ada.socket.emitWithAck('conversation:open', { conversationId, lastSeq: 0 });

    /** Every message the visitor sends, and whether the relay acknowledged it before the kill. */
    const outbox = Array.from({ length: 60 }, (_, index) => ({
      clientId: `kill-${index}`,
      text: `Line ${index}`,
      /** @type {number | null} */
      seq: null,
    }));
    const sending = outbox.map(async (message, index) => {
      await new Promise((resolve) => setTimeout(resolve, index * 5));
      if (!visitor.socket.connected) return;
      const ack = await say(visitor.socket, message.text, message.clientId).catch(() => null);
      if (ack?.ok) message.seq = ack.seq;
    });
    await new Promise((resolve) => setTimeout(resolve, 120));
    const killedNode = /** @type {import('../chaos/relay-process.js').RelayProcess} */ (cluster.nodes[0]);
    await killedNode.kill();
    await Promise.all(sending);
    const acknowledgedBeforeKill = outbox.filter((message) => message.seq !== null).length;
    expect(visitor.socket.connected).toBe(false);

    // The widget reconnects (a load balancer would send it to a live process) and resumes from what it
    // holds, then resends what was never acknowledged, with the same client ids.
    const lastSeq = Math.max(0, ...visitor.seen.entries.map((entry) => entry.seq));
    const resumed = await visitorOn(2, visitor.resumed.token, { conversationId, lastSeq });
    for (const message of outbox.filter((candidate) => candidate.seq === null)) {
      const ack = await say(resumed.socket, message.text, message.clientId);
      expect(ack).toMatchObject({ ok: true });
      message.seq = ack.seq;
    }
    // Resending an acknowledged message is answered with its original seq, and stores nothing.
    const first = /** @type {(typeof outbox)[number]} */ (outbox[0]);
    expect(await say(resumed.socket, first.text, first.clientId)).toMatchObject({ ok: true, seq: first.seq });

    const store = await cluster.openStore();
    const log = await store.readEntries(conversationId, 0, 1000);
    await store.close();
    const sent = log.filter((entry) => entry.kind === 'visitor_message');
    expect(sent.map((entry) => entry.clientId).toSorted()).toEqual(outbox.map((m) => m.clientId).toSorted());
    expect(log.map((entry) => entry.seq)).toEqual(log.map((_, index) => index + 1));
    for (const message of outbox) {
      expect(log.find((entry) => entry.clientId === message.clientId)?.seq).toBe(message.seq);
    }
    const held = [...visitor.seen.entries, ...resumed.resumed.entries, ...resumed.seen.entries];
    expect(seqsOf(held)).toEqual(log.map((entry) => entry.seq));
    // Fan-out is not durable: what the killed process committed but had not yet published reaches the agent
    // when their console sees the gap and catches up, as the console does.
    const caughtUp = await ada.socket.emitWithAck('conversation:open', {
      conversationId,
      lastSeq: contiguousEnd(ada.seen.entries),
    });
    expect(seqsOf([...ada.seen.entries, ...caughtUp.entries]).slice(-sent.length)).toEqual(
      sent.map((entry) => entry.seq),
    );
    console.log(
      `node kill: ${acknowledgedBeforeKill} of ${outbox.length} messages acknowledged before SIGKILL, ` +
        `${outbox.length - acknowledgedBeforeKill} resent after resuming on another process; ` +
        `log ${log.length} entries, gap-free, each client id once`,
    );
    await killedNode.start();
    resumed.socket.disconnect();
    ada.socket.disconnect();
  });
});
