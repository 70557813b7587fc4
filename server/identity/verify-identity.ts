/**
 * Identity verification: a site's server vouches for a signed-in user by sending, with the user's id, the
 * HMAC-SHA256 of that id under the site's identity secret. A script on the host page cannot forge it without
 * the secret, which never leaves the site's server and the relay.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ProtocolError } from '../../protocol/errors.js';
import type { IdentityVerification, VisitorIdentity, VisitorIdentityClaim } from '../../protocol/sites.js';

export type IdentityCheck = { ok: true; identity: VisitorIdentity } | { ok: false; error: ProtocolError };

/** The `userHash` a site's server sends for `userId`: lowercase hex HMAC-SHA256 under the site's secret. */
export function userHashOf(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(userId, 'utf8').digest('hex');
}

/**
 * The identity to keep for `claim`: verified when its hash matches the site's secret. A site that requires
 * verification refuses any other claim, and a site without a secret can verify none.
 */
export function verifyIdentity(claim: VisitorIdentityClaim, policy: IdentityVerification): IdentityCheck {
  const isVerified =
    policy.secret !== null &&
    claim.userHash !== null &&
    hashesMatch(userHashOf(policy.secret, claim.id), claim.userHash);
  if (policy.isRequired && !isVerified) {
    return {
      ok: false,
      error: {
        code: 'identity_unverified',
        message:
          claim.userHash === null
            ? 'This site requires a userHash with the identity.'
            : 'The userHash does not match this user id.',
      },
    };
  }
  const { id, name, email } = claim;
  return { ok: true, identity: { id, name, email, isVerified } };
}

/** Compares in constant time, so the time taken reveals nothing of the expected hash. */
function hashesMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
