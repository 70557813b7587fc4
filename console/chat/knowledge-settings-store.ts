import { atom, onMount, type ReadableAtom } from 'nanostores';
import type { KnowledgeDocumentSummary } from '../../protocol/http-api.js';
import type { SettingsApi } from './ports.js';
import { settle } from './settings-store.js';

/** The selected site's knowledge documents, as the Settings page lists them. */
export interface KnowledgeSettingsStore {
  /** The documents by title, each with its citations in the last 30 days; null until the relay answered. */
  $documents: ReadableAtom<KnowledgeDocumentSummary[] | null>;
  /** Why the documents could not be loaded. */
  $loadError: ReadableAtom<string | null>;
}

/** Creates the knowledge list of the site `$siteId` names; it loads while the page shows it. */
export function createKnowledgeSettingsStore(
  api: SettingsApi,
  $siteId: ReadableAtom<string | null>,
  onUnauthorized: () => void,
): KnowledgeSettingsStore {
  const $documents = atom<KnowledgeDocumentSummary[] | null>(null);
  const $loadError = atom<string | null>(null);

  async function load(siteId: string): Promise<void> {
    const outcome = await settle(api.listKnowledge(siteId), onUnauthorized);
    // An answer for a site the admin has since left is not shown.
    if ($siteId.get() !== siteId) return;
    if (outcome.ok) $documents.set(outcome.value);
    else $loadError.set(outcome.message);
  }

  onMount($documents, () =>
    $siteId.subscribe((siteId) => {
      $documents.set(null);
      $loadError.set(null);
      if (siteId !== null) void load(siteId);
    }),
  );

  return { $documents, $loadError };
}
