import type { ErrorCode } from '../../protocol/errors.js';

/**
 * A refused Socket.IO handshake. Socket.IO sends `data` to the client with the `connect_error` event, so
 * the client sees the stable code, not only the message.
 */
export class HandshakeError extends Error {
  readonly data: { code: ErrorCode };

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.data = { code };
  }
}

/**
 * True when a browser request's `Origin` is the relay's own origin (the chat frame and the console are
 * served from it) or one of `allowedOrigins`. Requests without an Origin header do not come from a web page
 * (browsers always send it on WebSocket and cross-origin requests), so they cannot be cross-site forgeries.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  allowedOrigins: readonly string[] = [],
) {
  if (origin === undefined) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
