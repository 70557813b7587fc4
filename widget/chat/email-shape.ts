/** Something, an @, a domain with a dot: enough to catch a typo, as only the team's reply proves an address. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** Why the address cannot be an email address, for the field's error message, or null when it looks like one. */
export function emailProblem(email: string): string | null {
  if (email.trim() === '') return 'Enter your email address, so the team can reply.';
  return EMAIL_SHAPE.test(email.trim()) ? null : 'Enter an email address like name@example.com.';
}
