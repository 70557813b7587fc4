import { atom, type ReadableAtom } from 'nanostores';
import type { ConversationSummary } from '../../protocol/conversation.js';
import type { Entry } from '../../protocol/entries.js';
import type { ErrorCode } from '../../protocol/errors.js';
import { addEntries, addEntry, createTimeline, type Timeline } from './timeline.js';
import { createOutbox, type Outbox } from './outbox-store.js';
import type { SendCommand } from './ports.js';

/** The commands an agent gives about the open conversation from its header. */
export type OwnershipCommand = 'conversation:claim' | 'conversation:hand-back' | 'conversation:resolve';

/** The conversation the agent has open. */
export interface OpenConversation {
  id: string;
  timeline: Timeline;
  /** True until the first answer to `conversation:open` has arrived. */
  isLoading: boolean;
  /** The newest refusal, for the alert region; cleared by the next command. */
  alert: string | null;
  /** True once a claim lost to another agent, until the next entry arrives and the inbox names the owner. */
  isClaimRefused: boolean;
  /** The ownership command awaiting its acknowledgement. */
  busyCommand: OwnershipCommand | null;
}

export interface ConversationStoreDeps {
  send: SendCommand;
  /** Keeps the inbox current with the summaries that open answers carry. */
  onSummary(conversation: ConversationSummary): void;
  /** A command came back `unauthorized`: the session has ended. */
  onUnauthorized(): void;
  newClientId(): string;
}

export interface ConversationStore {
  $open: ReadableAtom<OpenConversation | null>;
  outbox: Outbox;
  /** Opens a conversation, closing the one open before. */
  select(conversationId: string): void;
  /** Closes the open conversation. */
  deselect(): void;
  /** Fetches every entry after the held `lastSeq` of the open conversation (after a gap or a reconnect). */
  catchUp(): Promise<void>;
  /** Takes in a live entry. */
  receive(entry: Entry): void;
  command(name: OwnershipCommand): Promise<void>;
  /**
   * Passes the open conversation to a teammate, with an optional note for them. Resolves with null once
   * done, or with the refusal's sentence (a teammate who went away: `agent_unavailable`) for the dialog.
   */
  transfer(toAgentId: string, note: string | null): Promise<string | null>;
  /** Forgets the open conversation without telling the relay (signed out). */
  reset(): void;
}

const NO_ANSWER = 'Switchboard did not answer. Check the connection and try again.';

/** Creates the store of the open conversation: its gap-free timeline and its commands. */
export function createConversationStore(deps: ConversationStoreDeps): ConversationStore {
  const $open = atom<OpenConversation | null>(null);
  const outbox = createOutbox({
    send: deps.send,
    onUnauthorized: deps.onUnauthorized,
    newClientId: deps.newClientId,
    isCommitted: (conversationId, seq) => {
      const open = $open.get();
      return open === null || open.id !== conversationId || seq <= open.timeline.lastSeq;
    },
  });
  /** The catch-up under way, so that a second request only asks it to run once more. */
  let running: { id: string; again: boolean } | null = null;

  function update(id: string, change: (open: OpenConversation) => OpenConversation): void {
    const open = $open.get();
    if (open !== null && open.id === id) $open.set(change(open));
  }

  function fail(id: string, message: string, code: ErrorCode | null = null): void {
    if (code === 'unauthorized') deps.onUnauthorized();
    update(id, (open) => ({ ...open, alert: message }));
  }

  function closeOnRelay(id: string): void {
    deps.send('conversation:close', { conversationId: id }).catch(() => undefined);
  }

  async function catchUp(): Promise<void> {
    const open = $open.get();
    if (open === null) return;
    if (running !== null && running.id === open.id) {
      running.again = true;
      return;
    }
    const run = { id: open.id, again: true };
    running = run;
    try {
      while (run.again) {
        run.again = false;
        const before = $open.get();
        if (before === null || before.id !== run.id) return;
        const ack = await deps.send('conversation:open', {
          conversationId: run.id,
          lastSeq: before.timeline.lastSeq,
        });
        if (!ack.ok) {
          fail(run.id, ack.error.message, ack.error.code);
          update(run.id, (current) => ({ ...current, isLoading: false }));
          return;
        }
        deps.onSummary(ack.conversation);
        const current = $open.get();
        if (current === null || current.id !== run.id) return;
        const { timeline, hasGap } = addEntries(current.timeline, ack.entries);
        outbox.settle(ack.entries);
        $open.set({ ...current, timeline, isLoading: false });
        const hasProgressed = timeline.lastSeq > current.timeline.lastSeq;
        if ((ack.hasMore || hasGap) && hasProgressed) run.again = true;
      }
    } catch {
      // Offline or no answer: the next connect catches up from the same lastSeq.
    } finally {
      if (running === run) running = null;
    }
  }

  function select(conversationId: string): void {
    const open = $open.get();
    if (open !== null && open.id === conversationId) return;
    if (open !== null) closeOnRelay(open.id);
    $open.set({
      id: conversationId,
      timeline: createTimeline(conversationId),
      isLoading: true,
      alert: null,
      isClaimRefused: false,
      busyCommand: null,
    });
    void catchUp();
  }

  function deselect(): void {
    const open = $open.get();
    if (open === null) return;
    closeOnRelay(open.id);
    $open.set(null);
  }

  function receive(entry: Entry): void {
    const open = $open.get();
    if (open === null) return;
    const { timeline, outcome } = addEntry(open.timeline, entry);
    if (outcome === 'appended') {
      outbox.settle([entry]);
      // A new entry (the winner joining, or anything after) makes the inbox's owner the one to show.
      $open.set({ ...open, timeline, isClaimRefused: false });
    } else if (outcome === 'gap') {
      void catchUp();
    }
  }

  async function command(name: OwnershipCommand): Promise<void> {
    const open = $open.get();
    if (open === null || open.busyCommand !== null) return;
    const id = open.id;
    $open.set({ ...open, alert: null, busyCommand: name });
    try {
      const ack = await deps.send(name, { conversationId: id });
      if (!ack.ok) {
        fail(id, ack.error.message, ack.error.code);
        if (ack.error.code === 'conversation_taken')
          update(id, (current) => ({ ...current, isClaimRefused: true }));
      }
    } catch {
      fail(id, NO_ANSWER);
    } finally {
      update(id, (current) => ({ ...current, busyCommand: null }));
    }
  }

  async function transfer(toAgentId: string, note: string | null): Promise<string | null> {
    const open = $open.get();
    if (open === null) return NO_ANSWER;
    try {
      const ack = await deps.send('conversation:transfer', { conversationId: open.id, toAgentId, note });
      if (ack.ok) return null;
      if (ack.error.code === 'unauthorized') deps.onUnauthorized();
      return ack.error.message;
    } catch {
      return NO_ANSWER;
    }
  }

  function reset(): void {
    running = null;
    $open.set(null);
    outbox.clear();
  }

  return { $open, outbox, select, deselect, catchUp, receive, command, transfer, reset };
}
