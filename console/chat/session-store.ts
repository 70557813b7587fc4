import { atom, type ReadableAtom } from 'nanostores';
import type { AgentProfile } from '../../protocol/agent-events.js';
import type { SessionApi } from './ports.js';
import { describeSessionError } from './session-error.js';

/** Whether an agent is signed in: `loading` until the relay has answered. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; error: string | null; isSubmitting: boolean }
  | { status: 'signed-in'; agent: AgentProfile };

/** The session store and its commands. */
export interface SessionStore {
  $session: ReadableAtom<SessionState>;
  /** Asks the relay who is signed in; an ended session shows the sign-in form. */
  load(): Promise<void>;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Takes a fresher profile of the signed-in agent (the inbox answer carries one). */
  refresh(agent: AgentProfile): void;
}

/** Creates the session store over the REST API. */
export function createSessionStore(api: SessionApi): SessionStore {
  const $session = atom<SessionState>({ status: 'loading' });

  async function load(): Promise<void> {
    const wasSignedIn = $session.get().status === 'signed-in';
    const outcome = await api.current();
    if (outcome.ok) {
      $session.set({ status: 'signed-in', agent: outcome.agent });
    } else if (outcome.code === 'unauthorized') {
      const error = wasSignedIn ? describeSessionError('unauthorized') : null;
      $session.set({ status: 'signed-out', error, isSubmitting: false });
    } else if (!wasSignedIn) {
      $session.set({ status: 'signed-out', error: describeSessionError(outcome.code), isSubmitting: false });
    }
  }

  async function signIn(email: string, password: string): Promise<void> {
    const state = $session.get();
    if (state.status !== 'signed-out' || state.isSubmitting) return;
    $session.set({ status: 'signed-out', error: null, isSubmitting: true });
    const outcome = await api.signIn({ email, password });
    $session.set(
      outcome.ok
        ? { status: 'signed-in', agent: outcome.agent }
        : { status: 'signed-out', error: describeSessionError(outcome.code), isSubmitting: false },
    );
  }

  async function signOut(): Promise<void> {
    await api.signOut();
    $session.set({ status: 'signed-out', error: null, isSubmitting: false });
  }

  function refresh(agent: AgentProfile): void {
    if ($session.get().status === 'signed-in') $session.set({ status: 'signed-in', agent });
  }

  return { $session, load, signIn, signOut, refresh };
}
