/**
 * The console's REST API. Every response is JSON; a refusal has the same `{ error: { code, message } }`
 * shape as a Socket.IO acknowledgement's.
 */
import type { AgentProfile } from './agent-events.js';
import type { ProtocolError } from './errors.js';
import type { InsightsReport, IsoDay, SiteOption } from './insights.js';

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

/**
 * The query of `GET /api/insights` (signed-in agents): the report of one site's conversations that began
 * from the start of `from` to the end of `to`, days counted in `timeZone`. At most 366 days; `from` not
 * after `to`. A malformed query is refused with 400 `invalid_payload`, an unknown site with 404
 * `unknown_site`.
 */
export interface InsightsQuery {
  siteId: string;
  from: IsoDay;
  to: IsoDay;
  /** An IANA time zone such as `Europe/Paris`; `UTC` when left out. */
  timeZone?: string;
}

/** The body of `GET /api/insights` on success. */
export interface InsightsResponse {
  report: InsightsReport;
}

/** The body of `GET /api/insights/sites` (signed-in agents): the sites a report can be asked for. */
export interface InsightsSitesResponse {
  sites: SiteOption[];
}
