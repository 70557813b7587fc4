import { atom, type ReadableAtom } from 'nanostores';
import type { CannedResponse, CannedResponseRequest } from '../../protocol/http-api.js';
import type { CannedResponsesApi } from './ports.js';
import { IDLE_FORM, settle, type FormState } from './settings-store.js';

/** The team's canned responses: suggested in the reply box, managed by admins on the Settings page. */
export interface CannedResponseStore {
  /** Every canned response, by shortcut; empty until loaded. */
  $responses: ReadableAtom<CannedResponse[]>;
  /** The admins' form: saving or deleting, and the relay's last answer. */
  $form: ReadableAtom<FormState>;
  /** Fetches the list again; a failure keeps the list held. */
  load(): Promise<void>;
  /** Creates a canned response (`id` null) or replaces one; resolves true once saved. */
  save(id: string | null, request: CannedResponseRequest): Promise<boolean>;
  remove(id: string): Promise<void>;
}

function byShortcut(a: CannedResponse, b: CannedResponse): number {
  return a.shortcut.localeCompare(b.shortcut);
}

export function createCannedResponseStore(
  api: CannedResponsesApi,
  onUnauthorized: () => void,
): CannedResponseStore {
  const $responses = atom<CannedResponse[]>([]);
  const $form = atom<FormState>(IDLE_FORM);

  async function load(): Promise<void> {
    const outcome = await settle(api.list(), onUnauthorized);
    if (outcome.ok) $responses.set(outcome.value.toSorted(byShortcut));
  }

  async function save(id: string | null, request: CannedResponseRequest): Promise<boolean> {
    $form.set({ isBusy: true, error: null, notice: null });
    const outcome = await settle(
      id === null ? api.create(request) : api.replace(id, request),
      onUnauthorized,
    );
    if (!outcome.ok) {
      $form.set({ isBusy: false, error: outcome.message, notice: null });
      return false;
    }
    const others = $responses.get().filter((response) => response.id !== outcome.value.id);
    $responses.set([...others, outcome.value].toSorted(byShortcut));
    $form.set({ isBusy: false, error: null, notice: `Saved /${outcome.value.shortcut}.` });
    return true;
  }

  async function remove(id: string): Promise<void> {
    const removed = $responses.get().find((response) => response.id === id);
    $form.set({ isBusy: true, error: null, notice: null });
    const outcome = await settle(api.remove(id), onUnauthorized);
    // A response someone else deleted already is gone either way.
    if (outcome.ok || outcome.code === 'canned_response_not_found') {
      $responses.set($responses.get().filter((response) => response.id !== id));
      $form.set({ isBusy: false, error: null, notice: `Deleted /${removed?.shortcut ?? ''}.` });
    } else {
      $form.set({ isBusy: false, error: outcome.message, notice: null });
    }
  }

  return { $responses, $form, load, save, remove };
}
