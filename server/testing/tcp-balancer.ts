/**
 * A TCP load balancer for tests: each new connection goes to the first backend, in order, that accepts it.
 * When a relay stops listening, new connections go to the next one, as a balancer's health checks would
 * send them; connections already open stay where they are.
 */
import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TcpBalancer {
  /** Such as `http://127.0.0.1:40123`. */
  url: string;
  /** The backend port each connection so far went to, in order. */
  routed: number[];
  close(): Promise<void>;
}

/** Connects to the first of `ports` that accepts, or null when none does. */
function connectToFirst(ports: readonly number[]): Promise<{ upstream: Socket; port: number } | null> {
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

export async function startTcpBalancer(ports: readonly number[]): Promise<TcpBalancer> {
  const open = new Set<Socket>();
  const routed: number[] = [];
  const server = createServer((client) => {
    open.add(client);
    client.once('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    client.pause();
    void connectToFirst(ports).then((chosen) => {
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routed,
    close() {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
