import type { ErrorCode } from '../../protocol/errors.js';
import { PROTOCOL_VERSION } from '../../protocol/version.js';

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

/**
 * Adapts an async handshake check to Socket.IO middleware: the socket connects if the check resolves; a
 * `HandshakeError` refuses it with its code, and any other failure with `internal`.
 */
export function asyncHandshake<Socket>(
  checkSocket: (socket: Socket) => Promise<void>,
): (socket: Socket, next: (error?: Error) => void) => void {
  return (socket, next) => {
    checkSocket(socket).then(
      () => next(),
      (error: unknown) =>
        next(error instanceof HandshakeError ? error : new HandshakeError('internal', 'Handshake failed.')),
    );
  };
}

/** Refuses a client that speaks another protocol version than this relay. */
export function requireProtocolVersion(protocolVersion: number): void {
  if (protocolVersion !== PROTOCOL_VERSION) {
    throw new HandshakeError('unsupported_protocol', `This relay speaks protocol ${PROTOCOL_VERSION}.`);
  }
}
