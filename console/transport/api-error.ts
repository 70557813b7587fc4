import type { ErrorCode } from '../../protocol/errors.js';
import type { SessionErrorCode } from '../chat/ports.js';

/** Every code the relay may send; a `Record` so the compiler flags a code added to the protocol. */
const ERROR_CODES: Record<ErrorCode, true> = {
  invalid_payload: true,
  unsupported_protocol: true,
  unknown_site: true,
  origin_not_allowed: true,
  unauthorized: true,
  forbidden: true,
  conversation_not_found: true,
  conversation_taken: true,
  not_owner: true,
  already_waiting: true,
  already_with_agent: true,
  conversation_resolved: true,
  invalid_transition: true,
  agent_unavailable: true,
  already_rated: true,
  email_taken: true,
  shortcut_taken: true,
  canned_response_not_found: true,
  site_exists: true,
  identity_unverified: true,
  rate_limited: true,
  invalid_credentials: true,
  invalid_webhook_url: true,
  webhook_not_found: true,
  internal: true,
};

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/** The code to assume when a refusal came without a readable body (a proxy's error page, say). */
function codeForStatus(status: number): ErrorCode | 'unexpected_response' {
  if (status === 401) return 'unauthorized';
  if (status === 429) return 'rate_limited';
  return 'unexpected_response';
}

/** A refused API call's code and message: the relay's when the body carries a known code. */
export function readRefusal(status: number, body: unknown): { code: SessionErrorCode; message: string } {
  const error = isRecord(body) && isRecord(body['error']) ? body['error'] : null;
  const message =
    error !== null && typeof error['message'] === 'string' ? error['message'] : `HTTP status ${status}`;
  const code = error !== null && isErrorCode(error['code']) ? error['code'] : codeForStatus(status);
  return { code, message };
}
