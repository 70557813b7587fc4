import type { AgentProfile } from '../../protocol/agent-events.js';
import { ConnectionStatus } from './connection-status.js';
import { useModel } from './model-context.js';
import { PageNav } from './page-nav.js';

interface TopBarProps {
  agent: AgentProfile;
}

/** The bar over every page: the brand, the pages, the connection, who is signed in, and signing out. */
export function TopBar({ agent }: TopBarProps) {
  const model = useModel();
  return (
    <header class="topbar">
      <h1 class="topbar__brand">Switchboard console</h1>
      <PageNav />
      <ConnectionStatus />
      <p class="topbar__agent">
        Signed in as <strong>{agent.name}</strong>
      </p>
      <button type="button" class="button" onClick={() => void model.session.signOut()}>
        Sign out
      </button>
    </header>
  );
}
