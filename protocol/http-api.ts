/**
 * The console's REST API for signing in and out. Every response is JSON; a refusal has the same
 * `{ error: { code, message } }` shape as a Socket.IO acknowledgement's.
 */
import type { AgentProfile } from './agent-events.js';
import type { ProtocolError } from './errors.js';

/** `POST /api/session`: sign in. Sets the httpOnly session cookie on success. */
export interface SignInRequest {
  email: string;
  password: string;
}

/** The body of `POST /api/session` and `GET /api/session` on success. */
export interface SessionResponse {
  agent: AgentProfile;
}

/** The body of every refused request. */
export interface ErrorResponse {
  error: ProtocolError;
}

/** The signed-in agent's session cookie. */
export const SESSION_COOKIE = 'sb_session';
