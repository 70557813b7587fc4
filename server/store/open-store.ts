import type { StoreLocation } from '../config.js';
import { openPostgresStore } from './postgres-store.js';
import { openSqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

/** Opens the store the configuration names; it still has to be migrated. */
export function openStore(location: StoreLocation): Store {
  return location.engine === 'postgres' ? openPostgresStore(location.url) : openSqliteStore(location.file);
}
