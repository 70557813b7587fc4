/**
 * The handoff rules file (`SWITCHBOARD_HANDOFF_RULES`): JSON with rules for every site under `default` and
 * each site's own under `sites.<siteId>`, field by field over the default (a site's `hours` replaces the
 * default's whole). Read once at start; a mistake stops the relay with the field's path and what is wrong,
 * rather than running with rules nobody meant.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { check, timeZoneName } from '../protocol/schemas.js';
import { ConfigError } from './config.js';
import { DEFAULT_HANDOFF_RULES, type HandoffRules } from './conversation/handoff-rules.js';
import { parseOpeningSpan } from './conversation/opening-hours.js';

/** Each site's rules. */
export interface HandoffRulesBook {
  forSite(siteId: string): HandoffRules;
}

/** Every site gets the built-in rules: what runs without a rules file. */
export const DEFAULT_RULES_BOOK: HandoffRulesBook = { forSite: () => DEFAULT_HANDOFF_RULES };

const SECOND_MS = 1000;
/** Escalation times beyond a day are surely a mistake in units. */
const MAX_ESCALATION_SECONDS = 24 * 60 * 60;

const phrase = v.pipe(v.string(), v.trim(), v.minLength(1, 'A phrase is empty.'), v.maxLength(100));
const phrases = v.pipe(v.array(phrase), v.maxLength(200));

const span = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const parsed = parseOpeningSpan(dataset.value);
    if (parsed) return parsed;
    addIssue({ message: `Expected a span such as "09:00-17:30", not "${dataset.value}".` });
    return NEVER;
  }),
);

/** A weekday's open spans; absent or empty when closed all day. */
const openDay = v.exactOptional(v.array(span));

const day = v.pipe(v.string(), v.isoDate('Expected a holiday written as YYYY-MM-DD.'));

const hours = v.strictObject({
  timeZone: timeZoneName,
  weekly: v.strictObject({
    mon: openDay,
    tue: openDay,
    wed: openDay,
    thu: openDay,
    fri: openDay,
    sat: openDay,
    sun: openDay,
  }),
  holidays: v.exactOptional(v.array(day), []),
});

const seconds = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_ESCALATION_SECONDS));

/** One site's rules as written: every field optional. */
const writtenRules = v.strictObject({
  requestPhrases: v.exactOptional(phrases),
  botMissesInARow: v.exactOptional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20))),
  minConfidence: v.exactOptional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  topics: v.exactOptional(
    v.array(
      v.strictObject({ name: phrase, phrases: v.pipe(phrases, v.minLength(1, 'A topic needs a phrase.')) }),
    ),
  ),
  frustration: v.exactOptional(
    v.strictObject({
      phrases: v.exactOptional(phrases),
      signals: v.exactOptional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20))),
    }),
  ),
  routing: v.exactOptional(v.picklist(['auto', 'queue'], 'Expected "auto" or "queue".')),
  capacityPerAgent: v.exactOptional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  hours: v.exactOptional(v.nullable(hours)),
  escalation: v.exactOptional(
    v.pipe(
      v.strictObject({ reofferAfterSeconds: seconds, offerMessageAfterSeconds: seconds }),
      v.check(
        (times) => times.reofferAfterSeconds < times.offerMessageAfterSeconds,
        'reofferAfterSeconds must come before offerMessageAfterSeconds.',
      ),
    ),
  ),
});

const rulesFile = v.strictObject({
  default: v.exactOptional(writtenRules),
  sites: v.exactOptional(
    v.record(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Expected a site id.')), writtenRules),
  ),
});

type WrittenRules = v.InferOutput<typeof writtenRules>;

/** Reads and checks the rules file at `path`; throws a {@link ConfigError} naming the first mistake. */
export function readHandoffRulesFile(path: string): HandoffRulesBook {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read the handoff rules file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`The handoff rules file ${path} is not JSON: ${(error as Error).message}`);
  }
  return parseHandoffRules(json, path);
}

/** Checks parsed rules-file content; `source` names it in errors. */
export function parseHandoffRules(json: unknown, source: string): HandoffRulesBook {
  const checked = check(rulesFile, json);
  if (!checked.ok) throw new ConfigError(`The handoff rules file ${source} is wrong at ${checked.message}`);
  const base = applyRules(DEFAULT_HANDOFF_RULES, checked.value.default ?? {});
  const sites = new Map(
    Object.entries(checked.value.sites ?? {}).map(([siteId, written]) => [siteId, applyRules(base, written)]),
  );
  return { forSite: (siteId) => sites.get(siteId) ?? base };
}

/** `rules` with the fields `written` sets replaced. */
function applyRules(rules: HandoffRules, written: WrittenRules): HandoffRules {
  return {
    requestPhrases: written.requestPhrases ?? rules.requestPhrases,
    botMissesInARow: written.botMissesInARow ?? rules.botMissesInARow,
    minConfidence: written.minConfidence ?? rules.minConfidence,
    topics: written.topics ?? rules.topics,
    frustrationPhrases: written.frustration?.phrases ?? rules.frustrationPhrases,
    frustrationSignals: written.frustration?.signals ?? rules.frustrationSignals,
    routing: written.routing ?? rules.routing,
    capacityPerAgent: written.capacityPerAgent ?? rules.capacityPerAgent,
    hours: written.hours === undefined ? rules.hours : written.hours,
    escalation: written.escalation
      ? {
          reofferAfterMs: written.escalation.reofferAfterSeconds * SECOND_MS,
          offerMessageAfterMs: written.escalation.offerMessageAfterSeconds * SECOND_MS,
        }
      : rules.escalation,
  };
}
