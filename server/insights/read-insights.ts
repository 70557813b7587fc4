/**
 * Reads a site's conversation logs for a range from the store, page by page, and builds the report. The
 * reading is bounded: past MAX_CONVERSATIONS the report covers the conversations read so far and says so.
 */
import type { InsightsReport, IsoDay } from '../../protocol/insights.js';
import type { ConversationLog, Store } from '../store/store.js';
import { createCalendar, createDayRange } from './calendar.js';
import { buildInsightsReport } from './insights-report.js';

/** What one report may read. */
export interface ReadLimits {
  /** Conversations per store query. */
  pageSize: number;
  /** Conversations per report; the figures cover no more than these. */
  maxConversations: number;
}

export const REPORT_LIMITS: ReadLimits = { pageSize: 200, maxConversations: 5000 };

export interface InsightsRequest {
  siteId: string;
  from: IsoDay;
  to: IsoDay;
  /** An IANA time zone the runtime knows. */
  timeZone: string;
}

export async function readInsightsReport(
  store: Store,
  request: InsightsRequest,
  now: number,
  limits: ReadLimits = REPORT_LIMITS,
): Promise<InsightsReport> {
  const calendar = createCalendar(request.timeZone);
  const range = createDayRange(calendar, request.from, request.to);
  const page = (afterId: string | null, limit: number) =>
    store.readConversationLogs({ siteId: request.siteId, from: range.start, to: range.end, afterId, limit });

  const logs: ConversationLog[] = [];
  let isComplete = false;
  while (logs.length < limits.maxConversations) {
    const limit = Math.min(limits.pageSize, limits.maxConversations - logs.length);
    const read = await page(logs.at(-1)?.conversationId ?? null, limit);
    logs.push(...read);
    if (read.length < limit) {
      isComplete = true;
      break;
    }
  }
  // Exactly at the limit, one more look tells whether anything was left unread.
  if (!isComplete) isComplete = (await page(logs.at(-1)?.conversationId ?? null, 1)).length === 0;

  return buildInsightsReport(logs, {
    siteId: request.siteId,
    from: request.from,
    to: request.to,
    calendar,
    computedAt: now,
    coverage: { conversationsRead: logs.length, isComplete },
  });
}
