import type { Logger } from './logger.js';

/** How long a graceful shutdown may take before the process exits anyway. */
export const SHUTDOWN_DEADLINE_MS = 10_000;

export interface GracefulShutdownOptions {
  /** Where the signals come from: `process`. */
  signals: Pick<NodeJS.EventEmitter, 'on'>;
  /** The graceful shutdown itself. */
  close: () => Promise<void>;
  /** Ends the process: `process.exit`. */
  exit: (code: number) => void;
  logger: Logger;
  deadlineMs?: number;
}

/**
 * On the first SIGTERM or SIGINT, shuts down gracefully and exits with 0, or with 1 if closing fails or
 * takes longer than the deadline: a relay that cannot drain must still go, since a supervisor waiting on
 * it would kill it harder anyway. A second signal exits at once, for a person pressing Ctrl-C again.
 */
export function shutDownOnSignals(options: GracefulShutdownOptions): void {
  const { signals, close, exit, logger, deadlineMs = SHUTDOWN_DEADLINE_MS } = options;
  let isStopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (isStopping) {
      logger.warn('stopped at once by a second signal', { signal });
      return exit(1);
    }
    isStopping = true;
    logger.info('stopping', { signal, deadlineMs });
    const deadline = setTimeout(() => {
      logger.error('stopped at the shutdown deadline, before draining finished', { deadlineMs });
      exit(1);
    }, deadlineMs);
    deadline.unref();
    close().then(
      () => {
        clearTimeout(deadline);
        logger.info('stopped');
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(deadline);
        logger.error('stopped uncleanly', { error: String(error) });
        exit(1);
      },
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) signals.on(signal, () => stop(signal));
}
