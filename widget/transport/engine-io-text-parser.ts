/**
 * Engine.IO's packet format (protocol 4) for text packets only, in place of `engine.io-parser` in the chat
 * frame's build (an alias in `vite.frame.config.ts`), which saves its binary and base64 handling. The relay
 * sends the frame text only; a binary packet reads as Engine.IO's parse error, which closes the connection
 * for Socket.IO to open again. `engine-io-text-parser.test.ts` checks it against `engine.io-parser` itself.
 */

/** The protocol version this format belongs to. */
export const protocol = 4;

/** One Engine.IO packet. */
export interface EnginePacket {
  type: string;
  data?: string;
}

const TYPES = ['open', 'close', 'ping', 'pong', 'message', 'upgrade', 'noop'];
/** Separates packets in a long-polling payload. */
const SEPARATOR = '\x1e';
const ERROR_PACKET: EnginePacket = { type: 'error', data: 'parser error' };

/** Calls back (at once) with the packet as text: its type's digit, then its data. */
export function encodePacket(
  packet: EnginePacket,
  _supportsBinary: boolean,
  callback: (text: string) => void,
): void {
  callback(TYPES.indexOf(packet.type) + (packet.data || ''));
}

export function decodePacket(text: unknown): EnginePacket {
  const type = typeof text === 'string' ? TYPES[Number(text[0])] : undefined;
  if (type === undefined || !/^\d/u.test(text as string)) return ERROR_PACKET;
  return (text as string).length > 1 ? { type, data: (text as string).slice(1) } : { type };
}

/** Calls back with the packets as one long-polling payload. */
export function encodePayload(packets: EnginePacket[], callback: (payload: string) => void): void {
  const texts: string[] = [];
  for (const packet of packets) encodePacket(packet, false, (text) => texts.push(text));
  callback(texts.join(SEPARATOR));
}

/** The packets of a long-polling payload, up to the first one that is not understood. */
export function decodePayload(payload: string): EnginePacket[] {
  const packets: EnginePacket[] = [];
  for (const text of payload.split(SEPARATOR)) {
    const packet = decodePacket(text);
    packets.push(packet);
    if (packet === ERROR_PACKET) break;
  }
  return packets;
}
