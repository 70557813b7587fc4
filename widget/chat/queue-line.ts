import type { QueueStatus } from '../../protocol/conversation.js';

/**
 * The waiting visitor's place in the queue as a sentence, with the estimate in whole minutes (at least one)
 * when the relay has one; empty without a status. Equal statuses give equal text, so a live region that shows
 * it announces only real changes.
 */
export function queueLine(status: QueueStatus | null): string {
  if (status === null) return '';
  const { position, estimatedWaitMs } = status;
  const estimate =
    estimatedWaitMs === null ? '' : `, about ${Math.max(1, Math.round(estimatedWaitMs / 60_000))} min`;
  return `You're number ${position} in the queue${estimate}`;
}
