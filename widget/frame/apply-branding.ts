import type { SiteBranding } from '../../protocol/sites.js';
import type { WidgetLocale } from '../../protocol/sites.js';

/**
 * Dresses the frame's document in the site's colours (the style sheet's custom properties), names it after
 * the assistant, and says which language it is in, for screen readers and the browser's own translation.
 */
export function applyBranding(branding: SiteBranding, language: WidgetLocale): void {
  const root = document.documentElement;
  root.lang = language;
  root.style.setProperty('--sb-brand', branding.accentColor);
  root.style.setProperty('--sb-on-brand', branding.accentTextColor);
  document.title = branding.assistantName;
}
