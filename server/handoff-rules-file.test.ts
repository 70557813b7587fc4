import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.js';
import { DEFAULT_HANDOFF_RULES } from './conversation/handoff-rules.js';
import { parseHandoffRules, readHandoffRulesFile } from './handoff-rules-file.js';

/** The example in the README's "Handoff rules" section: the first JSON block after its heading. */
function readmeExample(): unknown {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Handoff rules'));
  const block = /```json\n([\s\S]*?)```/.exec(section);
  if (!block?.[1]) throw new Error('The README has no handoff rules example.');
  return JSON.parse(block[1]);
}

describe('the handoff rules file', () => {
  it('accepts the README’s example as written', () => {
    const book = parseHandoffRules(readmeExample(), 'README.md');
    expect(book.forSite('demo')).toMatchObject({ routing: 'auto', capacityPerAgent: 4, hours: null });
    expect(book.forSite('other').hours?.timeZone).toBe('Europe/London');
  });

  it('applies the default section to every site and a site’s own section over it', () => {
    const book = parseHandoffRules(
      {
        default: { botMissesInARow: 3, topics: [{ name: 'billing', phrases: ['refund'] }] },
        sites: { shop: { routing: 'auto', capacityPerAgent: 5 } },
      },
      'rules.json',
    );
    expect(book.forSite('other')).toEqual({
      ...DEFAULT_HANDOFF_RULES,
      botMissesInARow: 3,
      topics: [{ name: 'billing', phrases: ['refund'] }],
    });
    expect(book.forSite('shop')).toMatchObject({ botMissesInARow: 3, routing: 'auto', capacityPerAgent: 5 });
  });

  it('reads opening hours, holidays and escalation times in seconds', () => {
    const rules = parseHandoffRules(
      {
        default: {
          hours: {
            timeZone: 'Europe/Paris',
            weekly: { mon: ['09:00-12:00', '13:00-17:30'], sat: [] },
            holidays: ['2026-12-25'],
          },
          escalation: { reofferAfterSeconds: 60, offerMessageAfterSeconds: 180 },
          frustration: { signals: 3 },
        },
      },
      'rules.json',
    ).forSite('demo');
    expect(rules.hours).toEqual({
      timeZone: 'Europe/Paris',
      weekly: {
        mon: [
          { startMinute: 540, endMinute: 720 },
          { startMinute: 780, endMinute: 1050 },
        ],
        sat: [],
      },
      holidays: ['2026-12-25'],
    });
    expect(rules.escalation).toEqual({ reofferAfterMs: 60_000, offerMessageAfterMs: 180_000 });
    expect(rules).toMatchObject({
      frustrationSignals: 3,
      frustrationPhrases: DEFAULT_HANDOFF_RULES.frustrationPhrases,
    });
  });

  it('lets a site be open always although the default has hours', () => {
    const book = parseHandoffRules(
      { default: { hours: { timeZone: 'UTC', weekly: {} } }, sites: { always: { hours: null } } },
      'rules.json',
    );
    expect(book.forSite('always').hours).toBeNull();
    expect(book.forSite('other').hours).toEqual({ timeZone: 'UTC', weekly: {}, holidays: [] });
  });

  it.each([
    [{ default: { routing: 'round-robin' } }, 'default.routing: Expected "auto" or "queue".'],
    [{ default: { hours: { timeZone: 'Mars/Olympus', weekly: {} } } }, 'default.hours.timeZone'],
    [
      { default: { hours: { timeZone: 'UTC', weekly: { mon: ['9-5'] } } } },
      'Expected a span such as "09:00-17:30"',
    ],
    [{ default: { hours: { timeZone: 'UTC', weekly: { monday: [] } } } }, 'default.hours.weekly'],
    [{ default: { minConfidence: 2 } }, 'default.minConfidence'],
    [
      { default: { escalation: { reofferAfterSeconds: 300, offerMessageAfterSeconds: 60 } } },
      'must come before',
    ],
    [{ sites: { shop: { capacity: 3 } } }, 'sites.shop'],
    [{ defaults: {} }, 'defaults'],
  ])('refuses %o, naming the mistake', (json, mistake) => {
    expect(() => parseHandoffRules(json, 'rules.json')).toThrow(ConfigError);
    expect(() => parseHandoffRules(json, 'rules.json')).toThrow(mistake);
  });

  it('names a file it cannot read or parse', () => {
    const directory = mkdtempSync(join(tmpdir(), 'handoff-rules-'));
    const broken = join(directory, 'broken.json');
    writeFileSync(broken, '{ "default": ');
    expect(() => readHandoffRulesFile(broken)).toThrow(`The handoff rules file ${broken} is not JSON`);
    expect(() => readHandoffRulesFile(join(directory, 'missing.json'))).toThrow(
      'Cannot read the handoff rules file',
    );
  });
});
