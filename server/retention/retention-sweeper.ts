import type { RetentionDeletion } from '../../protocol/http-api.js';
import type { Logger } from '../logger.js';
import { createPeriodicTask } from '../periodic-task.js';
import type { Store } from '../store/store.js';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** How often each relay process applies retention: deletion is due within this long of its day. */
export const RETENTION_SWEEP_INTERVAL_MS = 10 * 60_000;
/** The first sweep after a process starts: soon, so retention runs even where processes restart often. */
const FIRST_SWEEP_DELAY_MS = 5000;
/** Conversations deleted per transaction, so no transaction holds its locks long. */
const CONVERSATIONS_PER_DELETION = 200;
/** Transactions per site per sweep, so one sweep stays bounded; the rest waits for the next. */
const DELETIONS_PER_SITE_PER_SWEEP = 50;

export interface RetentionSweeperOptions {
  store: Store;
  nodeId: string;
  now: () => number;
  logger: Logger;
}

export interface RetentionSweeper {
  /** Deletes every site's conversations past its retention now, and returns the records of what went. */
  sweep(): Promise<RetentionDeletion[]>;
  /** Sweeps soon after start, then every {@link RETENTION_SWEEP_INTERVAL_MS}, until stopped. */
  start(): void;
  stop(): Promise<void>;
}

/**
 * Applies each site's retention: conversations with no entry for more than the site's number of days are
 * deleted with their entries and webhook deliveries. Every relay process sweeps; the store deletes and
 * counts each conversation once however many sweep at the same moment. Each deletion is logged with its
 * counts, and recorded in the store.
 */
export function createRetentionSweeper(options: RetentionSweeperOptions): RetentionSweeper {
  const { store, nodeId, now, logger } = options;

  async function sweepSite(siteId: string, retentionDays: number): Promise<RetentionDeletion[]> {
    const before = now() - retentionDays * DAY_MS;
    const records: RetentionDeletion[] = [];
    for (let round = 0; round < DELETIONS_PER_SITE_PER_SWEEP; round++) {
      const record = await store.deleteConversationsBefore({
        siteId,
        before,
        limit: CONVERSATIONS_PER_DELETION,
        at: now(),
      });
      if (record === null) break;
      const { id, ...counts } = record;
      logger.info('retention deleted conversations', { ...counts, deletionId: id, retentionDays, nodeId });
      records.push(record);
    }
    return records;
  }

  async function sweep(): Promise<RetentionDeletion[]> {
    const records: RetentionDeletion[] = [];
    for (const site of await store.listSiteSettings()) {
      if (site.retentionDays !== null) records.push(...(await sweepSite(site.id, site.retentionDays)));
    }
    return records;
  }

  const loop = createPeriodicTask('retention sweep', sweep, {
    intervalMs: RETENTION_SWEEP_INTERVAL_MS,
    logger,
  });
  return {
    sweep,
    start: () => loop.start(FIRST_SWEEP_DELAY_MS),
    stop: () => loop.stop(),
  };
}
