import type { RequestHandoffPayload } from '../../protocol/visitor-events.js';
import {
  createCommandRequest,
  type CommandRequest,
  type CommandRequestOptions,
  type CommandRequestStore,
} from './command-request.js';

/** The visitor's request for a person. */
export type HandoffRequest = CommandRequest;

/**
 * The "Talk to a person" request. It ends when its entry arrives, whichever the relay appended for it: the
 * request (`handoff_requested`) or the news that nobody can take the chat (`handoff_unavailable`); both carry
 * its client id. Already waiting or with a person is what the visitor wanted, so those refusals end it quietly.
 */
export function createHandoff(
  options: Omit<CommandRequestOptions<Omit<RequestHandoffPayload, 'clientId'>>, 'settledBy'>,
): CommandRequestStore<Omit<RequestHandoffPayload, 'clientId'>> {
  return createCommandRequest({ ...options, settledBy: ['already_waiting', 'already_with_agent'] });
}
