import type { ComponentChildren } from 'preact';
import type { AgentProfile } from '../../protocol/agent-events.js';
import { TopBar } from './top-bar.js';

interface PageFrameProps {
  agent: AgentProfile;
  children: ComponentChildren;
}

/** A page other than the inbox: the shared top bar over the page's own content, which scrolls. */
export function PageFrame({ agent, children }: PageFrameProps) {
  return (
    <div class="page-frame">
      <TopBar agent={agent} />
      {children}
    </div>
  );
}
