import { describe, expect, it } from 'vitest';
import type { AgentProfile } from '../../protocol/agent-events.js';
import type { TeamApi } from './ports.js';
import { createTeamAdminStore } from './team-admin-store.js';

const ADMIN: AgentProfile = { id: 'a', name: 'Admin', email: 'admin@example.com', role: 'admin' };

/** An in-memory API with the relay's rule: one agent per email. */
function createFakeApi(held: AgentProfile[] = [ADMIN]): TeamApi {
  let members = [...held];
  return {
    list: () => Promise.resolve({ ok: true, value: members }),
    add: ({ email, name, role }) => {
      if (members.some((member) => member.email === email)) {
        return Promise.resolve({ ok: false, code: 'email_taken', message: 'Another agent has this email.' });
      }
      const member = { id: `id-${name}`, email, name, role };
      members = [...members, member];
      return Promise.resolve({ ok: true, value: member });
    },
  };
}

const grace = {
  email: 'grace@example.com',
  name: 'Grace',
  role: 'agent' as const,
  password: 'long-password-1',
};

describe('createTeamAdminStore', () => {
  it('adds a teammate to the list, by name, and says how they sign in', async () => {
    const store = createTeamAdminStore(createFakeApi(), () => undefined);
    await store.load();
    expect(await store.add({ ...grace, name: 'Bea', email: 'bea@example.com' })).toBe(true);
    expect(store.$members.get().map((member) => member.name)).toEqual(['Admin', 'Bea']);
    expect(store.$form.get().notice).toBe('Added Bea; they can sign in as bea@example.com.');
  });

  it('shows the relay’s refusal and keeps the list as it was', async () => {
    const store = createTeamAdminStore(createFakeApi(), () => undefined);
    await store.load();
    expect(await store.add({ ...grace, email: ADMIN.email })).toBe(false);
    expect(store.$form.get()).toEqual({
      isBusy: false,
      error: 'Another agent has this email.',
      notice: null,
    });
    expect(store.$members.get()).toEqual([ADMIN]);
  });

  it('signs the console out when the session has expired', async () => {
    let isSignedOut = false;
    const expired: TeamApi = {
      list: () => Promise.resolve({ ok: false, code: 'unauthorized', message: 'Not signed in.' }),
      add: () => Promise.resolve({ ok: false, code: 'unauthorized', message: 'Not signed in.' }),
    };
    await createTeamAdminStore(expired, () => (isSignedOut = true)).load();
    expect(isSignedOut).toBe(true);
  });
});
