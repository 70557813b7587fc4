import { isAbsolute, join } from 'node:path';
import { DEFAULT_RATE_LIMITS, scaleRateLimits, type RateLimits } from './limits/rate-limits.js';
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './relay/deadline-sweeper.js';

/** Where the store lives: a SQLite file (one relay process), or PostgreSQL (any number of them). */
export type StoreLocation = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

/** Everything Switchboard reads from its environment, checked once at start. */
export interface Config {
  port: number;
  store: StoreLocation;
  /** The Redis that carries events between relay processes, or null for one process alone. */
  redis: { url: string; streamName: string } | null;
  admin: { email: string | undefined; password: string | undefined };
  knowledgeDirectory: string;
  /** The rate limits, or null when switched off. */
  rateLimits: RateLimits | null;
  deadlines: DeadlinePolicy;
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
    store: storeLocationFrom(env.DATABASE_URL ?? 'sqlite:data/switchboard.sqlite', root),
    redis: redisFrom(env.REDIS_URL, env.SWITCHBOARD_REDIS_STREAM),
    admin: {
      email: env.SWITCHBOARD_ADMIN_EMAIL || undefined,
      password: env.SWITCHBOARD_ADMIN_PASSWORD || undefined,
    },
    knowledgeDirectory: resolveFrom(root, env.SWITCHBOARD_KNOWLEDGE_DIR ?? 'demo/knowledge'),
    rateLimits: rateLimitsFrom(env.SWITCHBOARD_RATE_LIMIT_SCALE),
    deadlines: {
      agentGraceMs: secondsFrom(env, 'SWITCHBOARD_AGENT_GRACE_SECONDS', DEFAULT_DEADLINE_POLICY.agentGraceMs),
      waitTimeoutMs: secondsFrom(
        env,
        'SWITCHBOARD_WAIT_TIMEOUT_SECONDS',
        DEFAULT_DEADLINE_POLICY.waitTimeoutMs,
      ),
      idleCloseMs: secondsFrom(env, 'SWITCHBOARD_IDLE_CLOSE_SECONDS', DEFAULT_DEADLINE_POLICY.idleCloseMs),
    },
  };
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

function storeLocationFrom(databaseUrl: string, root: string): StoreLocation {
  if (/^postgres(?:ql)?:\/\//.test(databaseUrl)) return { engine: 'postgres', url: databaseUrl };
  const match = /^(?:sqlite|file):(.+)$/.exec(databaseUrl);
  if (!match?.[1]) {
    throw new ConfigError(
      `DATABASE_URL must be sqlite:PATH (for example sqlite:data/switchboard.sqlite) or postgres://USER@HOST/DATABASE, not "${databaseUrl}".`,
    );
  }
  return { engine: 'sqlite', file: resolveFrom(root, match[1]) };
}

function redisFrom(url: string | undefined, streamName: string | undefined): Config['redis'] {
  if (url === undefined || url === '') return null;
  if (!/^rediss?:\/\//.test(url)) {
    throw new ConfigError(`REDIS_URL must be redis://HOST:PORT or rediss://HOST:PORT, not "${url}".`);
  }
  if (streamName !== undefined && !/^[\w:.-]{1,100}$/.test(streamName)) {
    throw new ConfigError(
      `SWITCHBOARD_REDIS_STREAM must be 1 to 100 letters, digits or _ : . -, not "${streamName}".`,
    );
  }
  return { url, streamName: streamName ?? 'switchboard' };
}

/** A duration given in seconds (fractions allowed), returned in ms. */
function secondsFrom(env: NodeJS.ProcessEnv, name: string, defaultMs: number): number {
  const value = env[name];
  if (value === undefined) return defaultMs;
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds <= 0) {
    throw new ConfigError(`${name} must be a number of seconds above 0, not "${value}".`);
  }
  return Math.round(seconds * 1000);
}

function resolveFrom(root: string, path: string): string {
  return isAbsolute(path) ? path : join(root, path);
}
