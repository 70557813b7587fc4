/**
 * `npm run ingest -- SITE_ID PATH…`: makes the Markdown, HTML and FAQ files under the paths the site's whole
 * knowledge base in the store DATABASE_URL names, and exits. A running relay picks the change up within
 * seconds.
 */
import { join } from 'node:path';
import { ensureBuilt } from './ensure-built.js';
import { ROOT } from './run-step.js';

ensureBuilt();
await import(join(ROOT, 'dist/server/ingest.js'));
