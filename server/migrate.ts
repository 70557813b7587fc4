/**
 * `npm run migrate`'s entry point: migrates the configured store and exits. Like main.ts, a composition
 * root, and so allowed to read `process.env`.
 */
import { fileURLToPath } from 'node:url';
import { ConfigError, readConfig } from './config.js';
import { openStore } from './store/open-store.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

try {
  const { store: location } = readConfig(process.env, ROOT);
  const store = openStore(location);
  try {
    await store.migrate();
  } finally {
    await store.close();
  }
  process.stdout.write(
    `The ${location.engine === 'postgres' ? 'PostgreSQL' : 'SQLite'} store is up to date.\n`,
  );
} catch (error) {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : String((error as Error).stack ?? error)}\n`,
  );
  process.exit(1);
}
