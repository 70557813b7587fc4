/**
 * Reading what an admin typed for a site's identity and origins, before anything is sent: each field's
 * value, or a sentence saying what to fix. The relay checks again; this only spares a round trip.
 */
import { MAX_ALLOWED_ORIGINS } from '../../protocol/sites.js';

/** The form fields of a site, for an error to name the one it is about. */
export type SiteField =
  | 'id'
  | 'name'
  | 'allowedOrigins'
  | 'assistantName'
  | 'greeting'
  | 'accentColor'
  | 'accentTextColor'
  | 'logoUrl'
  | 'suggestedPrompts'
  | 'isIdentityRequired'
  | 'botUrl'
  | 'botSecret'
  | 'botTimeoutMs';

/** What to fix, by field. */
export type SiteFieldErrors = Partial<Record<SiteField, string>>;

/** A field's value, or why it cannot be sent. */
export type FieldReading<Value> = { ok: true; value: Value } | { ok: false; error: string };

const SITE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function readSiteId(text: string): FieldReading<string> {
  const id = text.trim();
  if (SITE_ID.test(id)) return { ok: true, value: id };
  return {
    ok: false,
    error: 'Use 1 to 64 lowercase letters, digits and hyphens, starting with a letter or digit.',
  };
}

export function readSiteName(text: string): FieldReading<string> {
  const name = text.trim();
  return name === '' ? { ok: false, error: 'Give the site a name.' } : { ok: true, value: name };
}

/** An `http:` or `https:` address as its origin, or null when it is not one or has a path. */
function originOf(line: string): string | null {
  let url: URL;
  try {
    url = new URL(line);
  } catch {
    return null;
  }
  const isBare = url.pathname === '/' && url.search === '' && url.hash === '' && !line.endsWith('#');
  const isHttp = url.protocol === 'http:' || url.protocol === 'https:';
  return isHttp && isBare && url.username === '' && url.password === '' ? url.origin : null;
}

/** Origins one per line (`https://shop.example`); blank lines are skipped and repeats kept once. */
export function readOrigins(text: string): FieldReading<string[]> {
  const origins: string[] = [];
  for (const line of text.split('\n').map((each) => each.trim())) {
    if (line === '') continue;
    const origin = originOf(line);
    if (origin === null) {
      return {
        ok: false,
        error: `“${line}” is not an origin: write the scheme and host only, like https://shop.example.`,
      };
    }
    if (!origins.includes(origin)) origins.push(origin);
  }
  if (origins.length > MAX_ALLOWED_ORIGINS) {
    return { ok: false, error: `A site allows at most ${MAX_ALLOWED_ORIGINS} origins.` };
  }
  return { ok: true, value: origins };
}
