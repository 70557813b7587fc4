/**
 * Handoff latency on Switchboard: N visitors each send one message and get the bot's answer, so N
 * conversations are open and bot-owned; then one agent, whose console is subscribed to the inbox as a real
 * console is, takes them over one by one. Each latency runs from the agent's `conversation:claim` to that
 * visitor's socket receiving the `agent_joined` entry, the line that tells the visitor a person is there.
 */
import { performance } from 'node:perf_hooks';
import { forEachConcurrently } from './concurrently.js';
import { eventNameOf } from './engine-packets.js';
import { percentile } from './percentile.js';
import { connectAgent, connectVisitor, expectOk } from './switchboard-clients.js';
import { signIn } from '../chaos/sign-in.js';

/** @typedef {import('./light-socket.js').LightSocket} LightSocket */
/** @typedef {import('./relay-pairs.js').SwitchboardAccess} SwitchboardAccess */
/** @typedef {import('./server-process.js').ServerProcess} ServerProcess */
/** @typedef {import('../../protocol/visitor-events.js').Appended} Appended */

/**
 * @typedef {object} HandoffResult
 * @property {number} p50Ms
 * @property {number} p99Ms
 * @property {number} maxMs
 */

/** A question the demo knowledge base answers, so each conversation holds a real bot turn. */
const QUESTION = 'How long does delivery take?';
const CONNECT_CONCURRENCY = 50;
const ENTRY_TIMEOUT_MS = 10_000;

/**
 * Resolves once `socket` receives an `entry:added` whose body holds `marker`.
 * @param {LightSocket} socket
 * @param {string} marker
 * @returns {Promise<number>} When it arrived, on the driver's clock.
 */
function nextEntryWith(socket, marker) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      remove();
      reject(new Error(`No entry with ${marker} within ${ENTRY_TIMEOUT_MS} ms.`));
    }, ENTRY_TIMEOUT_MS);
    const remove = socket.onEvent((data) => {
      if (eventNameOf(data) !== 'entry:added' || !data.includes(marker)) return;
      const at = performance.now();
      clearTimeout(timer);
      remove();
      resolve(at);
    });
  });
}

/**
 * @param {object} options
 * @param {ServerProcess} options.server
 * @param {number} options.conversations
 * @param {SwitchboardAccess} options.access
 * @returns {Promise<HandoffResult>}
 */
export async function measureHandoff({ server, conversations, access }) {
  /** @type {{ visitor: LightSocket, conversationId: string }[]} */
  const open = [];
  const agent = await connectAgent(
    server.url,
    await signIn(server.url, access.agent.email, access.agent.password),
  );
  try {
    await expectOk(agent.request('inbox:subscribe', {}), 'inbox:subscribe');
    await forEachConcurrently(conversations, CONNECT_CONCURRENCY, async (index) => {
      const visitor = await connectVisitor(server.url, access.siteId);
      open[index] = { visitor, conversationId: '' };
      const answered = nextEntryWith(visitor, '"bot_message"');
      /** @type {Appended} */
      const appended = await expectOk(
        visitor.request('message:send', { clientId: 'question', text: QUESTION }),
        'The question',
      );
      open[index] = { visitor, conversationId: appended.conversationId };
      await answered;
    });

    /** @type {number[]} */
    const latencies = [];
    for (const { visitor, conversationId } of open) {
      const joined = nextEntryWith(visitor, '"agent_joined"');
      const claimedAt = performance.now();
      const claimed = expectOk(agent.request('conversation:claim', { conversationId }), 'conversation:claim');
      const [joinedAt] = await Promise.all([joined, claimed]);
      latencies.push(joinedAt - claimedAt);
    }
    return {
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: percentile(latencies, 100),
    };
  } finally {
    agent.close();
    for (const conversation of open) conversation?.visitor.close();
  }
}
