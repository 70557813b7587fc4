import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from '../i18n/en.js';
import type { Messages } from '../i18n/messages.js';

/** The visitor's language for every component below it; English unless the frame provides another. */
export const MessagesContext = createContext<Messages>(en);

/** The sentences of the visitor's language. */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}
