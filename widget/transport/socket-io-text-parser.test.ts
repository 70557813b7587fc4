import * as socketIoParser from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import { Decoder, Encoder, PacketType, type Packet } from './socket-io-text-parser.js';

/** Packets as the `/visitor` namespace exchanges them. */
const PACKETS: Packet[] = [
  { type: PacketType.CONNECT, nsp: '/visitor', data: { protocolVersion: 1, siteId: 'demo', token: null } },
  { type: PacketType.CONNECT, nsp: '/visitor', data: { sid: 'abc' } },
  { type: PacketType.CONNECT, nsp: '/', data: { sid: 'abc' } },
  { type: PacketType.DISCONNECT, nsp: '/visitor' },
  {
    type: PacketType.EVENT,
    nsp: '/visitor',
    id: 12,
    data: ['message:send', { clientId: 'c1', text: 'Hi, "you" 1,2' }],
  },
  {
    type: PacketType.EVENT,
    nsp: '/visitor',
    data: ['typing:changed', { isTyping: true, agent: { id: 'a', name: 'Ålice 🙂' } }],
  },
  {
    type: PacketType.ACK,
    nsp: '/visitor',
    id: 7,
    data: [{ ok: false, error: { code: 'internal', message: 'x' } }],
  },
  {
    type: PacketType.CONNECT_ERROR,
    nsp: '/visitor',
    data: { message: 'Refused', data: { code: 'unauthorized' } },
  },
  { type: PacketType.EVENT, nsp: '/', id: 3, data: ['queue:updated', null] },
];

function decodeWith(
  decoder: { add(text: string): void; on(event: 'decoded', listener: (packet: unknown) => void): unknown },
  text: string,
) {
  let decoded: unknown;
  decoder.on('decoded', (packet) => {
    decoded = packet;
  });
  decoder.add(text);
  return decoded;
}

describe('Socket.IO text parser', () => {
  it('writes each packet exactly as socket.io-parser does', () => {
    for (const packet of PACKETS) {
      expect(new Encoder().encode(packet)).toEqual(new socketIoParser.Encoder().encode(packet));
    }
  });

  it('reads what socket.io-parser writes into the same packet', () => {
    for (const packet of PACKETS) {
      const [text] = new socketIoParser.Encoder().encode(packet) as string[];
      expect(decodeWith(new Decoder(), text as string)).toEqual(
        decodeWith(new socketIoParser.Decoder(), text as string),
      );
    }
  });

  it('refuses unknown types and bad payloads, as socket.io-parser does', () => {
    const refused: Array<[text: string, ours: string, theirs: string]> = [
      ['9', 'Unsupported packet.', 'unknown packet type 9'],
      ['2/visitor,{"a":1}', 'Invalid payload.', 'invalid payload'],
      ['2["connect"]', 'Invalid payload.', 'invalid payload'],
      ['3/visitor,1{', 'Invalid payload.', 'invalid payload'],
      ['1/visitor,"x"', 'Invalid payload.', 'invalid payload'],
    ];
    for (const [text, ours, theirs] of refused) {
      expect(() => new Decoder().add(text)).toThrow(ours);
      expect(() => new socketIoParser.Decoder().add(text)).toThrow(theirs);
    }
  });

  it('refuses a binary packet, which the relay never sends the frame', () => {
    expect(() => new Decoder().add('51-/visitor,["x",{"_placeholder":true,"num":0}]')).toThrow(
      'Unsupported packet.',
    );
  });
});
