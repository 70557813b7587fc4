import type { QueueStatus } from '../../protocol/conversation.js';
import type { Messages } from '../i18n/messages.js';

/**
 * The waiting visitor's place in the queue as a sentence, with the estimate in whole minutes (at least one)
 * when the relay has one; empty without a status. Equal statuses give equal text, so a live region that shows
 * it announces only real changes.
 */
export function queueLine(status: QueueStatus | null, t: Messages): string {
  if (status === null) return '';
  const { position, estimatedWaitMs } = status;
  return t.queuePosition(
    position,
    estimatedWaitMs === null ? null : Math.max(1, Math.round(estimatedWaitMs / 60_000)),
  );
}
