/** Integration-test support: the console's REST API as each kind of caller reaches it. */
import { createAgentAccount } from '../auth/agent-accounts.js';
import { apiClient, type ApiClient } from './api-client.js';
import { ADMIN, type Harness } from './switchboard-harness.js';

/** The harness's first admin, an agent who is not an admin (Bob), and a caller who is not signed in. */
export interface RoleClients {
  admin: ApiClient;
  agent: ApiClient;
  anonymous: ApiClient;
}

export const BOB = { email: 'bob@example.com', name: 'Bob', password: 'bob-password' } as const;

/** Adds Bob to the harness's team and signs him and the admin in. */
export async function signInRoleClients(harness: Harness): Promise<RoleClients> {
  await createAgentAccount(harness.store, { ...BOB, role: 'agent' }, Date.now());
  const url = harness.switchboard.url;
  return {
    admin: apiClient(url, await harness.signIn(ADMIN.email, ADMIN.password)),
    agent: apiClient(url, await harness.signIn(BOB.email, BOB.password)),
    anonymous: apiClient(url, null),
  };
}
