import { Server, type Socket } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { createNamespaceSocket, type NamespaceEvents, type NamespaceSocket } from './namespace-socket.js';

/** A real Socket.IO server on port 0 with a `/visitor` namespace that the test shapes. */
async function startServer(setup: (io: Server) => void) {
  const io = new Server();
  setup(io);
  io.listen(0);
  await new Promise<void>((resolve) => io.httpServer.once('listening', resolve));
  const origin = `http://127.0.0.1:${(io.httpServer.address() as { port: number }).port}`;
  return { io, origin, stop: () => new Promise<void>((resolve) => io.close(() => resolve())) };
}

/** What the client reported, in order, and a way to wait for the next report of a kind. */
function recorder() {
  const reports: unknown[][] = [];
  const waiters: Array<{ kind: string; resolve: (report: unknown[]) => void }> = [];
  const report = (kind: string, ...details: unknown[]): void => {
    const entry = [kind, ...details];
    reports.push(entry);
    const index = waiters.findIndex((waiter) => waiter.kind === kind);
    if (index >= 0) waiters.splice(index, 1)[0]?.resolve(entry);
  };
  const events: NamespaceEvents = {
    connected: () => report('connected'),
    disconnected: () => report('disconnected'),
    refused: (data) => report('refused', data),
    closed: () => report('closed'),
    event: (name, args) => report('event', name, ...args),
  };
  const next = (kind: string): Promise<unknown[]> =>
    new Promise((resolve) => waiters.push({ kind, resolve }));
  return { reports, events, next };
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).toReversed()) await cleanup();
});

async function connectTo(setup: (io: Server) => void, auth: object = { token: 't1' }) {
  const server = await startServer(setup);
  const record = recorder();
  const client: NamespaceSocket = createNamespaceSocket({
    origin: server.origin,
    namespace: '/visitor',
    auth: () => auth,
    events: record.events,
  });
  cleanups.push(server.stop, () => client.close());
  return { server, client, ...record };
}

describe('namespace socket', () => {
  it('connects with the auth payload, hears events and gets acks', async () => {
    let heardAuth: unknown;
    const { client, next } = await connectTo((io) =>
      io.of('/visitor').on('connection', (socket: Socket) => {
        heardAuth = socket.handshake.auth;
        socket.on('message:send', (payload: unknown, ack: (answer: unknown) => void) => {
          ack({ ok: true, echoed: payload });
          socket.emit('entry:added', { seq: 1, text: 'Hi, "you"' });
        });
      }),
    );
    const connected = next('connected');
    client.connect();
    await connected;
    expect(heardAuth).toEqual({ token: 't1' });
    const event = next('event');
    await expect(client.emitWithAck('message:send', { text: 'Hi' }, 5_000)).resolves.toEqual({
      ok: true,
      echoed: { text: 'Hi' },
    });
    expect(await event).toEqual(['event', 'entry:added', { seq: 1, text: 'Hi, "you"' }]);
  });

  it('reports a refused handshake with its data, and does not retry', async () => {
    let attempts = 0;
    const { client, next, reports } = await connectTo((io) =>
      io.of('/visitor').use((_socket, done) => {
        attempts += 1;
        done(Object.assign(new Error('Refused.'), { data: { code: 'unauthorized' } }));
      }),
    );
    const refused = next('refused');
    client.connect();
    expect(await refused).toEqual(['refused', { message: 'Refused.', data: { code: 'unauthorized' } }]);
    expect(reports).toEqual([await refused]);
    expect(attempts).toBe(1);
  });

  it('reconnects by itself when the connection drops, and rejects the acks it waited for', async () => {
    let connections = 0;
    const { client, next } = await connectTo((io) =>
      io.of('/visitor').on('connection', (socket: Socket) => {
        connections += 1;
        // The first connection drops (as when the relay dies) instead of answering.
        socket.on('message:send', () => socket.conn.close());
      }),
    );
    let connected = next('connected');
    client.connect();
    await connected;
    connected = next('connected');
    const disconnected = next('disconnected');
    await expect(client.emitWithAck('message:send', {}, 30_000)).rejects.toThrow('Disconnected.');
    await disconnected;
    await connected;
    expect(connections).toBe(2);
  });

  it('reports the server closing the namespace, and does not retry', async () => {
    const { client, next, reports } = await connectTo((io) =>
      io.of('/visitor').on('connection', (socket: Socket) => {
        socket.on('session:end', () => socket.disconnect(true));
      }),
    );
    const connected = next('connected');
    client.connect();
    await connected;
    const closed = next('closed');
    void client.emitWithAck('session:end', {}, 30_000).catch(() => undefined);
    await closed;
    expect(reports.map(([kind]) => kind)).toEqual(['connected', 'closed']);
  });

  it('refuses to send while not connected', async () => {
    const { client } = await connectTo(() => undefined);
    await expect(client.emitWithAck('message:send', {}, 1_000)).rejects.toThrow('Not connected.');
  });
});
