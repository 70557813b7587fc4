import { atom, computed, onMount, type ReadableAtom } from 'nanostores';
import type { RetentionDeletion, SiteSettings } from '../../protocol/http-api.js';
import type { ApiOutcome, SettingsApi } from './ports.js';

/** Where a form stands: sending, or what the relay answered last. */
export interface FormState {
  isBusy: boolean;
  /** Why the last request was refused, for an alert. */
  error: string | null;
  /** What the last request achieved, for a status line. */
  notice: string | null;
}

export const IDLE_FORM: FormState = { isBusy: false, error: null, notice: null };

/** The sites an admin may configure, and the selected site's retention. */
export interface SettingsStore {
  /** Every site; null until the relay answered. */
  $sites: ReadableAtom<SiteSettings[] | null>;
  /** Why the sites could not be loaded. */
  $loadError: ReadableAtom<string | null>;
  /** The site the page shows: the first one until another is chosen. */
  $siteId: ReadableAtom<string | null>;
  $site: ReadableAtom<SiteSettings | null>;
  $retentionForm: ReadableAtom<FormState>;
  /** What retention deleted from the selected site, newest first. */
  $deletions: ReadableAtom<RetentionDeletion[]>;
  selectSite(siteId: string): void;
  /** Lists a site just created, or shows a stored one's new name, without asking the relay again. */
  upsertSite(site: SiteSettings): void;
  /** Keeps conversations `retentionDays` days, or forever with null. */
  saveRetention(retentionDays: number | null): Promise<void>;
}

/** Unwraps an outcome, or tells the session to check itself when the relay no longer knows the agent. */
export async function settle<Value>(
  request: Promise<ApiOutcome<Value>>,
  onUnauthorized: () => void,
): Promise<ApiOutcome<Value>> {
  const outcome = await request;
  if (!outcome.ok && outcome.code === 'unauthorized') onUnauthorized();
  return outcome;
}

/** Describes a retention setting as a sentence for people. */
export function describeRetention(retentionDays: number | null): string {
  if (retentionDays === null) return 'Conversations are kept forever.';
  const days = retentionDays === 1 ? '1 day' : `${retentionDays} days`;
  return `Conversations with no new message for ${days} are deleted.`;
}

/** Creates the settings store; it loads the sites while the page shows them. */
export function createSettingsStore(api: SettingsApi, onUnauthorized: () => void): SettingsStore {
  const $sites = atom<SiteSettings[] | null>(null);
  const $loadError = atom<string | null>(null);
  const $siteId = atom<string | null>(null);
  const $site = computed(
    [$sites, $siteId],
    (sites, siteId) => sites?.find((site) => site.id === siteId) ?? null,
  );
  const $retentionForm = atom<FormState>(IDLE_FORM);
  const $deletions = atom<RetentionDeletion[]>([]);

  async function loadSites(): Promise<void> {
    const outcome = await settle(api.listSites(), onUnauthorized);
    if (!outcome.ok) return $loadError.set(outcome.message);
    $loadError.set(null);
    $sites.set(outcome.value);
    const isKnown = outcome.value.some((site) => site.id === $siteId.get());
    if (!isKnown) $siteId.set(outcome.value[0]?.id ?? null);
  }

  async function loadDeletions(siteId: string): Promise<void> {
    const outcome = await settle(api.listDeletions(siteId), onUnauthorized);
    if (outcome.ok && $siteId.get() === siteId) $deletions.set(outcome.value);
  }

  onMount($sites, () => {
    void loadSites();
    return $siteId.subscribe((siteId) => {
      $deletions.set([]);
      $retentionForm.set(IDLE_FORM);
      if (siteId !== null) void loadDeletions(siteId);
    });
  });

  async function saveRetention(retentionDays: number | null): Promise<void> {
    const siteId = $siteId.get();
    if (siteId === null || $retentionForm.get().isBusy) return;
    $retentionForm.set({ isBusy: true, error: null, notice: null });
    const outcome = await settle(api.setRetention(siteId, retentionDays), onUnauthorized);
    if (!outcome.ok) return $retentionForm.set({ isBusy: false, error: outcome.message, notice: null });
    $sites.set(($sites.get() ?? []).map((site) => (site.id === siteId ? outcome.value : site)));
    $retentionForm.set({ isBusy: false, error: null, notice: `Saved. ${describeRetention(retentionDays)}` });
  }

  function upsertSite(site: SiteSettings): void {
    const sites = $sites.get() ?? [];
    const isListed = sites.some((each) => each.id === site.id);
    $sites.set(isListed ? sites.map((each) => (each.id === site.id ? site : each)) : [...sites, site]);
  }

  return {
    $sites,
    $loadError,
    $siteId,
    $site,
    $retentionForm,
    $deletions,
    selectSite: (siteId) => $siteId.set(siteId),
    upsertSite,
    saveRetention,
  };
}
