/**
 * `npm run migrate`: brings the store that DATABASE_URL names up to date, and exits. Relay processes also
 * migrate at start; this lets a deployment migrate once, before rolling out new processes.
 */
import { join } from 'node:path';
import { ensureBuilt } from './ensure-built.js';
import { ROOT } from './run-step.js';

ensureBuilt();
await import(join(ROOT, 'dist/server/migrate.js'));
