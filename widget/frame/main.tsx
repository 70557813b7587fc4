/**
 * The chat frame's entry point: reads its context from its address and the site's configuration from its
 * document, picks the visitor's language, then starts the chat session and the bridge to the loader on the
 * host page and renders the panel; or, at `/chat/<siteId>`, the full-page assistant; or, with `?preview`,
 * the console's branding preview.
 */
import { render } from 'preact';
import type { SiteBranding } from '../../protocol/sites.js';
import { createChatSession, type ChatSession } from '../chat/chat-session.js';
import { createClientId } from '../chat/client-id.js';
import { parseFrameContext, type FrameContext } from '../chat/frame-context.js';
import type { KeyValueStorage } from '../chat/ports.js';
import { readSiteConfig } from '../chat/site-config.js';
import { chooseLanguage } from '../i18n/choose-language.js';
import { en } from '../i18n/en.js';
import { loadMessages } from '../i18n/load-messages.js';
import type { Messages } from '../i18n/messages.js';
import { browserStorage } from '../transport/browser-storage.js';
import { createHostBridge, type HostBridge } from '../transport/host-bridge.js';
import { requestHostStorage, type HostStorageRequest } from '../transport/host-storage.js';
import { memoryStorage } from '../transport/memory-storage.js';
import { systemClock } from '../transport/system-clock.js';
import { createVisitorLink } from '../transport/visitor-link.js';
import { App } from '../ui/app.js';
import { MessagesContext } from '../ui/use-messages.js';
import { applyBranding } from './apply-branding.js';

const appRoot = document.getElementById('app');
const context = parseFrameContext(location, navigator.language || null);
// The relay inlines the site's configuration in every frame and full-page document it serves.
const siteBranding = readSiteConfig(document.getElementById('site-config')?.textContent)?.branding ?? null;

if (appRoot !== null && (context === null || siteBranding === null)) {
  appRoot.textContent = en.cannotStart;
} else if (appRoot !== null && context !== null && siteBranding !== null) {
  const language = chooseLanguage(siteBranding.locale, navigator.languages);
  applyBranding(siteBranding, language);
  if (context.isPreview) {
    void import('./preview.js').then((preview) => preview.startPreview(appRoot, siteBranding, language));
  } else {
    void loadMessages(language).then((messages) => startChat(appRoot, context, siteBranding, messages));
  }
}

/** The visitor's chat: in the loader's panel, or the whole page at `/chat/<siteId>`. */
function startChat(root: HTMLElement, frame: FrameContext, branding: SiteBranding, messages: Messages): void {
  const hostOrigin = window.parent === window ? null : frame.hostOrigin;
  let session: ChatSession | null = null;
  let hostStorage: HostStorageRequest | null = null;
  // The loader says nothing before `frame:ready` but the snapshot, so the session exists for everything else.
  const bridge =
    hostOrigin === null
      ? null
      : createHostBridge(hostOrigin, (message) => {
          if (message.type === 'storage:snapshot') hostStorage?.receive(message.items);
          else if (message.type === 'visitor:identify') session?.identify(message.claim);
          else if (message.type !== 'preview:branding')
            session?.setPanelOpen(message.type === 'panel:opened');
        });
  const ownStorage = browserStorage();
  if (ownStorage !== null || bridge === null) {
    // The full page is first-party: its storage is denied only where nothing would keep it anyway.
    session = runChat(root, frame, branding, messages, ownStorage ?? memoryStorage(), bridge);
  } else {
    // A third-party frame the browser denies storage: the visitor record lives in the host page's.
    hostStorage = requestHostStorage(bridge.post, systemClock);
    void hostStorage.storage.then((storage) => {
      session = runChat(root, frame, branding, messages, storage, bridge);
    });
  }
}

/** Starts the visitor's session on `storage`, renders the panel, and tells the loader it listens. */
function runChat(
  root: HTMLElement,
  frame: FrameContext,
  branding: SiteBranding,
  messages: Messages,
  storage: KeyValueStorage,
  host: HostBridge | null,
): ChatSession {
  const session = createChatSession({
    siteId: frame.siteId,
    context: frame.visitor,
    storage,
    openLink: createVisitorLink(location.origin),
    createId: createClientId,
    clock: systemClock,
    messages,
    onMessageAdded: (message) => host?.post({ type: 'message:added', message }),
    onIdentifyRefused: (error) => host?.post({ type: 'visitor:identify-refused', error }),
  });
  const onClose = host === null ? null : (): void => host.post({ type: 'panel:close-requested' });
  // Opened on its own (the full-page assistant at /chat/SITE, or a direct link): the page is the chat.
  if (host === null) root.classList.add('page');

  render(
    <MessagesContext.Provider value={messages}>
      <App session={session} branding={branding} onClose={onClose} />
    </MessagesContext.Provider>,
    root,
  );
  session.start();

  if (host === null) {
    session.setPanelOpen(true);
  } else {
    host.post({ type: 'frame:ready' });
    session.$unread.subscribe((count) => host.post({ type: 'unread:changed', count }));
    session.$isLive.subscribe((isLive) => {
      if (isLive !== null) host.post({ type: 'conversation:live', isLive });
    });
  }
  return session;
}
