import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AudienceAwareAdapter } from './audience-adapter.js';

/**
 * A real Socket.IO server on the adapter, with two connected tabs: 'tab-a' and 'tab-b' are the server-side
 * ids of the sockets that joined the rooms of the same names, 'visitor' holds both, and 'lonely' only 'tab-a'.
 */
let httpServer: HttpServer;
let server: Server;
const tabs: ClientSocket[] = [];
const serverIds = new Map<string, string>();

beforeAll(async () => {
  httpServer = createServer();
  server = new Server(httpServer, { adapter: AudienceAwareAdapter });
  server.on('connection', (socket) => {
    const tab = socket.handshake.auth['tab'] as string;
    serverIds.set(tab, socket.id);
    void socket.join(tab === 'tab-a' ? ['visitor', 'lonely', tab] : ['visitor', tab]);
    socket.on('echo', (payload: unknown, answer: (reply: unknown) => void) => answer(payload));
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  for (const tab of ['tab-a', 'tab-b']) {
    const socket = connect(`http://127.0.0.1:${port}`, { auth: { tab }, transports: ['websocket'] });
    socket.on('ask', (answer: (reply: string) => void) => answer(tab));
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    tabs.push(socket);
  }
  // The server joins its rooms as it accepts the connection; an answered event shows it has.
  await Promise.all(tabs.map((socket) => socket.emitWithAck('echo', null)));
});

afterAll(async () => {
  for (const socket of tabs) socket.close();
  await server.close();
});

/**
 * A payload that counts how often Socket.IO looked into it to encode it: its encoder calls `toJSON` as it
 * checks the packet for binary data and again as it stringifies it.
 */
function countingPayload() {
  const payload = {
    encodingReads: 0,
    toJSON() {
      payload.encodingReads += 1;
      return { text: 'hello' };
    },
  };
  return payload;
}

/** Resolves with what `socket` receives as `event` next. */
function nextEvent(socket: ClientSocket, event: string): Promise<unknown> {
  return new Promise((resolve) => socket.once(event, resolve));
}

describe('AudienceAwareAdapter', () => {
  it('does not encode a broadcast to a room nobody is in', () => {
    const payload = countingPayload();
    server.to('nobody').emit('note', payload);
    expect(payload.encodingReads).toBe(0);
  });

  it('does not encode a broadcast whose only member is left out', () => {
    const payload = countingPayload();
    server
      .to('lonely')
      .except(serverIds.get('tab-a') as string)
      .emit('note', payload);
    expect(payload.encodingReads).toBe(0);
  });

  it('encodes a broadcast and delivers it to every member not left out', async () => {
    const payload = countingPayload();
    const received = nextEvent(tabs[1] as ClientSocket, 'note');
    server.to('visitor').except('tab-a').emit('note', payload);
    expect(payload.encodingReads).toBeGreaterThan(0);
    expect(await received).toEqual({ text: 'hello' });
  });

  it('delivers a broadcast to every socket when it names no room', async () => {
    const payload = countingPayload();
    const received = tabs.map((socket) => nextEvent(socket, 'note'));
    server.emit('note', payload);
    expect(await Promise.all(received)).toEqual([{ text: 'hello' }, { text: 'hello' }]);
  });

  it('does not encode a broadcast to every socket when each is left out', () => {
    const payload = countingPayload();
    server.except('visitor').emit('note', payload);
    expect(payload.encodingReads).toBe(0);
  });

  it('answers a broadcast that expects acknowledgements with none when nobody is in the room', async () => {
    expect(await server.to('nobody').timeout(1000).emitWithAck('ask')).toEqual([]);
  });

  it('gathers the acknowledgements of the room members', async () => {
    const answers = await server.to('visitor').timeout(1000).emitWithAck('ask');
    expect(answers.toSorted()).toEqual(['tab-a', 'tab-b']);
  });
});
