import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The settings that start a relay with these handoff rules: the rules are written to a file of their own,
 * as a site owner would write theirs (see the README's "Handoff rules").
 */
export function handoffRulesSettings(rules: object): Record<string, string> {
  const file = join(mkdtempSync(join(tmpdir(), 'switchboard-rules-')), 'handoff-rules.json');
  writeFileSync(file, JSON.stringify(rules, null, 2));
  return { SWITCHBOARD_HANDOFF_RULES: file };
}

/** Today and tomorrow as `YYYY-MM-DD` in UTC: holidays that keep a team closed for the whole story. */
export function todayAndTomorrowUtc(now = Date.now()): [string, string] {
  const day = (at: number) => new Date(at).toISOString().slice(0, 10);
  return [day(now), day(now + 24 * 60 * 60 * 1000)];
}
