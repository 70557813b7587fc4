import { describe, expect, it } from 'vitest';
import { decodePacket, encodeConnect, encodeEvent, eventNameOf } from './engine-packets.js';

describe('encodeConnect', () => {
  it('names the namespace and carries the auth object', () => {
    expect(encodeConnect('/visitor', { protocolVersion: 1, token: null })).toBe(
      '40/visitor,{"protocolVersion":1,"token":null}',
    );
  });

  it('leaves the main namespace unnamed', () => {
    expect(encodeConnect('/', {})).toBe('40{}');
  });
});

describe('encodeEvent', () => {
  it('puts the ack id between the namespace and the body', () => {
    expect(encodeEvent('/visitor', 'message:send', { clientId: 'c1', text: 'hi' }, 12)).toBe(
      '42/visitor,12["message:send",{"clientId":"c1","text":"hi"}]',
    );
  });

  it('sends no ack id when none is asked for', () => {
    expect(encodeEvent('/agent', 'inbox:subscribe', {})).toBe('42/agent,["inbox:subscribe",{}]');
  });
});

describe('decodePacket', () => {
  it('reads the open handshake', () => {
    expect(decodePacket('0{"sid":"abc","pingInterval":25000}')).toEqual({
      kind: 'open',
      data: '{"sid":"abc","pingInterval":25000}',
    });
  });

  it('reads heartbeats and closes', () => {
    expect(decodePacket('2')).toEqual({ kind: 'ping' });
    expect(decodePacket('3')).toEqual({ kind: 'pong' });
    expect(decodePacket('1')).toEqual({ kind: 'close' });
    expect(decodePacket('6')).toEqual({ kind: 'noop' });
  });

  it('reads an acknowledgement with its namespace and id', () => {
    expect(decodePacket('43/visitor,17[{"ok":true,"seq":4}]')).toEqual({
      kind: 'socket',
      packet: { type: 'ack', namespace: '/visitor', ackId: 17, data: '[{"ok":true,"seq":4}]' },
    });
  });

  it('reads an event without an ack id', () => {
    expect(decodePacket('42/agent,["entry:added",{"seq":3}]')).toEqual({
      kind: 'socket',
      packet: { type: 'event', namespace: '/agent', ackId: null, data: '["entry:added",{"seq":3}]' },
    });
  });

  it('reads a connect answer and a refusal', () => {
    expect(decodePacket('40/visitor,{"sid":"x"}')).toMatchObject({
      packet: { type: 'connect', namespace: '/visitor', data: '{"sid":"x"}' },
    });
    expect(decodePacket('44/agent,{"message":"no","data":{"code":"unauthorized"}}')).toMatchObject({
      packet: { type: 'connect_error', namespace: '/agent' },
    });
  });

  it('reads packets of the main namespace', () => {
    expect(decodePacket('42["ping",1]')).toEqual({
      kind: 'socket',
      packet: { type: 'event', namespace: '/', ackId: null, data: '["ping",1]' },
    });
  });

  it('reads a namespace with no body after it', () => {
    expect(decodePacket('41/visitor,')).toEqual({
      kind: 'socket',
      packet: { type: 'disconnect', namespace: '/visitor', ackId: null, data: '' },
    });
  });

  it('refuses binary packets and unknown types', () => {
    expect(() => decodePacket('451-["x",{"_placeholder":true,"num":0}]')).toThrow(/Unsupported/);
    expect(() => decodePacket('9')).toThrow(/Unsupported/);
  });

  it('round-trips what it encodes', () => {
    const decoded = decodePacket(encodeEvent('/visitor', 'message:send', { text: 'a,b' }, 3));
    expect(decoded).toEqual({
      kind: 'socket',
      packet: { type: 'event', namespace: '/visitor', ackId: 3, data: '["message:send",{"text":"a,b"}]' },
    });
  });
});

describe('eventNameOf', () => {
  it('reads the name without parsing the payload', () => {
    expect(eventNameOf('["entry:added",{"text":"\\"quoted\\""}]')).toBe('entry:added');
  });

  it('answers null for a body that is not an event', () => {
    expect(eventNameOf('[{"ok":true}]')).toBeNull();
    expect(eventNameOf('')).toBeNull();
  });
});
