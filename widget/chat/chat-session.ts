import { atom, computed, type ReadableAtom } from 'nanostores';
import type { QueueStatus, VisitorContext, VisitorConversation } from '../../protocol/conversation.js';
import type { Entry, RatingScore } from '../../protocol/entries.js';
import type { ProtocolError } from '../../protocol/errors.js';
import type { HostMessageEvent } from '../../protocol/frame-messages.js';
import type { VisitorIdentityClaim } from '../../protocol/sites.js';
import type { VisitorAppended } from '../../protocol/visitor-events.js';
import { PROTOCOL_VERSION } from '../../protocol/version.js';
import { en } from '../i18n/en.js';
import type { Messages } from '../i18n/messages.js';
import { createAgentTyping, type AgentTyping } from './agent-typing.js';
import type { CommandRequest } from './command-request.js';
import { applyEntryToConversation, isLive, mergeConversation } from './conversation-state.js';
import { offeredForm, type FormOffer } from './form-offer.js';
import { addedMessages } from './host-messages.js';
import { createIdentityClaim } from './identity-claim.js';
import { parseOutbox, serialiseOutbox, type PendingMessage } from './outbox.js';
import { createOutboxStore } from './outbox-store.js';
import type { Clock, CommandAck, KeyValueStorage, OpenVisitorLink, VisitorLink } from './ports.js';
import { queueLine } from './queue-line.js';
import { createResumeLoop } from './resume-loop.js';
import { buildTimeline, type TimelineItem } from './timeline.js';
import {
  addEntry,
  applyResume,
  committedClientIds,
  EMPTY_TRANSCRIPT,
  type Transcript,
} from './transcript.js';
import { createTypingSignal } from './typing-signal.js';
import { countUnread } from './unread.js';
import { createVisitorCommands } from './visitor-commands.js';
import {
  outboxKey,
  parseVisitorRecord,
  serialiseVisitorRecord,
  visitorKey,
  type VisitorRecord,
} from './visitor-record.js';

/**
 * The connection as the visitor sees it: `connecting` (first attempt), `online` (connected and caught up),
 * `reconnecting` (dropped or not reachable; retrying by itself), `unavailable` (the relay refused the frame).
 */
export type ConnectionState = 'connecting' | 'online' | 'reconnecting' | 'unavailable';

export interface ChatSessionOptions {
  siteId: string;
  /** Where the visitor is, sent with every resume. */
  context: VisitorContext;
  /** Keeps the visitor's token, conversation and unsent messages across page loads. */
  storage: KeyValueStorage;
  openLink: OpenVisitorLink;
  /** Generates client ids for commands. */
  createId: () => string;
  /** Times the typing indicators. */
  clock: Clock;
  /** The sentences of the visitor's language, for the queue and system lines; English when left out. */
  messages?: Messages;
  /** Each message committed while the frame is open, never the history it loads on resume. */
  onMessageAdded?: (message: HostMessageEvent) => void;
  /** The relay refused the host page's identity claim. */
  onIdentifyRefused?: (error: ProtocolError) => void;
}

/** The chat frame's state and the visitor's commands. */
export interface ChatSession {
  readonly $transcript: ReadableAtom<Transcript>;
  readonly $outbox: ReadableAtom<readonly PendingMessage[]>;
  readonly $conversation: ReadableAtom<VisitorConversation | null>;
  readonly $connection: ReadableAtom<ConnectionState>;
  readonly $handoff: ReadableAtom<CommandRequest>;
  /** The visitor's place in the queue as a sentence while waiting; empty otherwise. */
  readonly $queueLine: ReadableAtom<string>;
  /** The answering agent's typing; null when nobody is. */
  readonly $typing: ReadableAtom<AgentTyping | null>;
  /** The form the panel offers now: rate the conversation, or leave a message. */
  readonly $formOffer: ReadableAtom<FormOffer | null>;
  readonly $rating: ReadableAtom<CommandRequest>;
  readonly $lead: ReadableAtom<CommandRequest>;
  readonly $isPanelOpen: ReadableAtom<boolean>;
  /** Entries from others that arrived while the panel was closed. */
  readonly $unread: ReadableAtom<number>;
  /** Whether a conversation is under way; null until the relay first answered. */
  readonly $isLive: ReadableAtom<boolean | null>;
  /** What the panel shows: committed entries, then unsent messages. */
  readonly $timeline: ReadableAtom<TimelineItem[]>;
  /** Connects and keeps the stores in step with the relay and the storage. */
  start(): void;
  /** Disconnects and stops writing to the storage. */
  stop(): void;
  /** Shows the message at once and sends it as soon as the relay can take it. */
  send(text: string): void;
  /** Sends a refused message again, with the same client id. */
  retry(clientId: string): void;
  /** Removes an unsent or refused message. */
  discard(clientId: string): void;
  /** Asks for a person. */
  requestHandoff(): void;
  /** A keystroke in the message field: tells the agent the visitor is typing, at most every few seconds. */
  typing(): void;
  /** The visitor stopped typing (the field lost focus). Sending a message stops it too. */
  stopTyping(): void;
  /** Rates the resolved conversation. */
  rate(score: RatingScore, comment: string | null): void;
  /** Leaves a message for the team to answer by email. */
  leaveMessage(email: string, text: string): void;
  /** The loader opened or closed the panel: opening marks everything as seen. */
  setPanelOpen(isOpen: boolean): void;
  /** The host page says who the visitor is: told to the relay once the session has resumed. */
  identify(claim: VisitorIdentityClaim): void;
}

const offline = (): Promise<never> => Promise.reject(new Error('Not connected.'));

/** Creates the chat session of one frame. Nothing connects or is stored until `start()`. */
export function createChatSession(options: ChatSessionOptions): ChatSession {
  const { siteId, context, storage, createId, clock, messages: t = en } = options;
  let record: VisitorRecord = parseVisitorRecord(storage.getItem(visitorKey(siteId)));

  const $transcript = atom<Transcript>({ ...EMPTY_TRANSCRIPT, conversationId: record.conversationId });
  const $conversation = atom<VisitorConversation | null>(null);
  const $connection = atom<ConnectionState>('connecting');
  const $isPanelOpen = atom(false);
  const $seenSeq = atom(record.seenSeq);
  const $hasAnswered = atom(false);
  const $queue = atom<QueueStatus | null>(null);
  /** The seq of an offer the relay said no longer applies. */
  const $endedOffer = atom(0);
  const $formOffer = computed([$transcript, $endedOffer], (transcript, endedSeq) => {
    const offer = offeredForm(transcript.entries);
    return offer?.seq === endedSeq ? null : offer;
  });

  let link: VisitorLink | null = null;
  let isConnected = false;
  /** Whether this connection's first resume has answered; commands wait for it. */
  let isSynced = false;
  let hasRetriedWithoutToken = false;
  /** True until the first resume of a conversation completes: what it loads is history, not news. */
  let isLoadingHistory = true;
  const stopListening: Array<() => void> = [];
  const canSend = (): boolean => isConnected && isSynced && link !== null;

  /**
   * Takes a command's entries from its acknowledgement (the relay sends them to this tab nowhere else), and
   * resumes if they did not bring the transcript up to the acknowledged seq.
   */
  function onAcknowledged({ conversationId, seq, entries }: VisitorAppended): void {
    entries.forEach(receive);
    const transcript = $transcript.get();
    if (transcript.conversationId !== conversationId || transcript.lastSeq < seq) void resume();
  }

  const outbox = createOutboxStore({
    initial: parseOutbox(storage.getItem(outboxKey(siteId))),
    createId,
    canSend,
    send: (payload) => link?.send('message:send', payload) ?? offline(),
    onAcknowledged,
  });
  const commands = createVisitorCommands({
    createId,
    canSend,
    send: (name, payload) => link?.send(name, payload) ?? offline(),
    onAcknowledged,
    onOfferEnded: () => $endedOffer.set($formOffer.get()?.seq ?? 0),
  });
  const typingSignal = createTypingSignal({
    clock,
    canSend,
    // Best-effort: a lost "typing" only leaves the agent's indicator to expire.
    send: (isTyping) => void link?.send('typing:set', { isTyping }).catch(() => undefined),
  });
  const agentTyping = createAgentTyping(clock);
  const identity = createIdentityClaim({
    canSend,
    send: (claim) => link?.send('visitor:identify', claim) ?? offline(),
    onRefused: (error) => options.onIdentifyRefused?.(error),
  });

  function setConversation(next: VisitorConversation | null): void {
    $conversation.set(next);
    if (next?.state !== 'waiting') $queue.set(null);
    if (next?.state !== 'agent') agentTyping.clear();
  }

  function saveRecord(next: VisitorRecord): void {
    record = next;
    storage.setItem(visitorKey(siteId), serialiseVisitorRecord(record));
  }

  function setTranscript(next: Transcript): void {
    const previous = $transcript.get();
    if (next === previous) return;
    $transcript.set(next);
    if (next.conversationId === null) isLoadingHistory = true;
    else if (!isLoadingHistory)
      for (const message of addedMessages(previous, next)) options.onMessageAdded?.(message);
    const committed = committedClientIds(next);
    outbox.settle(committed);
    for (const command of commands.all) command.settle(committed);
    if (next.conversationId !== previous.conversationId && previous.conversationId !== null) $seenSeq.set(0);
    if ($isPanelOpen.get()) $seenSeq.set(next.lastSeq);
  }

  function receive(entry: Entry): void {
    const added = addEntry($transcript.get(), entry);
    if (added.outcome === 'appended') {
      setTranscript(added.transcript);
      setConversation(applyEntryToConversation($conversation.get(), entry));
      if (entry.kind === 'agent_message') agentTyping.clear();
    } else if (added.outcome !== 'held') {
      void resume();
    }
  }

  /** Applies a resume answer; returns whether to resume again. */
  function applyResumed(ack: CommandAck<'session:resume'>): boolean {
    if (!ack.ok) {
      // The relay lost the conversation the frame remembers: start over from the visitor's current one.
      if (ack.error.code === 'conversation_not_found' && $transcript.get().conversationId !== null) {
        setTranscript(EMPTY_TRANSCRIPT);
        setConversation(null);
        return true;
      }
      $connection.set('unavailable');
      return false;
    }
    // Entries may have arrived while the resume was on its way; applying drops those already held.
    const current = $transcript.get();
    const applied = applyResume(current, ack);
    setTranscript(applied.transcript);
    setConversation(
      ack.isFullResync ? ack.conversation : mergeConversation($conversation.get(), ack.conversation),
    );
    if (ack.isFullResync || ack.token !== record.token) identity.invalidate();
    if (ack.token !== record.token) saveRecord({ ...record, token: ack.token });
    if (applied.isComplete) isLoadingHistory = false;
    $hasAnswered.set(true);
    if (!isSynced) {
      isSynced = true;
      $connection.set('online');
      void outbox.flush();
      for (const command of commands.all) void command.flush();
    }
    void identity.flush();
    const madeProgress = ack.isFullResync || applied.transcript.lastSeq > current.lastSeq;
    return !applied.isComplete && madeProgress;
  }

  const resume = createResumeLoop({
    canResume: () => isConnected && link !== null,
    payload: () => {
      const { conversationId, lastSeq } = $transcript.get();
      return { conversationId, lastSeq, context };
    },
    send: (payload) => link?.send('session:resume', payload) ?? offline(),
    apply: applyResumed,
  });

  function start(): void {
    if (link !== null) return;
    stopListening.push(
      outbox.$outbox.listen((messages) => storage.setItem(outboxKey(siteId), serialiseOutbox(messages))),
      $transcript.listen(({ conversationId }) => {
        if (conversationId !== record.conversationId) saveRecord({ ...record, conversationId });
      }),
      $seenSeq.listen((seenSeq) => saveRecord({ ...record, seenSeq })),
    );
    link = options.openLink(
      {
        connected() {
          isConnected = true;
          isSynced = false;
          void resume();
        },
        disconnected() {
          isConnected = false;
          isSynced = false;
          outbox.requeue();
          typingSignal.stop();
          agentTyping.clear();
          $connection.set('reconnecting');
        },
        refused(code) {
          isConnected = false;
          isSynced = false;
          // The relay may have forgotten the visitor (a new database): start again as a new visitor, once.
          if (code === 'unauthorized' && record.token !== null && !hasRetriedWithoutToken) {
            hasRetriedWithoutToken = true;
            saveRecord({ ...record, token: null, conversationId: null });
            setTranscript(EMPTY_TRANSCRIPT);
            link?.connect();
            return;
          }
          $connection.set('unavailable');
        },
        entryAdded: receive,
        conversationUpdated(conversation) {
          setConversation(mergeConversation($conversation.get(), conversation));
        },
        queueUpdated: (status) => $queue.set(status),
        typingChanged: agentTyping.changed,
      },
      () => ({ protocolVersion: PROTOCOL_VERSION, siteId, token: record.token }),
    );
    link.connect();
  }

  function stop(): void {
    for (const unlisten of stopListening.splice(0)) unlisten();
    link?.close();
    link = null;
    isConnected = false;
    isSynced = false;
  }

  return {
    $transcript,
    $outbox: outbox.$outbox,
    $conversation,
    $connection,
    $handoff: commands.handoff.$request,
    $queueLine: computed([$queue, $conversation], (status, conversation) =>
      conversation?.state === 'waiting' ? queueLine(status, t) : '',
    ),
    $typing: agentTyping.$typing,
    $formOffer,
    $rating: commands.rating.$request,
    $lead: commands.lead.$request,
    $isPanelOpen,
    $unread: computed([$transcript, $seenSeq, $isPanelOpen], (transcript, seenSeq, isOpen) =>
      isOpen ? 0 : countUnread(transcript.entries, seenSeq),
    ),
    $isLive: computed([$conversation, $hasAnswered], (conversation, hasAnswered) =>
      hasAnswered ? isLive(conversation) : null,
    ),
    $timeline: computed([$transcript, outbox.$outbox], (transcript, pending) =>
      buildTimeline(transcript.entries, pending, t, context.pageUrl, context.locale ?? undefined),
    ),
    start,
    stop,
    send(text) {
      typingSignal.stop();
      outbox.add(text);
    },
    retry: outbox.retry,
    discard: outbox.remove,
    requestHandoff: () => commands.handoff.request({}),
    typing: typingSignal.keystroke,
    stopTyping: typingSignal.stop,
    rate: (score, comment) => commands.rating.request({ score, comment }),
    leaveMessage: (email, text) => commands.lead.request({ email, text }),
    setPanelOpen(isOpen) {
      $isPanelOpen.set(isOpen);
      if (isOpen) $seenSeq.set($transcript.get().lastSeq);
    },
    identify: identity.identify,
  };
}
