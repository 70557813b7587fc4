/**
 * Socket.IO's packet format (protocol 5) for text packets only, as the frame's own Socket.IO client
 * (`namespace-socket.ts`) writes and reads it, without `socket.io-parser`'s binary support. The `/visitor`
 * namespace carries JSON only, so the relay's default parser and this one write the same strings;
 * `socket-io-text-parser.test.ts` checks that against `socket.io-parser` itself. A binary or malformed packet
 * throws, which makes the client start again on a fresh connection.
 */
import { Emitter } from '@socket.io/component-emitter';

/** The protocol version this format belongs to. */
export const protocol = 5;

/** Packet types, numbered as on the wire. */
export const PacketType = {
  CONNECT: 0,
  DISCONNECT: 1,
  EVENT: 2,
  ACK: 3,
  CONNECT_ERROR: 4,
  BINARY_EVENT: 5,
  BINARY_ACK: 6,
} as const;

/** One Socket.IO packet: its type, namespace, acknowledgement id and JSON data. */
export interface Packet {
  type: number;
  nsp: string;
  id?: number;
  data?: unknown;
}

/** Event names Socket.IO itself uses, which a packet from the relay may not carry. */
const RESERVED_EVENTS = new Set([
  'connect',
  'connect_error',
  'disconnect',
  'disconnecting',
  'newListener',
  'removeListener',
]);

/** Type, optional namespace up to a comma, optional ack id, then JSON data. */
const PACKET_SHAPE = /^([0-4])(?:(\/[^,]*),?)?(\d+)?(.*)$/su;

const isObject = (value: unknown): boolean => Object.prototype.toString.call(value) === '[object Object]';

function isDataValid(type: number, data: unknown): boolean {
  switch (type) {
    case PacketType.CONNECT:
      return isObject(data);
    case PacketType.DISCONNECT:
      return data === undefined;
    case PacketType.EVENT:
      return (
        Array.isArray(data) &&
        (typeof data[0] === 'number' || (typeof data[0] === 'string' && !RESERVED_EVENTS.has(data[0])))
      );
    case PacketType.ACK:
      return Array.isArray(data);
    default:
      return typeof data === 'string' || isObject(data);
  }
}

export class Encoder {
  /** The packet as the one string Socket.IO sends. */
  encode(packet: Packet): string[] {
    let text = String(packet.type);
    if (packet.nsp !== '/') text += `${packet.nsp},`;
    if (packet.id !== undefined) text += packet.id;
    if (packet.data !== undefined) text += JSON.stringify(packet.data);
    return [text];
  }
}

export class Decoder extends Emitter<object, object, { decoded: (packet: Packet) => void }> {
  /** Decodes one packet string and emits it as `decoded`; throws on anything malformed or binary. */
  add(text: unknown): void {
    const match = typeof text === 'string' ? PACKET_SHAPE.exec(text) : null;
    if (match === null) throw new Error('Unsupported packet.');
    const [, type, nsp = '/', id, json = ''] = match;
    const packet: Packet = { type: Number(type), nsp };
    if (id !== undefined) packet.id = Number(id);
    try {
      if (json !== '') packet.data = JSON.parse(json);
    } catch {
      throw new Error('Invalid payload.');
    }
    if (!isDataValid(packet.type, packet.data)) throw new Error('Invalid payload.');
    this.emitReserved('decoded', packet);
  }

  destroy(): void {}
}
