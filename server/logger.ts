import { pino } from 'pino';

/**
 * Where the server writes what happened. Fields carry ids, counts and codes: a conversation's id where one
 * is concerned, never what anyone wrote in it (no message text, no handoff reason, which quotes the visitor).
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** pino's levels, most severe first; `silent` logs nothing. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LoggerOptions {
  /** The least severe level written. */
  level: LogLevel;
  /** Receives each JSON line; standard output by default. */
  write?: (line: string) => void;
}

/**
 * pino, writing one JSON object per line for log collectors: `level` as a name, `time` in ISO 8601, `pid`
 * and `hostname` (which tell relay processes apart), `msg`, then the fields. Writes are synchronous, so
 * the lines written just before the process exits are not lost.
 */
export function createLogger({ level, write }: LoggerOptions): Logger {
  const destination = write ? { write } : pino.destination({ dest: 1, sync: true });
  const log = pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  return {
    info: (message, fields = {}) => log.info(fields, message),
    warn: (message, fields = {}) => log.warn(fields, message),
    error: (message, fields = {}) => log.error(fields, message),
  };
}

/** Discards everything: for tests that check behaviour, not logs. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
