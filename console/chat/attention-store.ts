import { atom, type ReadableAtom } from 'nanostores';
import type { ConversationSummary } from '../../protocol/conversation.js';
import { conversationTitle } from './describe-conversation.js';
import type { AttentionPorts, NotificationPermission } from './ports.js';
import { isNewlyWaiting, planAlert } from './waiting-alert.js';

/** Alerts the agent to newly waiting visitors while the console is in the background. */
export interface AttentionStore {
  /** The browser's answer so far; the UI offers to ask while it is `default`. */
  $permission: ReadableAtom<NotificationPermission>;
  /** Asks for permission to raise desktop notifications; call it from a click. */
  enableNotifications(): Promise<void>;
  /** Looks at a live inbox change, given the summary held before it. */
  observe(previous: ConversationSummary | undefined, next: ConversationSummary): void;
}

export function createAttentionStore(ports: AttentionPorts): AttentionStore {
  const $permission = atom<NotificationPermission>(ports.notificationPermission());

  function observe(previous: ConversationSummary | undefined, next: ConversationSummary): void {
    if (!isNewlyWaiting(previous, next)) return;
    const plan = planAlert(ports.isHidden(), $permission.get());
    if (plan.sound) ports.playTone();
    if (plan.notify) {
      ports.notify({
        title: 'A visitor is waiting',
        body: next.handoff?.reason ?? conversationTitle(next),
        tag: `waiting-${next.id}`,
      });
    }
  }

  return {
    $permission,
    enableNotifications: async () => $permission.set(await ports.requestNotificationPermission()),
    observe,
  };
}
