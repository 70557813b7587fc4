import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { ConversationSummary } from '../../protocol/conversation.js';
import type { ConversationStore } from './conversation-store.js';
import { conversationRights } from './describe-conversation.js';
import type { InboxStore } from './inbox-store.js';
import type { ShortcutAction } from './keyboard-shortcuts.js';

/** The dialogs the console opens over the workspace. */
export type ConsoleDialog = 'transfer' | 'shortcuts';

/**
 * The waiting conversation to open next: the first in the queue's order that is not the open one, after it
 * when it is itself waiting, so pressing the key again walks the queue. Null when nobody else waits.
 */
export function nextWaitingId(waiting: readonly ConversationSummary[], openId: string | null): string | null {
  const at = waiting.findIndex((conversation) => conversation.id === openId);
  const after = at === -1 ? waiting : [...waiting.slice(at + 1), ...waiting.slice(0, at)];
  return after[0]?.id ?? null;
}

/** Runs keyboard shortcuts against the stores, doing only what the agent could do with the buttons. */
export interface ShortcutRunner {
  /** The dialog open now, or null. */
  $dialog: ReadableAtom<ConsoleDialog | null>;
  openDialog(dialog: ConsoleDialog): void;
  closeDialog(): void;
  /** Does what the shortcut says, if it applies now; returns false when it does not. */
  run(action: ShortcutAction): boolean;
}

export function createShortcutRunner(deps: {
  inbox: InboxStore;
  conversation: ConversationStore;
  $myId: ReadableAtom<string | null>;
}): ShortcutRunner {
  const $dialog: WritableAtom<ConsoleDialog | null> = atom(null);

  function rights() {
    const open = deps.conversation.$open.get();
    const summary = open === null ? undefined : deps.inbox.$conversations.get()[open.id];
    return summary === undefined ? null : conversationRights(summary, deps.$myId.get());
  }

  function run(action: ShortcutAction): boolean {
    switch (action) {
      case 'help':
        $dialog.set('shortcuts');
        return true;
      case 'next-waiting': {
        const next = nextWaitingId(
          deps.inbox.$groups.get().waiting,
          deps.conversation.$open.get()?.id ?? null,
        );
        if (next !== null) deps.conversation.select(next);
        return next !== null;
      }
      case 'take-over':
        if (rights()?.canClaim !== true) return false;
        void deps.conversation.command('conversation:claim');
        return true;
      case 'resolve':
        if (rights()?.canResolve !== true) return false;
        void deps.conversation.command('conversation:resolve');
        return true;
      case 'transfer':
        // Only the owner may transfer, the same agent who may hand back.
        if (rights()?.canHandBack !== true) return false;
        $dialog.set('transfer');
        return true;
    }
  }

  return { $dialog, openDialog: (dialog) => $dialog.set(dialog), closeDialog: () => $dialog.set(null), run };
}
