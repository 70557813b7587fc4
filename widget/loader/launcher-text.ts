import type { WidgetLocale } from '../../protocol/sites.js';

/** The loader's few words for visitors: the launcher's name and the frame's title. */
export interface LauncherText {
  /** The closed launcher's name: "Open chat with Nora". */
  open: (assistantName: string) => string;
  close: string;
  unread: (count: number) => string;
  /** The chat frame's title. */
  frame: string;
}

/**
 * Both languages stay in the loader: they are a few dozen bytes, and a second request would delay the
 * launcher.
 */
export const LAUNCHER_TEXT: Record<WidgetLocale, LauncherText> = {
  en: {
    open: (name) => `Open chat with ${name}`,
    close: 'Close chat',
    unread: (count) => (count === 1 ? '1 unread message' : `${count} unread messages`),
    frame: 'Chat',
  },
  fr: {
    open: (name) => `Ouvrir la discussion avec ${name}`,
    close: 'Fermer la discussion',
    unread: (count) => (count === 1 ? '1 message non lu' : `${count} messages non lus`),
    frame: 'Discussion',
  },
};
