/**
 * Every refusal the relay can give, as a stable code a client may branch on. The human-readable `message`
 * next to it may change between releases; the codes may not.
 */
export type ErrorCode =
  /** The payload failed its schema: wrong type, missing or extra field, out-of-range value. */
  | 'invalid_payload'
  /** The client speaks a protocol version the relay does not. */
  | 'unsupported_protocol'
  /** No site has the id the client gave. */
  | 'unknown_site'
  /** The request came from an origin the site does not allow. */
  | 'origin_not_allowed'
  /** No valid visitor token or agent session came with the request. */
  | 'unauthorized'
  /** The signed-in agent's role does not allow this. */
  | 'forbidden'
  /** The conversation does not exist, or is not visible to the caller. */
  | 'conversation_not_found'
  /** Another agent owns the conversation: a claim lost the race, or came after it. */
  | 'conversation_taken'
  /** The caller does not own the conversation, so it cannot speak in it or hand it on. */
  | 'not_owner'
  /** The visitor already asked for a person and is waiting. */
  | 'already_waiting'
  /** The visitor is already talking with a person. */
  | 'already_with_agent'
  /** The conversation is resolved; only a new visitor message reopens it. */
  | 'conversation_resolved'
  /** The command does not apply in the conversation's current state. */
  | 'invalid_transition'
  /** The agent a conversation was to be transferred to is not connected and online. */
  | 'agent_unavailable'
  /** The visitor already rated this resolution of the conversation. */
  | 'already_rated'
  /** Another agent already has that email address. */
  | 'email_taken'
  /** A canned response with that shortcut already exists. */
  | 'shortcut_taken'
  /** No canned response has that id. */
  | 'canned_response_not_found'
  /** A site with that id already exists. */
  | 'site_exists'
  /** The identity's `userHash` is missing or does not match, and the site requires verified identities. */
  | 'identity_unverified'
  /** Too many requests; try again later. */
  | 'rate_limited'
  /** Wrong email or password. */
  | 'invalid_credentials'
  /** A webhook address that is not an absolute http: or https: URL without credentials in it. */
  | 'invalid_webhook_url'
  /** The site has no webhook endpoint with that id. */
  | 'webhook_not_found'
  /** Something failed on the relay; nothing was stored. */
  | 'internal';

/** A refusal: its stable code and a sentence for people. */
export interface ProtocolError {
  code: ErrorCode;
  message: string;
}

/**
 * What every acknowledgement carries: either `ok: true` with the command's result, or `ok: false` with the
 * reason. A refused command stored nothing.
 */
export type Ack<Result extends object = object> =
  | ({ ok: true } & Result)
  | { ok: false; error: ProtocolError };
