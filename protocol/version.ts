/**
 * The wire protocol's version. A client sends it in its Socket.IO handshake; the relay refuses a version it
 * does not speak with `unsupported_protocol`, so an old cached widget fails loudly instead of misbehaving.
 */
export const PROTOCOL_VERSION = 1;
