import { describe, expect, it } from 'vitest';
import { readSessionCookie, sessionCookie } from './session-cookie.js';

describe('session cookie', () => {
  it('reads the session token among other cookies', () => {
    expect(readSessionCookie('theme=dark; sb_session=abc123; other=1')).toBe('abc123');
  });

  it('reads nothing when there is no session cookie', () => {
    expect(readSessionCookie(undefined)).toBeNull();
    expect(readSessionCookie('sb_sessionx=1; sb_session=')).toBeNull();
  });

  it('is httpOnly and strict same-site, and secure only over TLS', () => {
    expect(sessionCookie('t', { isSecure: false })).toBe(
      'sb_session=t; Max-Age=604800; Path=/; HttpOnly; SameSite=Strict',
    );
    expect(sessionCookie('t', { isSecure: true })).toMatch(/; Secure$/);
  });
});
