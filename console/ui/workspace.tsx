import { useEffect } from 'preact/hooks';
import type { AgentProfile } from '../../protocol/agent-events.js';
import { ConversationView } from './conversation-view.js';
import { InboxTabs } from './inbox-tabs.js';
import { TeamPanel } from './team-panel.js';
import { TopBar } from './top-bar.js';
import { useModel } from './model-context.js';
import { useShortcuts } from './use-shortcuts.js';
import { useStore } from './use-store.js';
import { VisitorContextPanel } from './visitor-context-panel.js';

interface WorkspaceProps {
  agent: AgentProfile;
}

/** The signed-in console: the inbox on the left, the open conversation, the visitor on the right. */
export function Workspace({ agent }: WorkspaceProps) {
  const model = useModel();
  const open = useStore(model.conversation.$open);
  const conversations = useStore(model.inbox.$conversations);
  const summary = open === null ? undefined : conversations[open.id];
  useShortcuts(model.shortcuts);
  useEffect(() => void model.cannedResponses.load(), [model]);

  return (
    <div class={open === null ? 'workspace' : 'workspace workspace--open'}>
      <TopBar agent={agent} />
      <section class="inbox" aria-labelledby="inbox-title">
        <h2 id="inbox-title" class="visually-hidden">
          Inbox
        </h2>
        <InboxTabs />
        <TeamPanel />
      </section>
      <main class="main">
        {open === null ? (
          <div class="empty">
            <p class="empty__title">No conversation open</p>
            <p>Choose a conversation in the inbox to read its timeline and reply.</p>
          </div>
        ) : (
          <ConversationView open={open} summary={summary} />
        )}
      </main>
      {summary === undefined ? null : <VisitorContextPanel conversation={summary} />}
    </div>
  );
}
