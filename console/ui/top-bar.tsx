import type { AgentProfile } from '../../protocol/agent-events.js';
import { ConnectionStatus } from './connection-status.js';
import { useModel } from './model-context.js';
import { NotificationsButton } from './notifications-button.js';
import { PageNav } from './page-nav.js';
import { ShortcutsDialog } from './shortcuts-dialog.js';
import { StatusControl } from './status-control.js';
import { useStore } from './use-store.js';

interface TopBarProps {
  agent: AgentProfile;
}

/**
 * What every page shares: the brand, the pages, the connection, the agent's status, notifications and
 * shortcuts, who is signed in, and signing out.
 */
export function TopBar({ agent }: TopBarProps) {
  const model = useModel();
  const dialog = useStore(model.shortcuts.$dialog);
  return (
    <header class="topbar">
      <h1 class="topbar__brand">Switchboard console</h1>
      <PageNav isAdmin={agent.role === 'admin'} />
      <ConnectionStatus />
      <StatusControl />
      <NotificationsButton />
      <button
        type="button"
        class="button button--ghost"
        aria-haspopup="dialog"
        onClick={() => model.shortcuts.openDialog('shortcuts')}
      >
        Keyboard shortcuts
      </button>
      <p class="topbar__agent">
        Signed in as <strong>{agent.name}</strong>
      </p>
      <button type="button" class="button" onClick={() => void model.session.signOut()}>
        Sign out
      </button>
      {dialog === 'shortcuts' ? <ShortcutsDialog onClose={model.shortcuts.closeDialog} /> : null}
    </header>
  );
}
