import { isAbsolute, join } from 'node:path';
import { DEFAULT_RATE_LIMITS, scaleRateLimits, type RateLimits } from './limits/rate-limits.js';
import { LOG_LEVELS, type LogLevel } from './logger.js';

/** Everything Switchboard reads from its environment, checked once at start. */
export interface Config {
  port: number;
  /** The SQLite file the store lives in. */
  sqliteFile: string;
  admin: { email: string | undefined; password: string | undefined };
  knowledgeDirectory: string;
  /** The rate limits, or null when switched off. */
  rateLimits: RateLimits | null;
  logLevel: LogLevel;
  /** The bearer token `/metrics` asks for, or null to serve it to anyone who can reach it. */
  metricsToken: string | null;
}

/** A setting with an unusable value; the process stops with this message. */
export class ConfigError extends Error {}

/**
 * Reads the configuration from `env`, resolving relative paths against `root`. The defaults run the demo
 * with no setup: port 3000 and a SQLite file under ./data/.
 */
export function readConfig(env: NodeJS.ProcessEnv, root: string): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number, not "${env.PORT}".`);
  return {
    port,
    sqliteFile: sqliteFileFrom(env.DATABASE_URL ?? 'sqlite:data/switchboard.sqlite', root),
    admin: {
      email: env.SWITCHBOARD_ADMIN_EMAIL || undefined,
      password: env.SWITCHBOARD_ADMIN_PASSWORD || undefined,
    },
    knowledgeDirectory: resolveFrom(root, env.SWITCHBOARD_KNOWLEDGE_DIR ?? 'demo/knowledge'),
    rateLimits: rateLimitsFrom(env.SWITCHBOARD_RATE_LIMIT_SCALE),
    logLevel: logLevelFrom(env.LOG_LEVEL),
    metricsToken: metricsTokenFrom(env.SWITCHBOARD_METRICS_TOKEN),
  };
}

function logLevelFrom(level: string | undefined): LogLevel {
  const chosen = level ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(chosen))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${level}".`);
  return chosen as LogLevel;
}

/** The shortest metrics token accepted: long enough that guessing it is hopeless. */
const MIN_METRICS_TOKEN_LENGTH = 16;

/** Empty means unset, as it does for the admin's credentials. */
function metricsTokenFrom(token: string | undefined): string | null {
  if (!token) return null;
  if (token.length < MIN_METRICS_TOKEN_LENGTH || /[^\x21-\x7e]/.test(token)) {
    throw new ConfigError(
      `SWITCHBOARD_METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} printable ASCII characters without spaces.`,
    );
  }
  return token;
}

/** The default limits times the scale: 2 doubles every limit, 0 switches them off (for load tests). */
function rateLimitsFrom(scale: string | undefined): RateLimits | null {
  const factor = Number(scale ?? 1);
  if (scale?.trim() === '' || !Number.isFinite(factor) || factor < 0) {
    throw new ConfigError(
      `SWITCHBOARD_RATE_LIMIT_SCALE must be a number of at least 0 (1 keeps the default limits, 0 switches them off), not "${scale}".`,
    );
  }
  return scaleRateLimits(DEFAULT_RATE_LIMITS, factor);
}

function sqliteFileFrom(databaseUrl: string, root: string): string {
  const match = /^(?:sqlite|file):(.+)$/.exec(databaseUrl);
  if (!match?.[1]) {
    throw new ConfigError(
      `DATABASE_URL must be sqlite:PATH (for example sqlite:data/switchboard.sqlite), not "${databaseUrl}".`,
    );
  }
  return resolveFrom(root, match[1]);
}

function resolveFrom(root: string, path: string): string {
  return isAbsolute(path) ? path : join(root, path);
}
