import { describe, expect, it } from 'vitest';
import type { VisitorIdentityClaim } from '../../protocol/sites.js';
import { userHashOf, verifyIdentity } from './verify-identity.js';

const SECRET = 'a'.repeat(64);
const claimOf = (userHash: string | null): VisitorIdentityClaim => ({
  id: 'user-42',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  userHash,
});

describe('verifyIdentity', () => {
  it('matches the HMAC-SHA256 a site computes with Node', () => {
    // Computed independently: printf user-42 | openssl dgst -sha256 -hmac "$SECRET"
    expect(userHashOf(SECRET, 'user-42')).toBe(
      '5db25e606cb1c2d46f34a4df8c5c210bfb01e4c4523f29a78bd009759d986674',
    );
  });

  it('verifies an identity whose hash matches the site secret', () => {
    const check = verifyIdentity(claimOf(userHashOf(SECRET, 'user-42')), {
      secret: SECRET,
      isRequired: true,
    });
    expect(check).toEqual({
      ok: true,
      identity: { id: 'user-42', name: 'Ada Lovelace', email: 'ada@example.com', isVerified: true },
    });
  });

  it('refuses a forged or missing hash when the site requires verification', () => {
    const policy = { secret: SECRET, isRequired: true };
    const forged = verifyIdentity(claimOf(userHashOf('b'.repeat(64), 'user-42')), policy);
    expect(forged).toMatchObject({ ok: false, error: { code: 'identity_unverified' } });
    expect(verifyIdentity(claimOf(null), policy)).toMatchObject({
      ok: false,
      error: { code: 'identity_unverified' },
    });
  });

  it('keeps an unverified identity, marked so, when the site does not require verification', () => {
    const check = verifyIdentity(claimOf('0'.repeat(64)), { secret: SECRET, isRequired: false });
    expect(check).toMatchObject({ ok: true, identity: { isVerified: false } });
  });

  it('verifies nothing for a site without a secret, and refuses everything if it requires verification', () => {
    const claim = claimOf(userHashOf(SECRET, 'user-42'));
    expect(verifyIdentity(claim, { secret: null, isRequired: false })).toMatchObject({
      ok: true,
      identity: { isVerified: false },
    });
    expect(verifyIdentity(claim, { secret: null, isRequired: true })).toMatchObject({ ok: false });
  });
});
