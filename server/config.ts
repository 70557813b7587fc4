import { isAbsolute, join } from 'node:path';
import { DEFAULT_BOT_TIMEOUT_MS, type BotEndpoint } from './bot/bot-endpoint.js';
import { DEFAULT_RATE_LIMITS, scaleRateLimits, type RateLimits } from './limits/rate-limits.js';
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './relay/deadline-sweeper.js';

/** Where the store lives: a SQLite file (one relay process), or PostgreSQL (any number of them). */
export type StoreLocation = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

/** Which bot answers visitors: the built-in knowledge bot, or one over HTTP. */
export type BotConfig = { kind: 'knowledge' } | { kind: 'webhook' | 'rasa'; endpoint: BotEndpoint };

/** The least length of the secret that signs requests to a bot (`openssl rand -hex 32` gives 64 characters). */
export const MIN_BOT_SECRET_LENGTH = 32;
/** The bounds of the bot's timeout, in milliseconds. */
const BOT_TIMEOUT_RANGE_MS = { min: 100, max: 60_000 };
import { LOG_LEVELS, type LogLevel } from './logger.js';

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
  bot: BotConfig;
  logLevel: LogLevel;
  /** The bearer token `/metrics` asks for, or null to serve it to anyone who can reach it. */
  metricsToken: string | null;
  /** The handoff rules file's absolute path, or null for the built-in rules on every site. */
  handoffRulesFile: string | null;
  /** The site file's absolute path, or null for the demo site alone. */
  sitesFile: string | null;
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
    bot: botFrom(env),
    logLevel: logLevelFrom(env.LOG_LEVEL),
    metricsToken: metricsTokenFrom(env.SWITCHBOARD_METRICS_TOKEN),
    // Empty means unset, as for the admin's credentials; the file itself is read and checked at start.
    handoffRulesFile: env.SWITCHBOARD_HANDOFF_RULES ? resolveFrom(root, env.SWITCHBOARD_HANDOFF_RULES) : null,
    sitesFile: env.SWITCHBOARD_SITES ? resolveFrom(root, env.SWITCHBOARD_SITES) : null,
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

/**
 * The bot from SWITCHBOARD_BOT and its settings. A bot over HTTP needs an http or https address; the webhook
 * bot also a secret to sign requests with. Settings for a bot over HTTP while the knowledge bot is chosen are
 * refused, as they are most likely a forgotten SWITCHBOARD_BOT. Messages never repeat the secret.
 */
function botFrom(env: NodeJS.ProcessEnv): BotConfig {
  const kind = env.SWITCHBOARD_BOT || 'knowledge';
  const {
    SWITCHBOARD_BOT_URL: url,
    SWITCHBOARD_BOT_SECRET: secret,
    SWITCHBOARD_BOT_TIMEOUT_MS: timeout,
  } = env;
  if (kind === 'knowledge') {
    const stray = (
      ['SWITCHBOARD_BOT_URL', 'SWITCHBOARD_BOT_SECRET', 'SWITCHBOARD_BOT_TIMEOUT_MS'] as const
    ).find((name) => env[name]);
    if (stray) {
      throw new ConfigError(
        `${stray} is set, but SWITCHBOARD_BOT is knowledge (the built-in bot); set SWITCHBOARD_BOT=webhook or rasa to use a bot over HTTP.`,
      );
    }
    return { kind };
  }
  if (kind !== 'webhook' && kind !== 'rasa') {
    throw new ConfigError(`SWITCHBOARD_BOT must be knowledge, webhook or rasa, not "${kind}".`);
  }
  if (!url || !/^https?:\/\/[^/]/i.test(url) || !URL.canParse(url)) {
    throw new ConfigError(
      `SWITCHBOARD_BOT_URL must be the ${kind} bot's http or https address, such as ${kind === 'rasa' ? 'http://localhost:5005' : 'https://bot.example.com/switchboard'}, not "${url ?? ''}".`,
    );
  }
  // The webhook bot checks every request with the secret; Rasa's REST channel cannot, so there it is optional.
  const isSecretNeeded = kind === 'webhook' || Boolean(secret);
  if (isSecretNeeded && (secret ?? '').length < MIN_BOT_SECRET_LENGTH) {
    throw new ConfigError(
      `SWITCHBOARD_BOT_SECRET must be at least ${MIN_BOT_SECRET_LENGTH} characters, shared with the bot so it can check that requests come from the relay (openssl rand -hex 32 makes one).`,
    );
  }
  const timeoutMs = Number(timeout ?? DEFAULT_BOT_TIMEOUT_MS);
  if (
    !Number.isInteger(timeoutMs) ||
    timeoutMs < BOT_TIMEOUT_RANGE_MS.min ||
    timeoutMs > BOT_TIMEOUT_RANGE_MS.max
  ) {
    throw new ConfigError(
      `SWITCHBOARD_BOT_TIMEOUT_MS must be a whole number of milliseconds from ${BOT_TIMEOUT_RANGE_MS.min} to ${BOT_TIMEOUT_RANGE_MS.max}, not "${timeout}".`,
    );
  }
  return { kind, endpoint: { url, secret: secret || null, timeoutMs } };
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
