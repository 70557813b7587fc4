import type { AgentProfile, AgentRole } from '../../protocol/agent-events.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';
import { hashPassword } from './passwords.js';
import { randomId, randomToken } from './secrets.js';

export interface AgentAccount {
  email: string;
  name: string;
  role: AgentRole;
  password: string;
}

/**
 * Creates an agent, keeping only the hash of their password. Returns their profile, or null when another
 * agent has the email.
 */
export async function createAgentAccount(
  store: Store,
  account: AgentAccount,
  now: number,
): Promise<AgentProfile | null> {
  const { password, ...profile } = account;
  const agent = { ...profile, id: randomId(), email: profile.email.toLowerCase() };
  const isCreated = await store.createAgent({
    ...agent,
    passwordHash: await hashPassword(password),
    createdAt: now,
  });
  return isCreated ? agent : null;
}

/**
 * On the first start (no agents yet), creates the first admin: with the configured email and password, or
 * with a generated password printed once, since it is stored only as a hash and cannot be shown again.
 */
export async function ensureFirstAdmin(
  store: Store,
  configured: { email: string | undefined; password: string | undefined },
  options: { now: number; logger: Logger; announce: (text: string) => void },
): Promise<void> {
  if ((await store.countAgents()) > 0) return;
  const email = configured.email ?? 'admin@switchboard.local';
  const password = configured.password ?? randomToken().slice(0, 20);
  await createAgentAccount(store, { email, name: 'Admin', role: 'admin', password }, options.now);
  options.logger.info('first admin created', { email });
  if (configured.password === undefined) {
    options.announce(
      `\n  First admin created: ${email}\n  Password (shown once, stored only as a hash): ${password}\n` +
        '  Set SWITCHBOARD_ADMIN_EMAIL and SWITCHBOARD_ADMIN_PASSWORD before the first start to choose them.\n',
    );
  }
}
