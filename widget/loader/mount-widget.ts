import type { HostMessageEvent, LoaderToFrameMessage } from '../../protocol/frame-messages.js';
import type { SiteBranding, VisitorIdentityClaim, WidgetLocale } from '../../protocol/sites.js';
import { frameUrl } from './frame-url.js';
import { frameItems, setHostItem, withHostStorage } from './host-storage.js';
import type { WidgetControls } from './host-api.js';
import { badgeText, launcherLabel } from './launcher-label.js';
import { launcherCss, LAUNCHER_HTML } from './launcher-styles.js';
import { LAUNCHER_TEXT } from './launcher-text.js';
import { readFrameMessage } from './read-frame-message.js';

export interface WidgetOptions {
  siteId: string;
  /** The relay's origin, where the frame and its messages come from. */
  relayOrigin: string;
  branding: SiteBranding;
  language: WidgetLocale;
}

type WithoutSource<Message> = Message extends unknown ? Omit<Message, 'source'> : never;

/**
 * Draws the launcher in the site's colours, corner and language in a shadow root at the end of the body, and
 * creates the chat frame when the visitor first opens it, or at once (hidden) when a conversation is under
 * way, so the unread badge keeps counting. Returns what the host page's `Switchboard(…)` calls act on.
 */
export function mountWidget({ siteId, relayOrigin, branding, language }: WidgetOptions): WidgetControls {
  const t = LAUNCHER_TEXT[language];
  const liveKey = `switchboard:${siteId}:live` as const;
  const host = document.createElement('switchboard-widget');
  // Inline, so that page rules such as `body > * { display: none }` lose against it.
  host.style.cssText = 'all:initial';
  const root = host.attachShadow({ mode: 'open' });
  const css = launcherCss(branding);
  root.innerHTML = LAUNCHER_HTML;
  try {
    // A constructed sheet is not an inline style, so host pages with a strict style-src CSP still allow it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
  const button = root.querySelector('button')!;
  const badge = root.querySelector('span')!;
  const panel = root.querySelector('div')!;
  let frame: HTMLIFrameElement | null = null;
  let isOpen = false;
  let isReady = false;
  let unread = 0;
  /** The host page's newest identity claim, told to every frame that loads (a reload forgets it). */
  let claim: VisitorIdentityClaim | null = null;
  const messageListeners: Array<(message: HostMessageEvent) => void> = [];

  const tell = (message: WithoutSource<LoaderToFrameMessage>): void =>
    frame?.contentWindow?.postMessage({ ...message, source: 'switchboard' }, relayOrigin);
  // Everything but the storage snapshot waits until the frame's session listens.
  const post = (message: WithoutSource<LoaderToFrameMessage>): void => {
    if (isReady) tell(message);
  };

  const sendClaim = (): void => {
    if (claim !== null) post({ type: 'visitor:identify', claim });
  };

  const createFrame = (): HTMLIFrameElement => {
    if (frame === null) {
      frame = document.createElement('iframe');
      frame.title = t.frame;
      frame.src = frameUrl(relayOrigin, siteId, location, document);
      panel.append(frame);
    }
    return frame;
  };

  const render = (): void => {
    button.setAttribute('aria-expanded', String(isOpen));
    button.setAttribute('aria-label', launcherLabel(isOpen, unread, branding.assistantName, t));
    badge.textContent = isOpen ? '' : badgeText(unread);
    panel.classList.toggle('o', isOpen);
  };

  const setOpen = (next: boolean): void => {
    if (next === isOpen) return;
    isOpen = next;
    if (isOpen) unread = 0;
    const target = createFrame();
    render();
    if (isOpen) {
      post({ type: 'panel:opened' });
      // Before the frame is ready, `frame:ready` moves focus instead.
      if (isReady) target.focus();
    } else {
      post({ type: 'panel:closed' });
      button.focus();
    }
  };

  button.addEventListener('click', () => setOpen(!isOpen));
  root.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') setOpen(false);
  });
  window.addEventListener('message', (event) => {
    const message = readFrameMessage(event, relayOrigin, frame?.contentWindow);
    if (message === null) return;
    switch (message.type) {
      case 'frame:ready':
        isReady = true;
        sendClaim();
        if (isOpen) {
          post({ type: 'panel:opened' });
          frame?.focus();
        }
        break;
      case 'panel:close-requested':
        setOpen(false);
        break;
      case 'unread:changed':
        unread = isOpen ? 0 : message.count;
        render();
        break;
      case 'conversation:live':
        setHostItem(liveKey, message.isLive ? '1' : null);
        break;
      case 'storage:request':
        tell({ type: 'storage:snapshot', items: frameItems() });
        break;
      case 'storage:set':
        setHostItem(message.key, message.value);
        break;
      case 'message:added':
        // Each listener in a task of its own: one that throws is reported, and the others still hear.
        for (const listener of messageListeners) setTimeout(listener, 0, message.message);
        break;
      case 'visitor:identify-refused':
        console.warn('Switchboard: identify refused:', message.error.code, message.error.message);
        break;
    }
  });

  render();
  document.body.append(host);
  // A conversation under way is picked up once the launcher's first frame is painted: the first read of
  // localStorage waits on two synchronous round trips to the browser process (from under 1 to 50 ms each
  // in `npm run bench:widget` traces on a busy, throttled CPU), and the hidden frame is a page load;
  // neither should hold up the launcher or the host page's rendering. A background tab picks it up when
  // shown.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (withHostStorage((storage) => storage.getItem(liveKey) === '1')) createFrame();
    }),
  );

  return {
    open: () => setOpen(true),
    close: () => setOpen(false),
    identify(next) {
      claim = next;
      // Sent now if a frame listens; else when one says it is ready.
      sendClaim();
    },
    onMessage: (listener) => void messageListeners.push(listener),
  };
}
