import type { GenericSchema, InferOutput } from 'valibot';
import type { Ack, ProtocolError } from '../../protocol/errors.js';
import type { Logger } from '../logger.js';
import {
  refuseUnknownCommand,
  runCommand,
  type Admission,
  type CommandHandlerOptions,
} from './command-handler.js';

/** Every command of a namespace, each handled for the socket (or other sender) it came from. */
export type SharedHandlers<Schemas extends Record<string, GenericSchema>, Sender> = {
  [Event in keyof Schemas & string]: (
    sender: Sender,
    payload: InferOutput<Schemas[Event]>,
  ) => Promise<Ack<object>>;
};

export interface CommandRouterOptions<Sender> {
  logger: Logger;
  /** Runs first for every command of `sender`, valid or not, as `CommandHandlerOptions.admit` does. */
  admit: (sender: Sender) => ReturnType<Admission>;
  /** Told of every refusal sent, by command (`unknown` for an event that is none), for metrics. */
  onRefused?: (event: string, error: ProtocolError) => void;
}

/**
 * One function that takes every event of every socket of a namespace through the boundary of
 * `commandHandler` (admission, then the payload checked against its schema) to the command's handler, and
 * refuses the events that are no command as `unknownCommandHandler` does. The handlers are made once for
 * the namespace rather than once per socket, so a connected socket holds one listener and no closures of
 * its own: with thousands of idle visitors connected, that is memory each of them does not cost.
 */
export function createCommandRouter<Schemas extends Record<string, GenericSchema>, Sender>(
  schemas: Schemas,
  handlers: SharedHandlers<Schemas, Sender>,
  { logger, admit, onRefused }: CommandRouterOptions<Sender>,
): (sender: Sender, event: string, args: readonly unknown[]) => Promise<void> {
  return (sender, event, args) => {
    const options: CommandHandlerOptions = { logger, admit: () => admit(sender) };
    if (onRefused) options.onRefused = onRefused;
    if (!Object.hasOwn(handlers, event)) return refuseUnknownCommand(event, args, options);
    const typed = event as keyof Schemas & string;
    const handle = handlers[typed];
    return runCommand(
      schemas[typed] as GenericSchema,
      event,
      (payload) => handle(sender, payload),
      options,
      args,
    );
  };
}
