/**
 * The chat frame's entry point: reads its context from its address, starts the chat session and the bridge
 * to the loader on the host page, and renders the panel.
 */
import { render } from 'preact';
import { createChatSession } from '../chat/chat-session.js';
import { createClientId } from '../chat/client-id.js';
import { parseFrameContext } from '../chat/frame-context.js';
import { browserStorage } from '../transport/browser-storage.js';
import { createHostBridge } from '../transport/host-bridge.js';
import { systemClock } from '../transport/system-clock.js';
import { createVisitorLink } from '../transport/visitor-link.js';
import { App } from '../ui/app.js';

const root = document.getElementById('app');
const frame = parseFrameContext(location, navigator.language || null);

if (root !== null && frame === null) {
  root.textContent = 'This chat could not start.';
} else if (root !== null && frame !== null) {
  const session = createChatSession({
    siteId: frame.siteId,
    context: frame.visitor,
    storage: browserStorage(),
    openLink: createVisitorLink(location.origin),
    createId: createClientId,
    clock: systemClock,
  });
  const hostOrigin = window.parent === window ? null : frame.hostOrigin;
  const bridge =
    hostOrigin === null
      ? null
      : createHostBridge(hostOrigin, (message) => session.setPanelOpen(message.type === 'panel:opened'));
  const onClose = (): void => bridge?.post({ type: 'panel:close-requested' });

  render(<App session={session} onClose={onClose} />, root);
  session.start();

  if (bridge === null) {
    // Opened on its own (a direct link, or a host page that did not say who it is): the panel is all there is.
    session.setPanelOpen(true);
  } else {
    bridge.post({ type: 'frame:ready' });
    session.$unread.subscribe((count) => bridge.post({ type: 'unread:changed', count }));
    session.$isLive.subscribe((isLive) => {
      if (isLive !== null) bridge.post({ type: 'conversation:live', isLive });
    });
  }
}
