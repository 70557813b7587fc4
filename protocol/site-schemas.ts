/**
 * Runtime schemas for sites as admins and the site file write them (see `sites.ts`). Server only, like
 * `schemas.ts`: the widget and console never import it. Objects are strict, and every message says what a
 * correct value looks like.
 */
import * as v from 'valibot';
import { readableText } from './schemas.js';
import {
  ASSISTANT_TONES,
  LAUNCHER_POSITIONS,
  MAX_ALLOWED_ORIGINS,
  MAX_ASSISTANT_NAME_LENGTH,
  MAX_GREETING_LENGTH,
  MAX_PROMPT_LENGTH,
  MAX_SUGGESTED_PROMPTS,
  WIDGET_LOCALES,
  type CreateSiteRequest,
  type SiteBot,
  type SiteBranding,
  type UpdateSiteRequest,
} from './sites.js';

/** The longest URL most browsers and servers handle. */
const MAX_URL_LENGTH = 2048;
/** The longest site name. */
const MAX_SITE_NAME_LENGTH = 80;
/** The bounds of a site bot's secret: long enough to resist guessing, short enough to be a header. */
const BOT_SECRET_LENGTH = { min: 32, max: 256 };
/** The bounds of a site bot's timeout, in milliseconds. */
const BOT_TIMEOUT_RANGE_MS = { min: 100, max: 60_000 };

/** A site's id: it goes into the embed snippet and URLs, so it is plain and lowercase. */
const siteIdSchema = v.pipe(
  v.string(),
  v.regex(
    /^[a-z0-9][a-z0-9-]{0,63}$/,
    'Expected a site id of 1 to 64 lowercase letters, digits or -, starting with a letter or digit.',
  ),
);

/**
 * A host as browsers write it in an origin: dot-separated labels of lowercase letters, digits and inner
 * `-` (an IPv4 address is such a name too; international names in their `xn--` form), or an IPv6 address
 * in brackets. The protocol has no `URL` to lean on, so the rules are written out.
 */
const HOST = String.raw`(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])`;
const ORIGIN = new RegExp(String.raw`^(https?)://${HOST}(?::([1-9][0-9]{0,4}))?$`);
/** An absolute URL with no credentials: its scheme, its host, and the rest in printable ASCII. */
const HTTP_URL = new RegExp(String.raw`^(https?)://${HOST}(?::[0-9]{1,5})?(?:[/?#][\x21-\x7e]*)?$`, 'i');
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };

/**
 * True for an origin exactly as browsers send it in the `Origin` header: the relay compares origins as
 * text, so another spelling (a trailing slash, capitals, the default port) would never match.
 */
function isOrigin(text: string): boolean {
  const match = ORIGIN.exec(text);
  if (!match) return false;
  const [, scheme = '', port] = match;
  return port === undefined || (Number(port) <= 65_535 && port !== DEFAULT_PORTS[scheme]);
}

const origin = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_LENGTH, 'The origin is too long.'),
  v.check(
    isOrigin,
    'Expected an origin such as https://shop.example: http or https, a lowercase host and an optional port, with no path and no trailing slash.',
  ),
);

const allowedOrigins = v.pipe(
  v.array(origin),
  v.maxLength(MAX_ALLOWED_ORIGINS, `Allow at most ${MAX_ALLOWED_ORIGINS} origins.`),
  v.check((origins) => new Set(origins).size === origins.length, 'An origin is listed twice.'),
);

const siteName = readableText(MAX_SITE_NAME_LENGTH, 'site name');

const colour = v.pipe(
  v.string(),
  v.regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour written as #rrggbb.'),
  v.toLowerCase(),
);

const logoUrl = v.nullable(
  v.pipe(
    v.string(),
    v.maxLength(MAX_URL_LENGTH, 'The logo URL is too long.'),
    v.check(
      (text) => HTTP_URL.exec(text)?.[1]?.toLowerCase() === 'https',
      'Expected the logo as an absolute https: URL without credentials, or null.',
    ),
  ),
);

const suggestedPrompts = v.pipe(
  v.array(readableText(MAX_PROMPT_LENGTH, 'suggested prompt')),
  v.maxLength(MAX_SUGGESTED_PROMPTS, `Suggest at most ${MAX_SUGGESTED_PROMPTS} prompts.`),
);

/**
 * Branding fields to set; those left out keep their value (or take the default, on a new site). An array
 * is refused first: valibot's object schemas take `[]` as an object, and every field here is optional.
 */
const brandingChangesSchema = v.pipe(
  v.custom<Record<string, unknown>>((input) => !Array.isArray(input), 'Expected an object.'),
  v.strictObject({
    assistantName: v.exactOptional(readableText(MAX_ASSISTANT_NAME_LENGTH, 'assistant name')),
    greeting: v.exactOptional(readableText(MAX_GREETING_LENGTH, 'greeting')),
    tone: v.exactOptional(v.picklist(ASSISTANT_TONES, `Expected the tone ${ASSISTANT_TONES.join(' or ')}.`)),
    accentColor: v.exactOptional(colour),
    accentTextColor: v.exactOptional(colour),
    logoUrl: v.exactOptional(logoUrl),
    launcherPosition: v.exactOptional(
      v.picklist(LAUNCHER_POSITIONS, `Expected the position ${LAUNCHER_POSITIONS.join(' or ')}.`),
    ),
    locale: v.exactOptional(
      v.nullable(v.picklist(WIDGET_LOCALES, `Expected the locale ${WIDGET_LOCALES.join(' or ')}, or null.`)),
    ),
    suggestedPrompts: v.exactOptional(suggestedPrompts),
  }),
) satisfies v.GenericSchema<unknown, Partial<SiteBranding>>;

const botUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_LENGTH, 'The bot URL is too long.'),
  v.check(
    (text) => HTTP_URL.test(text),
    'Expected the bot’s address as an absolute http: or https: URL without credentials.',
  ),
);

const botSecret = v.nullable(
  v.pipe(
    v.string(),
    v.regex(
      /^[\x21-\x7e]*$/,
      'Expected the bot secret as printable ASCII characters without spaces (openssl rand -hex 32 makes one).',
    ),
    v.minLength(BOT_SECRET_LENGTH.min, `The bot secret needs at least ${BOT_SECRET_LENGTH.min} characters.`),
    v.maxLength(BOT_SECRET_LENGTH.max, `The bot secret has at most ${BOT_SECRET_LENGTH.max} characters.`),
  ),
);

const botTimeout = v.pipe(
  v.number(),
  v.integer('Expected the timeout as a whole number of milliseconds.'),
  v.minValue(BOT_TIMEOUT_RANGE_MS.min, `The timeout is at least ${BOT_TIMEOUT_RANGE_MS.min} ms.`),
  v.maxValue(BOT_TIMEOUT_RANGE_MS.max, `The timeout is at most ${BOT_TIMEOUT_RANGE_MS.max} ms.`),
);

/**
 * Which bot answers the site. A bot over HTTP may come with `secret: null`: the stored secret is kept, and
 * a webhook bot without one to keep is refused where the stored site is known (the store's update).
 */
const siteBotSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('relay') }),
    v.strictObject({ kind: v.literal('knowledge') }),
    v.strictObject({
      kind: v.picklist(['webhook', 'rasa']),
      url: botUrl,
      secret: botSecret,
      timeoutMs: botTimeout,
    }),
  ],
  'Expected the bot kind relay, knowledge, webhook or rasa.',
) satisfies v.GenericSchema<SiteBot>;

/** `POST /api/sites`, and each site of the site file. */
export const createSiteSchema = v.strictObject({
  id: siteIdSchema,
  name: siteName,
  allowedOrigins,
  branding: v.exactOptional(brandingChangesSchema),
}) satisfies v.GenericSchema<CreateSiteRequest>;

/** `PATCH /api/sites/:siteId`: at least one part to change. */
export const updateSiteSchema = v.pipe(
  v.strictObject({
    name: v.exactOptional(siteName),
    allowedOrigins: v.exactOptional(allowedOrigins),
    branding: v.exactOptional(brandingChangesSchema),
    identity: v.exactOptional(v.strictObject({ isRequired: v.boolean() })),
    bot: v.exactOptional(siteBotSchema),
  }),
  v.check((changes) => Object.keys(changes).length > 0, 'Nothing to change.'),
) satisfies v.GenericSchema<UpdateSiteRequest>;
