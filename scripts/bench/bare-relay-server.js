/**
 * Server (a), the baseline: a bare Socket.IO relay with the same server options as Switchboard's, that
 * pairs the visitor and the agent socket whose handshakes carry the same `auth.pair`, and forwards each
 * `message:send` to the partner as `entry:added`, with no validation and no storage. It acknowledges each
 * send so that the driver runs both relays in the same closed loop. Runs as a child of the benchmark.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { serveUnderTest } from './child-channel.js';

/** Switchboard's limit (server/relay/create-relay.ts), so both relays parse the same packets. */
const MAX_PACKET_BYTES = 64 * 1024;

/** @typedef {import('socket.io').Socket} Socket */

await serveUnderTest(async () => {
  const httpServer = createServer();
  const io = new Server(httpServer, { maxHttpBufferSize: MAX_PACKET_BYTES, serveClient: false });
  /** @type {Map<string, { visitor?: Socket, agent?: Socket }>} */
  const pairs = new Map();

  /**
   * @param {'visitor' | 'agent'} side
   * @param {'visitor' | 'agent'} partnerSide
   */
  function attach(side, partnerSide) {
    io.of(`/${side}`).on('connection', (socket) => {
      const pairId = socket.handshake.auth['pair'];
      // An idle visitor (the memory measurement) has no partner and waits alone.
      if (typeof pairId !== 'string') return;
      const pair = pairs.get(pairId) ?? {};
      pair[side] = socket;
      pairs.set(pairId, pair);
      socket.on('message:send', (payload, ack) => {
        pair[partnerSide]?.emit('entry:added', payload);
        if (typeof ack === 'function') ack({ ok: true });
      });
      socket.on('disconnect', () => {
        delete pair[side];
        if (!pair.visitor && !pair.agent) pairs.delete(pairId);
      });
    });
  }
  attach('visitor', 'agent');
  attach('agent', 'visitor');

  await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = httpServer.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => void io.close(() => resolve(undefined))),
  };
});
