/**
 * The Insights report: every figure of the page, computed from conversation logs for one site, range and
 * time zone. Pure: the logs, the calendar and the time come in as arguments.
 */
import type { ContentGap, InsightsDay, InsightsReport, IsoDay } from '../../protocol/insights.js';
import type { ConversationLog } from '../store/store.js';
import { createDayRange, type Calendar } from './calendar.js';
import { INSIGHTS_DEFINITIONS } from './definitions.js';
import { episodesOf, type Episode } from './episodes.js';
import { handoffBreakdown } from './handoffs.js';
import { emailLeads, interestLeads, PURCHASE_KEYWORDS } from './leads.js';
import { countOutcomes, ratesOf, totalOf } from './outcomes.js';
import { describeGroup, groupBySimilarity, newestQuestions } from './question-groups.js';
import { isContentGap, questionsOf, type Question } from './questions.js';
import { satisfactionOf } from './satisfaction.js';
import { sourceUsage } from './source-usage.js';
import { firstResponseTimes, queueTimes, resolutionTime, summarizeDurations } from './timings.js';

/** How many question groups and content gaps the page lists. */
export const GROUPS_LISTED = 10;
/** How many conversations each content gap links to. */
export const PLACES_PER_GAP = 10;

export interface ReportScope {
  siteId: string;
  from: IsoDay;
  to: IsoDay;
  calendar: Calendar;
  computedAt: number;
  coverage: InsightsReport['coverage'];
}

export function buildInsightsReport(logs: readonly ConversationLog[], scope: ReportScope): InsightsReport {
  const range = createDayRange(scope.calendar, scope.from, scope.to);
  // What happened after the range does not count; episodes that began before it are not the range's.
  const episodes = logs
    .flatMap((log) => episodesOf({ ...log, entries: log.entries.filter((entry) => entry.at < range.end) }))
    .filter((episode) => range.dayOf(episode.startedAt) !== null);
  const byDay = new Map<IsoDay | null, Episode[]>();
  for (const episode of episodes) {
    const day = range.dayOf(episode.startedAt);
    const ofDay = byDay.get(day) ?? [];
    ofDay.push(episode);
    byDay.set(day, ofDay);
  }
  const counts = countOutcomes(episodes);
  // In the order they were asked, so that "first asked" breaks ties wherever questions are ranked.
  const questions = episodes.flatMap(questionsOf).toSorted((left, right) => left.at - right.at);

  return {
    siteId: scope.siteId,
    from: scope.from,
    to: scope.to,
    timeZone: scope.calendar.timeZone,
    computedAt: scope.computedAt,
    coverage: scope.coverage,
    definitions: INSIGHTS_DEFINITIONS,
    totals: { ...counts, conversations: totalOf(counts) },
    rates: ratesOf(counts),
    days: range.days.map((day) => dayFigures(day, byDay.get(day) ?? [])),
    handoffs: handoffBreakdown(episodes),
    timings: {
      firstHumanResponse: summarizeDurations(episodes.flatMap(firstResponseTimes)),
      queue: summarizeDurations(episodes.flatMap(queueTimes)),
      resolution: summarizeDurations(episodes.flatMap((episode) => resolutionTime(episode) ?? [])),
    },
    topQuestions: groupBySimilarity(newestQuestions(questions)).slice(0, GROUPS_LISTED).map(describeGroup),
    contentGaps: groupBySimilarity(newestQuestions(questions.filter(isContentGap)))
      .slice(0, GROUPS_LISTED)
      .map(describeGap),
    satisfaction: satisfactionOf(logs, range.start, range.end),
    sources: sourceUsage(episodes),
    leads: {
      keywords: [...PURCHASE_KEYWORDS],
      interest: interestLeads(episodes),
      emails: emailLeads(episodes),
    },
  };
}

function dayFigures(day: IsoDay, episodes: readonly Episode[]): InsightsDay {
  const outcomes = countOutcomes(episodes);
  const rates = ratesOf(outcomes);
  return {
    day,
    outcomes,
    botResolutionRate: rates.botResolution.value,
    handoffRate: rates.handoff.value,
    medianQueueMs: summarizeDurations(episodes.flatMap(queueTimes)).medianMs,
    medianFirstResponseMs: summarizeDurations(episodes.flatMap(firstResponseTimes)).medianMs,
  };
}

function describeGap(questions: readonly Question[]): ContentGap {
  const newestByConversation = new Map<string, number>();
  for (const { conversationId, at } of questions) {
    newestByConversation.set(conversationId, Math.max(at, newestByConversation.get(conversationId) ?? at));
  }
  return {
    ...describeGroup(questions),
    missed: questions.filter((question) => question.isMissed).length,
    ledToHandoff: questions.filter((question) => question.isLastBeforeHandoff).length,
    places: [...newestByConversation]
      .map(([conversationId, at]) => ({ conversationId, at }))
      .toSorted((left, right) => right.at - left.at)
      .slice(0, PLACES_PER_GAP),
  };
}
