import type { Messages } from '../i18n/messages.js';

/**
 * The shape the relay accepts (valibot's `email()`, which `protocol/schemas.ts` applies), so the visitor hears
 * about a typo before sending; only the team's reply proves the address.
 */
const EMAIL_SHAPE = /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u;
/** The longest address the relay accepts. */
export const MAX_EMAIL_LENGTH = 254;

/** Why the address cannot be an email address, for the field's error message, or null when it looks like one. */
export function emailProblem(email: string, t: Messages): string | null {
  const address = email.trim();
  if (address === '') return t.emailMissing;
  return address.length <= MAX_EMAIL_LENGTH && EMAIL_SHAPE.test(address) ? null : t.emailMalformed;
}
