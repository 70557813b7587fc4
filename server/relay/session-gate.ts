import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from 'socket.io';

/** How long a client refused while the relay drains is asked to wait: by then the balancer knows. */
const RETRY_AFTER_SECONDS = 2;

/**
 * While `isClosed()`, answers every request that would open a new Engine.IO session (one without a `sid`)
 * with 503, so a draining relay takes no new clients while the ones it has finish their work. Socket.IO
 * clients treat it as a failed attempt and try again, with backoff, by which time the load balancer has
 * seen `/readyz` answer 503 and sends them elsewhere. Requests of sessions already open pass.
 */
export function refuseNewSessionsWhen(io: Server, isClosed: () => boolean): void {
  io.engine.use((request: IncomingMessage, response: ServerResponse, next: (error?: Error) => void) => {
    const isNewSession = !new URL(request.url ?? '/', 'http://relay').searchParams.has('sid');
    if (!isClosed() || !isNewSession) return next();
    // A WebSocket upgrade has no real response: Engine.IO closes its socket when told of the error.
    response.writeHead(503, {
      'Retry-After': String(RETRY_AFTER_SECONDS),
      'Content-Type': 'application/json',
    });
    response.end(JSON.stringify({ error: { code: 'internal', message: 'This relay is shutting down.' } }));
    next(new Error('draining'));
  });
}
