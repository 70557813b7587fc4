import * as engineIoParser from 'engine.io-parser';
import { describe, expect, it } from 'vitest';
import {
  decodePacket,
  decodePayload,
  encodePacket,
  encodePayload,
  type EnginePacket,
} from './engine-io-text-parser.js';

const PACKETS: EnginePacket[] = [
  { type: 'open', data: '{"sid":"abc","upgrades":["websocket"],"pingInterval":25000}' },
  { type: 'ping' },
  { type: 'pong' },
  { type: 'message', data: '2/visitor,["entry:added",{"text":"Hi \u001f ✓"}]' },
  { type: 'message', data: '' },
  { type: 'upgrade' },
  { type: 'noop' },
  { type: 'close' },
];

function encodedBy(encode: typeof encodePacket, packet: EnginePacket): string {
  let text = '';
  encode(packet, false, (encoded) => {
    text = encoded;
  });
  return text;
}

describe('Engine.IO text parser', () => {
  it('writes each packet and payload exactly as engine.io-parser does', () => {
    for (const packet of PACKETS) {
      expect(encodedBy(encodePacket, packet)).toBe(
        encodedBy(engineIoParser.encodePacket as typeof encodePacket, packet),
      );
    }
    let ours = '';
    let theirs = '';
    encodePayload(PACKETS, (payload) => (ours = payload));
    engineIoParser.encodePayload(PACKETS as engineIoParser.Packet[], (payload) => (theirs = payload));
    expect(ours).toBe(theirs);
  });

  it('reads what engine.io-parser writes into the same packets', () => {
    let payload = '';
    engineIoParser.encodePayload(PACKETS as engineIoParser.Packet[], (encoded) => (payload = encoded));
    expect(decodePayload(payload)).toEqual(engineIoParser.decodePayload(payload));
    for (const text of ['4hello', '2', '6', '42/visitor,1["x"]']) {
      expect(decodePacket(text)).toEqual(engineIoParser.decodePacket(text));
    }
  });

  it('reads an unknown type as a parse error, and stops the payload there', () => {
    expect(decodePacket('9x')).toEqual(engineIoParser.decodePacket('9x'));
    expect(decodePayload('4a\x1ez\x1e4b')).toEqual(engineIoParser.decodePayload('4a\x1ez\x1e4b'));
  });

  it('reads a binary packet as a parse error, as the relay never sends the frame one', () => {
    expect(decodePacket('bAQID')).toEqual({ type: 'error', data: 'parser error' });
    expect(decodePacket(new ArrayBuffer(2))).toEqual({ type: 'error', data: 'parser error' });
  });
});
