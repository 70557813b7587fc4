import { atom, type ReadableAtom } from 'nanostores';
import type { AgentProfile } from '../../protocol/agent-events.js';
import type { NewAgentRequest } from '../../protocol/http-api.js';
import type { TeamApi } from './ports.js';
import { IDLE_FORM, settle, type FormState } from './settings-store.js';

/** The team's accounts on the Settings page: who can sign in, and the admins' form to add a teammate. */
export interface TeamAdminStore {
  /** Every agent, by name; empty until loaded. */
  $members: ReadableAtom<AgentProfile[]>;
  $form: ReadableAtom<FormState>;
  /** Fetches the list again; a failure keeps the list held. */
  load(): Promise<void>;
  /** Adds a teammate; resolves true once the relay stored them. */
  add(request: NewAgentRequest): Promise<boolean>;
}

function byName(a: AgentProfile, b: AgentProfile): number {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

export function createTeamAdminStore(api: TeamApi, onUnauthorized: () => void): TeamAdminStore {
  const $members = atom<AgentProfile[]>([]);
  const $form = atom<FormState>(IDLE_FORM);

  async function load(): Promise<void> {
    const outcome = await settle(api.list(), onUnauthorized);
    if (outcome.ok) $members.set(outcome.value.toSorted(byName));
  }

  async function add(request: NewAgentRequest): Promise<boolean> {
    if ($form.get().isBusy) return false;
    $form.set({ isBusy: true, error: null, notice: null });
    const outcome = await settle(api.add(request), onUnauthorized);
    if (!outcome.ok) {
      $form.set({ isBusy: false, error: outcome.message, notice: null });
      return false;
    }
    $members.set([...$members.get(), outcome.value].toSorted(byName));
    $form.set({
      isBusy: false,
      error: null,
      notice: `Added ${outcome.value.name}; they can sign in as ${outcome.value.email}.`,
    });
    return true;
  }

  return { $members, $form, load, add };
}
