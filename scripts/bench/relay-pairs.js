/**
 * Pairs of a visitor and an agent socket, connected so that what the visitor sends reaches the agent, on
 * either server. On the bare relay a shared `auth.pair` is all it takes. On Switchboard each visitor starts
 * a conversation, which an agent takes over and opens, as a console does: the bot is then silent and every
 * visitor message fans out to the visitor's tab and to that console, which is the path the benchmark
 * measures.
 */
import { forEachConcurrently } from './concurrently.js';
import { connectLightSocket } from './light-socket.js';
import { connectAgent, connectVisitor, expectOk, startConversation } from './switchboard-clients.js';
import { signIn } from '../chaos/sign-in.js';

/** @typedef {import('./light-socket.js').LightSocket} LightSocket */
/** @typedef {import('./server-process.js').ServerProcess} ServerProcess */

/**
 * @typedef {object} Pair
 * @property {number} index
 * @property {LightSocket} visitor
 * @property {LightSocket} agent
 */

/**
 * @typedef {object} SwitchboardAccess
 * @property {string} siteId
 * @property {{ email: string, password: string }} agent
 */

/** Handshakes under way at once while the pairs connect. */
const CONNECT_CONCURRENCY = 20;

/**
 * @param {string} url
 * @param {number} index
 * @returns {Promise<Pair>}
 */
async function connectBarePair(url, index) {
  const pair = `pair-${index}`;
  const agent = await connectLightSocket({ url, namespace: '/agent', auth: { pair } });
  const visitor = await connectLightSocket({ url, namespace: '/visitor', auth: { pair } });
  return { index, visitor, agent };
}

/**
 * @param {string} url
 * @param {string} cookie
 * @param {string} siteId
 * @param {number} index
 * @returns {Promise<Pair>}
 */
async function connectSwitchboardPair(url, cookie, siteId, index) {
  const visitor = await connectVisitor(url, siteId);
  const conversationId = await startConversation(visitor, 'Hello');
  const agent = await connectAgent(url, cookie);
  await expectOk(agent.request('conversation:claim', { conversationId }), 'conversation:claim');
  await expectOk(agent.request('conversation:open', { conversationId, lastSeq: 0 }), 'conversation:open');
  return { index, visitor, agent };
}

/**
 * Connects `count` pairs to `server`.
 * @param {ServerProcess} server
 * @param {number} count
 * @param {SwitchboardAccess} access
 * @returns {Promise<Pair[]>}
 */
export async function connectPairs(server, count, access) {
  const cookie =
    server.kind === 'switchboard' ? await signIn(server.url, access.agent.email, access.agent.password) : '';
  /** @type {Pair[]} */
  const pairs = [];
  await forEachConcurrently(count, CONNECT_CONCURRENCY, async (index) => {
    pairs[index] =
      server.kind === 'bare'
        ? await connectBarePair(server.url, index)
        : await connectSwitchboardPair(server.url, cookie, access.siteId, index);
  });
  return pairs;
}

/** @param {readonly Pair[]} pairs */
export function closePairs(pairs) {
  for (const { visitor, agent } of pairs) {
    visitor.close();
    agent.close();
  }
}
