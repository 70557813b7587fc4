/**
 * The text packets of Engine.IO v4 and Socket.IO v5 that the light driver speaks, over WebSocket only.
 * An Engine.IO packet is one digit (its type) and a body; a Socket.IO packet rides inside an Engine.IO
 * `message` (4) as `<type digit>[/<namespace>,][<ack id>][<JSON>]`. Binary packets are not needed (every
 * payload here is JSON), so they are refused rather than half-supported. Bodies are left unparsed: the
 * driver's hot path only needs the event name or the ack id, and parses JSON only when it must.
 */

/** @typedef {'connect' | 'disconnect' | 'event' | 'ack' | 'connect_error'} SocketPacketType */

/** Socket.IO packet types by their digit. */
const SOCKET_PACKET_TYPES = /** @type {const} */ (['connect', 'disconnect', 'event', 'ack', 'connect_error']);

/**
 * @typedef {object} SocketPacket
 * @property {SocketPacketType} type
 * @property {string} namespace `/` when the packet names none.
 * @property {number | null} ackId
 * @property {string} data The JSON body as received, unparsed; empty when there is none.
 */

/**
 * @typedef {{ kind: 'open', data: string }
 *   | { kind: 'close' }
 *   | { kind: 'ping' }
 *   | { kind: 'pong' }
 *   | { kind: 'noop' }
 *   | { kind: 'socket', packet: SocketPacket }} EnginePacket
 */

/** The client's answer to the server's heartbeat ping. */
export const PONG = '3';

/** The path and query of an Engine.IO v4 WebSocket connection without a long-polling start. */
export const WEBSOCKET_PATH = '/socket.io/?EIO=4&transport=websocket';

/** @param {string} namespace */
function namespacePrefix(namespace) {
  return namespace === '/' ? '' : `${namespace},`;
}

/**
 * Socket.IO's CONNECT for `namespace`, with the handshake's `auth` object.
 * @param {string} namespace
 * @param {object} auth
 */
export function encodeConnect(namespace, auth) {
  return `40${namespacePrefix(namespace)}${JSON.stringify(auth)}`;
}

/**
 * Socket.IO's EVENT: `[event, payload]`, asking for an acknowledgement when `ackId` is a number.
 * @param {string} namespace
 * @param {string} event
 * @param {unknown} payload
 * @param {number | null} [ackId]
 */
export function encodeEvent(namespace, event, payload, ackId = null) {
  return `42${namespacePrefix(namespace)}${ackId ?? ''}${JSON.stringify([event, payload])}`;
}

/**
 * Decodes one WebSocket text frame.
 * @param {string} text
 * @returns {EnginePacket}
 */
export function decodePacket(text) {
  switch (text[0]) {
    case '0':
      return { kind: 'open', data: text.slice(1) };
    case '1':
      return { kind: 'close' };
    case '2':
      return { kind: 'ping' };
    case '3':
      return { kind: 'pong' };
    case '4':
      return { kind: 'socket', packet: decodeSocketPacket(text) };
    case '6':
      return { kind: 'noop' };
    default:
      throw new Error(`Unsupported Engine.IO packet: ${text.slice(0, 40)}`);
  }
}

/**
 * @param {string} text An Engine.IO message: `4` then the Socket.IO packet.
 * @returns {SocketPacket}
 */
function decodeSocketPacket(text) {
  const type = SOCKET_PACKET_TYPES[Number(text[1])];
  if (type === undefined || text[1] === undefined) {
    throw new Error(`Unsupported Socket.IO packet: ${text.slice(0, 40)}`);
  }
  let index = 2;
  let namespace = '/';
  if (text[index] === '/') {
    const comma = text.indexOf(',', index);
    const end = comma === -1 ? text.length : comma;
    namespace = text.slice(index, end);
    index = end + 1;
  }
  let ackEnd = index;
  while (ackEnd < text.length && text.charCodeAt(ackEnd) >= 48 && text.charCodeAt(ackEnd) <= 57) ackEnd++;
  const ackId = ackEnd > index ? Number(text.slice(index, ackEnd)) : null;
  return { type, namespace, ackId, data: text.slice(ackEnd) };
}

/**
 * The event name of an EVENT packet's body, such as `entry:added`, without parsing the rest of it.
 * Event names here never hold a quote, so the first closing quote ends the name.
 * @param {string} data An EVENT packet's body: `["name", ...]`.
 * @returns {string | null}
 */
export function eventNameOf(data) {
  if (!data.startsWith('["')) return null;
  const end = data.indexOf('"', 2);
  return end === -1 ? null : data.slice(2, end);
}
