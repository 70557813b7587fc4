import type { VisitorIdentity } from '../../protocol/sites.js';

/**
 * Who the host page says the visitor is: name, email and the site's id for them, and in words whether the
 * site's server vouched for it with a matching hash, since an unverified identity may be anyone's claim.
 */
export function VisitorIdentityFacts({ identity }: { identity: VisitorIdentity | null }) {
  if (identity === null) return <>Not identified</>;
  return (
    <span class="identity">
      <span class={identity.isVerified ? 'identity__badge identity__badge--verified' : 'identity__badge'}>
        {identity.isVerified ? 'Verified' : 'Not verified'}
      </span>{' '}
      {identity.name ?? 'No name given'}
      {identity.email === null ? null : (
        <>
          {', '}
          <a href={`mailto:${identity.email}`}>{identity.email}</a>
        </>
      )}
      {' (user id '}
      <code>{identity.id}</code>)
    </span>
  );
}
