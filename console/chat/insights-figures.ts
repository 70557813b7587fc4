/**
 * How the Insights page words and shapes the report's figures: labels, percentages, durations, day
 * labels, the stacked series of the outcome chart, and the sentences that sum each chart up for people
 * who cannot see it. Pure.
 */
import type { HandoffTrigger } from '../../protocol/entries.js';
import type { ConversationOutcome, InsightsDay, InsightsReport, IsoDay } from '../../protocol/insights.js';

/** The outcomes in the order the page stacks and lists them. */
export const OUTCOMES: readonly ConversationOutcome[] = [
  'bot_resolved',
  'handed_off',
  'abandoned',
  'unanswered',
];

export const OUTCOME_LABELS: Record<ConversationOutcome, string> = {
  bot_resolved: 'Resolved by the bot',
  handed_off: 'Handed off',
  abandoned: 'Abandoned while waiting',
  unanswered: 'Unanswered',
};

export const TRIGGER_LABELS: Record<HandoffTrigger, string> = {
  visitor_button: 'Pressed “Talk to a person”',
  visitor_phrase: 'Wrote that they want a person',
  bot_misses: 'The assistant missed twice',
  agent_takeover: 'An agent took over',
  bot_request: 'The assistant asked for a person',
  low_confidence: 'The assistant was unsure',
  keyword: 'Raised a topic for a person',
  frustration: 'Frustrated with the assistant',
};

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;

/** A share between 0 and 1 as a whole percentage ("42 %"), or "–" when there is none. */
export function formatPercent(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)} %`;
}

/** A duration in ms as people say it: "45 s", "3 min 20 s", "2 h 5 min", or "–" when there is none. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '–';
  if (ms < MINUTE_MS) return `${Math.round(ms / SECOND_MS)} s`;
  if (ms < HOUR_MS) {
    const minutes = Math.floor(ms / MINUTE_MS);
    const seconds = Math.round((ms % MINUTE_MS) / SECOND_MS);
    return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
  }
  const hours = Math.floor(ms / HOUR_MS);
  const minutes = Math.round((ms % HOUR_MS) / MINUTE_MS);
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

const DAY_LABEL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** A day of the report as a short label: "10 Mar". The day is already in the report's zone. */
export function formatDay(day: IsoDay): string {
  return DAY_LABEL.format(Date.parse(`${day}T00:00:00Z`));
}

/**
 * The outcome chart's bars, stacked: for each outcome, each day's count of it and of every outcome below it
 * in OUTCOMES order, so that drawing the tallest first and the shortest last shows every layer.
 */
export function stackedOutcomes(days: readonly InsightsDay[]): Record<ConversationOutcome, number[]> {
  const stacked = {} as Record<ConversationOutcome, number[]>;
  let below = days.map(() => 0);
  for (const outcome of OUTCOMES) {
    below = days.map((day, index) => (below[index] ?? 0) + day.outcomes[outcome]);
    stacked[outcome] = below;
  }
  return stacked;
}

/** One sentence about the conversations of the range, for the outcome chart's text summary. */
export function summarizeOutcomes(report: InsightsReport): string {
  const { totals, days } = report;
  if (totals.conversations === 0)
    return `No conversation began between ${formatDay(report.from)} and ${formatDay(report.to)}.`;
  const parts = OUTCOMES.map((outcome) => `${totals[outcome]} ${OUTCOME_LABELS[outcome].toLowerCase()}`);
  const busiest = days.reduce((best, day) => (totalOfDay(day) > totalOfDay(best) ? day : best));
  return `${plural(totals.conversations, 'conversation')} between ${formatDay(report.from)} and ${formatDay(report.to)}: ${parts.join(', ')}. The busiest day was ${formatDay(busiest.day)}, with ${totalOfDay(busiest)}.`;
}

/** One sentence about the daily rates, for the rate chart's text summary. */
export function summarizeRates(report: InsightsReport): string {
  const { botResolution, handoff, unanswered } = report.rates;
  if (botResolution.total === 0) return 'No rate can be given without conversations.';
  return `Over the range, the bot resolved ${formatPercent(botResolution.value)} of conversations, ${formatPercent(handoff.value)} asked for a person and ${formatPercent(unanswered.value)} went unanswered.`;
}

function totalOfDay(day: InsightsDay): number {
  return OUTCOMES.reduce((sum, outcome) => sum + day.outcomes[outcome], 0);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
