/**
 * The console's live branding preview (`/frame/<siteId>?preview`, a chunk of its own): the panel with the
 * greeting, the prompts and a sample exchange, redrawn for each `preview:branding` the console posts from
 * the relay's own origin. It connects to nothing and stores nothing.
 */
import { render } from 'preact';
import type { SiteBranding, WidgetLocale } from '../../protocol/sites.js';
import { createPreviewSession } from '../chat/preview-session.js';
import { chooseLanguage } from '../i18n/choose-language.js';
import { loadMessages } from '../i18n/load-messages.js';
import { createHostBridge } from '../transport/host-bridge.js';
import { App } from '../ui/app.js';
import { MessagesContext } from '../ui/use-messages.js';
import { applyBranding } from './apply-branding.js';

async function draw(root: HTMLElement, branding: SiteBranding, language: WidgetLocale): Promise<void> {
  const messages = await loadMessages(language);
  applyBranding(branding, language);
  render(
    <MessagesContext.Provider value={messages}>
      <App session={createPreviewSession(messages)} branding={branding} onClose={null} isPreview />
    </MessagesContext.Provider>,
    root,
  );
}

/** Draws the preview with the site's saved branding, then with each branding the console sends. */
export function startPreview(root: HTMLElement, branding: SiteBranding, language: WidgetLocale): void {
  // A picture of the widget: nothing in it takes focus or answers the keyboard.
  root.inert = true;
  void draw(root, branding, language);
  createHostBridge(location.origin, (message) => {
    if (message.type !== 'preview:branding') return;
    void draw(root, message.branding, chooseLanguage(message.branding.locale, navigator.languages));
  });
}
