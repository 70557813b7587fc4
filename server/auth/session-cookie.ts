import { SESSION_COOKIE } from '../../protocol/http-api.js';

/** How long a console session lasts without signing in again. */
export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** The session token in a `Cookie` header, if there is one. */
export function readSessionCookie(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator === -1) continue;
    if (pair.slice(0, separator).trim() === SESSION_COOKIE) return pair.slice(separator + 1).trim() || null;
  }
  return null;
}

/**
 * The `Set-Cookie` value for a session: unreadable by scripts, never sent on cross-site requests, and only
 * over TLS when the console is served over TLS.
 */
export function sessionCookie(token: string, options: { isSecure: boolean }): string {
  const attributes = [`Max-Age=${SESSION_LIFETIME_MS / 1000}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (options.isSecure) attributes.push('Secure');
  return [`${SESSION_COOKIE}=${token}`, ...attributes].join('; ');
}

/** The `Set-Cookie` value that removes the session cookie. */
export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict`;
}
