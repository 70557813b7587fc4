/**
 * The visitor and the agent as Switchboard's widget and console are to the relay, on light sockets: the
 * visitor's handshake and `session:resume`, the agent's sign-in over HTTP and cookie handshake, and the
 * commands the benchmark sends, each checked for `ok: true` so a refusal stops the run instead of being
 * measured as a fast answer.
 */
import { connectLightSocket } from './light-socket.js';

/** @typedef {import('./light-socket.js').LightSocket} LightSocket */
/** @typedef {import('../../protocol/visitor-events.js').ResumeResult} ResumeResult */
/** @typedef {import('../../protocol/visitor-events.js').Appended} Appended */
/** @typedef {import('../../protocol/conversation.js').VisitorContext} VisitorContext */

/** The wire protocol the driver speaks; a version bump fails the type check here until it is reviewed. */
/** @type {typeof import('../../protocol/version.js').PROTOCOL_VERSION} */
const PROTOCOL_VERSION = 1;
/** @type {typeof import('../../protocol/visitor-events.js').VISITOR_NAMESPACE} */
const VISITOR_NAMESPACE = '/visitor';
/** @type {typeof import('../../protocol/agent-events.js').AGENT_NAMESPACE} */
const AGENT_NAMESPACE = '/agent';

/** @type {VisitorContext} */
const BENCH_PAGE = {
  pageUrl: 'http://127.0.0.1/bench',
  pageTitle: 'Relay benchmark',
  referrer: null,
  locale: 'en-GB',
};

/**
 * Resolves with the acknowledgement when it says `ok: true`, and rejects with its error otherwise.
 * @template {object} Result
 * @param {Promise<unknown>} acknowledgement
 * @param {string} what
 * @returns {Promise<Result>}
 */
export async function expectOk(acknowledgement, what) {
  const ack = /** @type {{ ok: boolean, error?: { code: string, message: string } }} */ (
    await acknowledgement
  );
  if (!ack.ok) throw new Error(`${what} was refused: ${ack.error?.code} ${ack.error?.message}`);
  return /** @type {Result} */ (/** @type {unknown} */ (ack));
}

/**
 * A new visitor's widget: the handshake without a token, then `session:resume` as the widget sends it on
 * every connection, which gives the visitor their token.
 * @param {string} url
 * @param {string} siteId
 * @returns {Promise<LightSocket>}
 */
export async function connectVisitor(url, siteId) {
  const socket = await connectLightSocket({
    url,
    namespace: VISITOR_NAMESPACE,
    auth: { protocolVersion: PROTOCOL_VERSION, siteId, token: null },
  });
  await expectOk(
    socket.request('session:resume', { conversationId: null, lastSeq: 0, context: BENCH_PAGE }),
    'session:resume',
  );
  return socket;
}

/**
 * An agent's console, connected with the session cookie.
 * @param {string} url
 * @param {string} cookie
 */
export function connectAgent(url, cookie) {
  return connectLightSocket({
    url,
    namespace: AGENT_NAMESPACE,
    auth: { protocolVersion: PROTOCOL_VERSION },
    headers: { cookie },
  });
}

/**
 * The visitor's first message, which starts their conversation; answers the conversation's id.
 * @param {LightSocket} visitor
 * @param {string} text
 */
export async function startConversation(visitor, text) {
  /** @type {Appended} */
  const appended = await expectOk(
    visitor.request('message:send', { clientId: 'first-message', text }),
    'The first message',
  );
  return appended.conversationId;
}
