import { isAbsolute, join } from 'node:path';

/** Everything Switchboard reads from its environment, checked once at start. */
export interface Config {
  port: number;
  /** The SQLite file the store lives in. */
  sqliteFile: string;
  admin: { email: string | undefined; password: string | undefined };
  knowledgeDirectory: string;
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
  };
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
