import { atom, type ReadableAtom } from 'nanostores';
import type { Entry } from '../../protocol/entries.js';
import type { Messages } from '../i18n/messages.js';
import type { ChatSession } from './chat-session.js';
import { IDLE_REQUEST } from './command-request.js';
import { buildTimeline } from './timeline.js';

/** When the sample lines were "written": fixed, as the preview shows no times. */
const SAMPLE_AT = 0;

/** The preview's sample exchange: a visitor's question and the assistant's answer, in the frame's language. */
export function sampleEntries(t: Messages): Entry[] {
  const base = { conversationId: 'preview', at: SAMPLE_AT, clientId: null };
  return [
    { ...base, seq: 1, kind: 'visitor_message', text: t.sampleQuestion },
    { ...base, seq: 2, kind: 'bot_message', text: t.sampleAnswer, sources: [], isMiss: false },
  ];
}

const still = <Value>(value: Value): ReadableAtom<Value> => atom(value);
const ignore = (): void => undefined;

/**
 * A chat session for the console's branding preview: it connects to nothing and stores nothing, and shows
 * the sample exchange with the panel open; every command is ignored.
 */
export function createPreviewSession(t: Messages): ChatSession {
  const entries = sampleEntries(t);
  return {
    $transcript: still({ conversationId: 'preview', entries, lastSeq: entries.length }),
    $outbox: still([]),
    $conversation: still(null),
    $connection: still('online'),
    $handoff: still(IDLE_REQUEST),
    $queueLine: still(''),
    $typing: still(null),
    $formOffer: still(null),
    $rating: still(IDLE_REQUEST),
    $lead: still(IDLE_REQUEST),
    $isPanelOpen: still(true),
    $unread: still(0),
    $isLive: still(false),
    $timeline: still(buildTimeline(entries, [], t)),
    start: ignore,
    stop: ignore,
    send: ignore,
    retry: ignore,
    discard: ignore,
    requestHandoff: ignore,
    typing: ignore,
    stopTyping: ignore,
    rate: ignore,
    leaveMessage: ignore,
    setPanelOpen: ignore,
    identify: ignore,
  };
}
