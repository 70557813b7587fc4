import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** Every TCP connection a server has open, HTTP and upgraded (WebSocket) alike. */
export interface OpenConnections {
  /** Destroys them all at once. */
  destroyAll(): void;
}

/**
 * Tracks `server`'s connections from now on. Node's `closeAllConnections` leaves out upgraded ones, and a
 * WebSocket peer that never answers the closing handshake would otherwise keep its connection, and so the
 * server, open for the `ws` library's 30-second close timeout.
 */
export function trackOpenConnections(server: Server): OpenConnections {
  const open = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  });
  return {
    destroyAll() {
      for (const socket of open) socket.destroy();
    },
  };
}
