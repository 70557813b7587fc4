/**
 * Which field of a site form the relay's refusal is about, so the form can show the sentence there and move
 * the focus to it. Codes are stable; for `invalid_payload` the message names the offending property.
 */
import type { SessionErrorCode } from './ports.js';
import type { SiteField } from './site-fields.js';

/** Property names as the relay's messages spell them, most specific first. */
const FIELD_MENTIONS: ReadonlyArray<[RegExp, SiteField]> = [
  [/allowedOrigins|origin/i, 'allowedOrigins'],
  [/assistantName/i, 'assistantName'],
  [/greeting/i, 'greeting'],
  [/accentTextColor/i, 'accentTextColor'],
  [/accentColor/i, 'accentColor'],
  [/logoUrl|logo/i, 'logoUrl'],
  [/suggestedPrompts|prompt/i, 'suggestedPrompts'],
  [/timeout/i, 'botTimeoutMs'],
  [/secret/i, 'botSecret'],
  [/\burl\b/i, 'botUrl'],
  [/\bid\b/i, 'id'],
  [/\bname\b/i, 'name'],
];

export function fieldOfRefusal(code: SessionErrorCode, message: string): SiteField | null {
  if (code === 'site_exists') return 'id';
  if (code !== 'invalid_payload') return null;
  return FIELD_MENTIONS.find(([mention]) => mention.test(message))?.[1] ?? null;
}
