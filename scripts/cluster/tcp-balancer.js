/**
 * A loopback TCP load balancer, as a site puts in front of several relay processes: each new connection goes
 * to the next process in turn, skipping any that refuses (a killed process), so clients whose process died
 * reconnect to a live one. Connection-level, with no sticky sessions: clients behind it use WebSocket only.
 */
import { connect, createServer } from 'node:net';

/**
 * @typedef {object} TcpBalancer
 * @property {string} url
 * @property {() => Promise<void>} close
 */

/**
 * @param {readonly number[]} ports The relay processes' loopback ports.
 * @returns {Promise<TcpBalancer>}
 */
export function startTcpBalancer(ports) {
  let next = 0;
  /** @type {Set<import('node:net').Socket>} */
  const open = new Set();

  /**
   * Connects `client` to the next process that accepts, trying each at most once.
   * @param {import('node:net').Socket} client
   * @param {number} triesLeft
   */
  function forward(client, triesLeft) {
    const port = /** @type {number} */ (ports[next++ % ports.length]);
    const upstream = connect(port, '127.0.0.1');
    let isConnected = false;
    open.add(upstream);
    upstream.once('connect', () => {
      isConnected = true;
      client.pipe(upstream).pipe(client);
      client.resume();
    });
    upstream.on('error', () => {
      // Refused before connecting: that process is down, so the next one is tried instead.
      if (!isConnected && triesLeft > 1 && !client.destroyed) forward(client, triesLeft - 1);
      else client.destroy();
    });
    upstream.once('close', () => {
      open.delete(upstream);
      if (isConnected) client.destroy();
    });
    client.once('close', () => upstream.destroy());
  }

  const server = createServer({ pauseOnConnect: true }, (client) => {
    open.add(client);
    client.once('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    forward(client, ports.length);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            for (const socket of open) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
