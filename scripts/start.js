/**
 * `npm start`: builds whatever is missing or out of date, then starts Switchboard in this process.
 */
import { join } from 'node:path';
import { ensureBuilt } from './ensure-built.js';
import { ROOT } from './run-step.js';

ensureBuilt();
await import(join(ROOT, 'dist/server/main.js'));
