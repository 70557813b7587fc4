/**
 * The chat frame's entry point: reads its context from its address and the site's configuration from its
 * document, picks the visitor's language, then starts the chat session and the bridge to the loader on the
 * host page and renders the panel; or, at `/chat/<siteId>`, the full-page assistant; or, with `?preview`,
 * the console's branding preview.
 */
import { render } from 'preact';
import { DEFAULT_BRANDING } from '../../protocol/sites.js';
import { createChatSession } from '../chat/chat-session.js';
import { createClientId } from '../chat/client-id.js';
import { parseFrameContext } from '../chat/frame-context.js';
import { readSiteConfig } from '../chat/site-config.js';
import { chooseLanguage } from '../i18n/choose-language.js';
import { en } from '../i18n/en.js';
import { loadMessages } from '../i18n/load-messages.js';
import { browserStorage } from '../transport/browser-storage.js';
import { createHostBridge } from '../transport/host-bridge.js';
import { systemClock } from '../transport/system-clock.js';
import { createVisitorLink } from '../transport/visitor-link.js';
import { App } from '../ui/app.js';
import { MessagesContext } from '../ui/use-messages.js';
import { applyBranding } from './apply-branding.js';

const root = document.getElementById('app');
const frame = parseFrameContext(location, navigator.language || null);
const config = readSiteConfig(document.getElementById('site-config')?.textContent);
// A relay that inlines no configuration still gets a working chat, in the default look.
const branding = config?.branding ?? DEFAULT_BRANDING;
const language = chooseLanguage(branding.locale, navigator.languages);
applyBranding(branding, language);

if (root !== null && frame === null) {
  root.textContent = en.cannotStart;
} else if (root !== null && frame?.isPreview === true) {
  void import('./preview.js').then((preview) => preview.startPreview(root, branding, language));
} else if (root !== null && frame !== null) {
  void loadMessages(language).then((messages) => {
    const hostOrigin = window.parent === window ? null : frame.hostOrigin;
    // Posts to the loader once it is known; the session reports before the bridge exists only in tests.
    let post: ReturnType<typeof createHostBridge>['post'] = () => undefined;
    const session = createChatSession({
      siteId: frame.siteId,
      context: frame.visitor,
      storage: browserStorage(),
      openLink: createVisitorLink(location.origin),
      createId: createClientId,
      clock: systemClock,
      messages,
      onMessageAdded: (message) => post({ type: 'message:added', message }),
      onIdentifyRefused: (error) => post({ type: 'visitor:identify-refused', error }),
    });
    const bridge =
      hostOrigin === null
        ? null
        : createHostBridge(hostOrigin, (message) => {
            if (message.type === 'visitor:identify') session.identify(message.claim);
            else if (message.type !== 'preview:branding') session.setPanelOpen(message.type === 'panel:opened');
          });
    const onClose = bridge === null ? null : (): void => bridge.post({ type: 'panel:close-requested' });
    if (bridge !== null) post = bridge.post;
    // Opened on its own (the full-page assistant at /chat/SITE, or a direct link): the page is the chat.
    if (bridge === null) root.classList.add('page');

    render(
      <MessagesContext.Provider value={messages}>
        <App session={session} branding={branding} onClose={onClose} />
      </MessagesContext.Provider>,
      root,
    );
    session.start();

    if (bridge === null) {
      session.setPanelOpen(true);
    } else {
      bridge.post({ type: 'frame:ready' });
      session.$unread.subscribe((count) => bridge.post({ type: 'unread:changed', count }));
      session.$isLive.subscribe((isLive) => {
        if (isLive !== null) bridge.post({ type: 'conversation:live', isLive });
      });
    }
  });
}
