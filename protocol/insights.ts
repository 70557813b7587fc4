/**
 * The Insights report: what a site's conversations in a date range add up to. Computed by the relay from
 * the stored logs (`GET /api/insights`); every figure comes with the definition it was computed by, so the
 * console shows the definition the relay used, not one of its own.
 */
import type { HandoffTrigger, RatingScore } from './entries.js';

/** A day in the report's time zone, as `YYYY-MM-DD`. */
export type IsoDay = string;

/**
 * How a conversation ended, or stands at the end of the range. Each conversation has exactly one, so the
 * shares of the four add up to 100 %.
 */
export type ConversationOutcome =
  /** Nobody asked for a person, and the assistant's last reply was an answer, not a miss. */
  | 'bot_resolved'
  /** A person joined. */
  | 'handed_off'
  /** Somebody asked for a person, and no person joined. */
  | 'abandoned'
  /** Nobody asked for a person, and the assistant's last reply was a miss, or it never replied. */
  | 'unanswered';

/** How many conversations had each outcome. */
export type OutcomeCounts = Record<ConversationOutcome, number>;

/** A share of a whole: `count` of `total`, and their ratio, or null when `total` is 0. */
export interface Rate {
  count: number;
  total: number;
  /** Between 0 and 1. */
  value: number | null;
}

/** A duration's distribution: how many were measured, their median and 90th percentile, in ms. */
export interface DurationSummary {
  count: number;
  /** Null when nothing was measured. */
  medianMs: number | null;
  p90Ms: number | null;
}

/** One day of the range. */
export interface InsightsDay {
  day: IsoDay;
  outcomes: OutcomeCounts;
  botResolutionRate: number | null;
  handoffRate: number | null;
  /** Medians of the day's conversations' waits, in ms; null when none was measured that day. */
  medianQueueMs: number | null;
  medianFirstResponseMs: number | null;
}

/** The conversations one handoff trigger started, with the most common reasons given. */
export interface TriggerBreakdown {
  trigger: HandoffTrigger;
  conversations: number;
  /** The most common reasons, most common first. */
  reasons: { reason: string; count: number }[];
  /** Conversations whose reason is not among `reasons`. */
  otherReasons: number;
}

/** Where a question was asked: a conversation and when, for a link to it. */
export interface QuestionPlace {
  conversationId: string;
  /** In ms since the Unix epoch. */
  at: number;
}

/** Visitors' questions that share most of their words. */
export interface QuestionGroup {
  /** The group's most common wording. */
  label: string;
  /** How many questions the group holds. */
  count: number;
  /** In how many conversations they were asked. */
  conversations: number;
  /** Up to three different wordings, most common first. */
  examples: string[];
}

/** A group of questions the assistant missed or that led to a handoff. */
export interface ContentGap extends QuestionGroup {
  /** Questions of the group the assistant answered with a miss. */
  missed: number;
  /** Questions of the group that were the last before a request for a person. */
  ledToHandoff: number;
  /** Some of the conversations they were asked in, newest first. */
  places: QuestionPlace[];
}

/** A knowledge document and how many of the assistant's answers cited it. */
export interface SourceUsage {
  title: string;
  url: string | null;
  answers: number;
}

/** A visitor who wrote about prices or buying. */
export interface InterestLead extends QuestionPlace {
  /** The word or phrase of the keyword list that matched. */
  keyword: string;
  /** The message, shortened. */
  text: string;
}

/** An email address a visitor typed in a message. */
export interface EmailLead extends QuestionPlace {
  email: string;
}

/** The ratings visitors gave in a range. */
export interface Satisfaction {
  /** How many ratings were given. */
  ratings: number;
  /** Their mean, from 1 to 5; null without ratings. */
  average: number | null;
  /** How many ratings gave each score, from 1 to 5, every score listed. */
  distribution: { score: RatingScore; count: number }[];
}

/** The metrics that carry a written definition. */
export type InsightsMetric =
  | 'conversations'
  | 'outcomes'
  | 'rates'
  | 'handoffs'
  | 'firstHumanResponse'
  | 'queue'
  | 'resolution'
  | 'csat'
  | 'topQuestions'
  | 'contentGaps'
  | 'sources'
  | 'interestLeads'
  | 'emailLeads';

/** Everything the Insights page shows for one site and range. */
export interface InsightsReport {
  siteId: string;
  from: IsoDay;
  /** The last day of the range, included. */
  to: IsoDay;
  /** The IANA time zone the days are counted in, such as `Europe/Paris`. */
  timeZone: string;
  /** When the report was computed, in ms since the Unix epoch; later activity is not in it. */
  computedAt: number;
  /** How much of the range the figures cover: all of it, unless it held more than one report reads. */
  coverage: { conversationsRead: number; isComplete: boolean };
  /** How each figure is defined, in a sentence or two for the page. */
  definitions: Record<InsightsMetric, string>;
  /** Conversations that began in the range, by outcome. */
  totals: OutcomeCounts & { conversations: number };
  rates: { botResolution: Rate; handoff: Rate; unanswered: Rate; abandonment: Rate };
  /** Every day of the range, in order, including days without conversations. */
  days: InsightsDay[];
  /** By the trigger of each conversation's first request for a person, most conversations first. */
  handoffs: TriggerBreakdown[];
  timings: { firstHumanResponse: DurationSummary; queue: DurationSummary; resolution: DurationSummary };
  topQuestions: QuestionGroup[];
  contentGaps: ContentGap[];
  satisfaction: Satisfaction;
  /** Answers that cited no document are not counted. */
  sources: { documents: SourceUsage[]; answers: number };
  leads: { keywords: string[]; interest: InterestLead[]; emails: EmailLead[] };
}

/** A site, as the Insights page's picker lists it. */
export interface SiteOption {
  id: string;
  name: string;
}
