/**
 * A loopback TCP load balancer, as a site puts in front of several relay processes. Each new connection goes
 * to the first process, in the balancer's order, that accepts it, so clients whose process died or stopped
 * listening reconnect to a live one; connections already open stay where they are. Connection-level, with
 * no sticky sessions: clients behind it use WebSocket only. Shared by the multi-node harness and the
 * graceful-drain test.
 */
import { connect, createServer } from 'node:net';

/** @typedef {import('node:net').Socket} Socket */

/**
 * @typedef {object} TcpBalancer
 * @property {string} url Such as `http://127.0.0.1:40123`.
 * @property {number[]} routed The process port each connection so far went to, in order.
 * @property {() => Promise<void>} close
 */

/**
 * Connects to the first of `ports` that accepts, or null when none does.
 * @param {readonly number[]} ports
 * @returns {Promise<{ upstream: Socket, port: number } | null>}
 */
function connectToFirst(ports) {
  const [port, ...rest] = ports;
  if (port === undefined) return Promise.resolve(null);
  return new Promise((resolve) => {
    const upstream = connect(port, '127.0.0.1');
    upstream.once('connect', () => {
      upstream.removeAllListeners('error');
      resolve({ upstream, port });
    });
    upstream.once('error', () => resolve(connectToFirst(rest)));
  });
}

/**
 * @param {readonly number[]} ports The relay processes' loopback ports.
 * @param {{ order?: 'round-robin' | 'in-turn-from-first' }} [options] `round-robin` (the default) spreads
 *   connections over the processes; `in-turn-from-first` sends them all to the first live one.
 * @returns {Promise<TcpBalancer>}
 */
export async function startTcpBalancer(ports, { order = 'round-robin' } = {}) {
  /** @type {Set<Socket>} */
  const open = new Set();
  /** @type {number[]} */
  const routed = [];
  let next = 0;

  /** The processes to try for the next connection, in order. */
  function candidates() {
    if (order === 'in-turn-from-first') return ports;
    const start = next++ % ports.length;
    return [...ports.slice(start), ...ports.slice(0, start)];
  }

  const server = createServer((client) => {
    open.add(client);
    client.once('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    client.pause();
    void connectToFirst(candidates()).then((chosen) => {
      if (chosen === null || client.destroyed) {
        chosen?.upstream.destroy();
        client.destroy();
        return;
      }
      const { upstream, port } = chosen;
      routed.push(port);
      open.add(upstream);
      upstream.once('close', () => {
        open.delete(upstream);
        client.destroy();
      });
      upstream.on('error', () => upstream.destroy());
      client.once('close', () => upstream.destroy());
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    routed,
    close() {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
