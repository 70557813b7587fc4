import type { GiveRatingPayload, LeaveMessagePayload } from '../../protocol/visitor-events.js';
import type { VisitorAppended } from '../../protocol/visitor-events.js';
import { createCommandRequest, type CommandRequestStore } from './command-request.js';
import { createHandoff } from './handoff.js';
import type { SendCommand } from './ports.js';

/** A rating as the visitor gives it; the client id is added when it is sent. */
export type RatingFields = Omit<GiveRatingPayload, 'clientId'>;
/** A message left for the team; the client id is added when it is sent. */
export type LeadFields = Omit<LeaveMessagePayload, 'clientId'>;

export interface VisitorCommandsOptions {
  createId: () => string;
  canSend: () => boolean;
  send: SendCommand;
  /** A command was committed: `appended` says where, with the entries it appended. */
  onAcknowledged: (appended: VisitorAppended) => void;
  /** The relay said the offered form no longer applies (already rated, or already with a person). */
  onOfferEnded: () => void;
}

/** The visitor's one-off commands besides messages: ask for a person, rate, leave a message. */
export function createVisitorCommands(options: VisitorCommandsOptions) {
  const { createId, canSend, send, onAcknowledged, onOfferEnded } = options;
  const handoff = createHandoff({
    createId,
    canSend,
    onAcknowledged,
    send: (payload) => send('handoff:request', payload),
  });
  const rating: CommandRequestStore<RatingFields> = createCommandRequest({
    createId,
    canSend,
    onAcknowledged,
    send: (payload) => send('rating:give', payload),
    settledBy: ['already_rated'],
    onSettledByRefusal: onOfferEnded,
  });
  const lead: CommandRequestStore<LeadFields> = createCommandRequest({
    createId,
    canSend,
    onAcknowledged,
    send: (payload) => send('lead:leave', payload),
    settledBy: ['already_with_agent'],
    onSettledByRefusal: onOfferEnded,
  });
  return { handoff, rating, lead, all: [handoff, rating, lead] as const };
}
