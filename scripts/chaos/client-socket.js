/**
 * The connection both simulated clients keep: a real socket.io-client socket on its own Manager, relying on
 * Socket.IO's own reconnection (exponential backoff with jitter) to survive relay restarts; half of the
 * clients start on long-polling and upgrade, as browsers do, the others go straight to WebSocket. A
 * connection the relay refused or closed itself is not retried by Socket.IO, so it is restarted here.
 */
import { io } from 'socket.io-client';

/** @typedef {import('socket.io-client').Socket} Socket */
/** @typedef {import('./seeded-random.js').Random} Random */

/** The wire protocol this harness speaks; a version bump fails the type check here until it is reviewed. */
/** @type {typeof import('../../protocol/version.js').PROTOCOL_VERSION} */
export const PROTOCOL_VERSION = 1;
/** How long a command waits for its acknowledgement before the caller resends it. */
const ACK_TIMEOUT_MS = 5000;
/** How long a refused connection waits before it is tried again. */
const REFUSED_RETRY_MS = 500;

/**
 * @param {object} options
 * @param {string} options.url The namespace's URL, such as `http://127.0.0.1:4000/visitor`.
 * @param {Random} options.random
 * @param {Record<string, unknown> | ((reply: (auth: object) => void) => void)} options.auth
 * @param {Record<string, string>} [options.extraHeaders]
 * @param {boolean} [options.isWebSocketOnly] Behind a load balancer without sticky sessions, long-polling
 *   cannot work: its requests would reach different relay processes.
 * @param {() => void} options.onConnect Every (re)connection, before anything else is sent.
 * @param {() => void} options.onDisconnect
 */
export function openClientSocket({
  url,
  random,
  auth,
  extraHeaders,
  isWebSocketOnly,
  onConnect,
  onDisconnect,
}) {
  let isClosed = false;
  let refusals = 0;
  const socket = io(url, {
    autoConnect: false,
    forceNew: true,
    auth,
    ...(extraHeaders ? { extraHeaders } : {}),
    transports: isWebSocketOnly || random.chance(0.5) ? ['websocket'] : ['polling', 'websocket'],
    reconnectionDelay: 200,
    reconnectionDelayMax: 2000,
    randomizationFactor: 0.5,
    timeout: 5000,
  });
  socket.on('connect', onConnect);
  socket.on('disconnect', (reason) => {
    onDisconnect();
    if (reason === 'io server disconnect' && !isClosed) socket.connect();
  });
  socket.on('connect_error', () => {
    if (socket.active || isClosed) return;
    refusals++;
    setTimeout(() => !isClosed && socket.connect(), REFUSED_RETRY_MS);
  });

  return {
    socket,
    connect: () => void socket.connect(),
    isConnected: () => socket.connected,
    isClosed: () => isClosed,
    /** Connected and not closed: worth sending on. */
    isActive: () => socket.connected && !isClosed,
    close() {
      isClosed = true;
      socket.disconnect();
    },
    /** Closes the transport under the client, as a network drop would; Socket.IO reconnects it. */
    drop() {
      if (!socket.connected) return false;
      socket.io.engine.close();
      return true;
    },
    /** Handshakes the relay refused. */
    refusals: () => refusals,
  };
}

/**
 * Emits a command and waits for its acknowledgement. Rejects at once while disconnected, rather than letting
 * Socket.IO buffer the command and send it ahead of the resume; the caller resends it.
 * @param {Socket} socket
 * @param {string} event
 * @param {unknown} payload
 * @returns {Promise<unknown>}
 */
export function emitWithAck(socket, event, payload) {
  if (!socket.connected) return Promise.reject(new Error('Not connected.'));
  return socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, payload);
}
