import type { WidgetLocale } from '../../protocol/sites.js';
import { en } from './en.js';
import type { Messages } from './messages.js';

/** The frame's sentences in `language`: English at once, French from a chunk loaded on demand. */
export function loadMessages(language: WidgetLocale): Promise<Messages> {
  return language === 'fr' ? import('./fr.js').then((module) => module.fr) : Promise.resolve(en);
}
