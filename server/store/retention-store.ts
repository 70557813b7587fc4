/**
 * The store port's part for site settings and retention: how long each site keeps conversations, deleting
 * those past it, and the record of every deletion.
 */
import type { RetentionDeletion, SiteSettings } from '../../protocol/http-api.js';

export interface RetentionStore {
  /** Every site with its settings, by name. */
  listSiteSettings(): Promise<SiteSettings[]>;
  findSiteSettings(siteId: string): Promise<SiteSettings | null>;
  /** Sets how many days the site keeps conversations (null: forever); null when there is no such site. */
  setRetentionDays(siteId: string, retentionDays: number | null): Promise<SiteSettings | null>;
  /**
   * Deletes up to `limit` of the site's conversations with no entry since before `before`, with their
   * entries and webhook deliveries, and records the counts, in one transaction. A conversation that gets a
   * new entry meanwhile is kept, and of several processes deleting at once each conversation is deleted and
   * counted by one. Returns the record, or null when nothing was deleted (and nothing recorded).
   */
  deleteConversationsBefore(request: {
    siteId: string;
    before: number;
    limit: number;
    /** The deletion time, in ms since the Unix epoch. */
    at: number;
  }): Promise<RetentionDeletion | null>;
  /** The site's `limit` most recent deletion records, newest first. */
  listRetentionDeletions(siteId: string, limit: number): Promise<RetentionDeletion[]>;
}
