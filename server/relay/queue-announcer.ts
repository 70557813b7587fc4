import type { QueueStatus } from '../../protocol/conversation.js';
import { estimateWaitMs } from '../conversation/queue-estimate.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';
import { createCoalescedTask } from './coalesced-task.js';
import type { TeamAvailability } from './team-availability.js';

/** How many of a site's recent waits the estimate is made from. */
export const RECENT_WAITS_COUNTED = 20;
/** Waits older than this say little about the queue now. */
export const RECENT_WAITS_WINDOW_MS = 24 * 60 * 60_000;
/** How long a process reuses a site's recent waits: they change with each join, and slowly. */
export const RECENT_WAITS_MAX_AGE_MS = 5000;

export interface QueueAnnouncerOptions {
  store: Store;
  now: () => number;
  team: Pick<TeamAvailability, 'onlineAgents'>;
  /** Tells one visitor (all their tabs, on every relay process) their place in the queue. */
  tell: (visitorId: string, status: QueueStatus) => void;
  logger: Logger;
}

export interface QueueAnnouncer {
  /**
   * Tells every waiting visitor of the site their position and estimate, as the store has the queue now.
   * Bursts of calls for one site coalesce; the work is done in the background.
   */
  announce(siteId: string): void;
}

/**
 * The queue as waiting visitors see it: requeued visitors first, then by when they started waiting; the
 * estimate from the site's recent waits and the agents online. Computed by the process that committed the
 * change and sent through the visitors' rooms, so visitors connected to any process hear it.
 */
export function createQueueAnnouncer(options: QueueAnnouncerOptions): QueueAnnouncer {
  const { store, now, team, tell, logger } = options;
  const tasks = new Map<string, () => void>();
  const recentWaits = new Map<string, { waits: Promise<number[]>; at: number }>();

  function recentWaitsOf(siteId: string): Promise<number[]> {
    const at = now();
    const cached = recentWaits.get(siteId);
    if (cached && at - cached.at < RECENT_WAITS_MAX_AGE_MS) return cached.waits;
    const waits = store.listRecentWaits(siteId, at - RECENT_WAITS_WINDOW_MS, RECENT_WAITS_COUNTED);
    recentWaits.set(siteId, { waits, at });
    waits.catch(() => recentWaits.delete(siteId));
    return waits;
  }

  async function announceNow(siteId: string): Promise<void> {
    const waiting = await store.listWaitingConversations(siteId);
    if (waiting.length === 0) return;
    const [waits, online] = await Promise.all([recentWaitsOf(siteId), team.onlineAgents()]);
    waiting.forEach((conversation, index) => {
      const position = index + 1;
      tell(conversation.visitorId, { position, estimatedWaitMs: estimateWaitMs(waits, position, online) });
    });
  }

  return {
    announce(siteId) {
      let task = tasks.get(siteId);
      if (!task) {
        task = createCoalescedTask(() => announceNow(siteId), logger);
        tasks.set(siteId, task);
      }
      task();
    },
  };
}
