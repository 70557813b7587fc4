import type { LoaderToFrameMessage } from '../../protocol/frame-messages.js';
import { frameUrl } from './frame-url.js';
import { badgeText, launcherLabel } from './launcher-label.js';
import { LAUNCHER_CSS, LAUNCHER_HTML } from './launcher-styles.js';
import { readFrameMessage } from './read-frame-message.js';

export interface WidgetOptions {
  siteId: string;
  /** The relay's origin, where the frame and its messages come from. */
  relayOrigin: string;
}

/** Reads or writes the host page's localStorage, which a privacy setting may forbid. */
function withStorage<Value>(use: (storage: Storage) => Value, fallback: Value): Value {
  try {
    return use(localStorage);
  } catch {
    return fallback;
  }
}

/**
 * Draws the launcher in a shadow root at the end of the body, and creates the chat frame when the visitor
 * first opens it, or at once (hidden) when a conversation is under way, so the unread badge keeps counting.
 */
export function mountWidget({ siteId, relayOrigin }: WidgetOptions): void {
  const liveKey = `switchboard:${siteId}:live`;
  const host = document.createElement('switchboard-widget');
  // Inline, so that page rules such as `body > * { display: none }` lose against it.
  host.style.cssText = 'all:initial';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = LAUNCHER_HTML;
  try {
    // A constructed sheet is not an inline style, so host pages with a strict style-src CSP still allow it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(LAUNCHER_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = LAUNCHER_CSS;
    root.prepend(style);
  }
  const button = root.querySelector('button')!;
  const badge = root.querySelector('span')!;
  const panel = root.querySelector('div')!;
  let frame: HTMLIFrameElement | null = null;
  let isOpen = false;
  let isReady = false;
  let unread = 0;

  const post = (type: LoaderToFrameMessage['type']): void => {
    const message: LoaderToFrameMessage = { source: 'switchboard', type };
    if (isReady) frame?.contentWindow?.postMessage(message, relayOrigin);
  };

  const createFrame = (): HTMLIFrameElement => {
    if (frame === null) {
      frame = document.createElement('iframe');
      frame.title = 'Chat';
      frame.src = frameUrl(relayOrigin, siteId, {
        origin: location.origin,
        href: location.href,
        title: document.title,
        referrer: document.referrer,
      });
      panel.append(frame);
    }
    return frame;
  };

  const render = (): void => {
    button.setAttribute('aria-expanded', String(isOpen));
    button.setAttribute('aria-label', launcherLabel(isOpen, unread));
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
      post('panel:opened');
      // Before the frame is ready, `frame:ready` moves focus instead.
      if (isReady) target.focus();
    } else {
      post('panel:closed');
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
        if (isOpen) {
          post('panel:opened');
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
        withStorage((storage) => {
          if (message.isLive) storage.setItem(liveKey, '1');
          else storage.removeItem(liveKey);
        }, undefined);
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
      if (withStorage((storage) => storage.getItem(liveKey) === '1', false)) createFrame();
    }),
  );
}
