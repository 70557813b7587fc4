/**
 * `npm run ingest -- SITE_ID PATH…`'s entry point: makes the Markdown, HTML and FAQ files under the paths
 * the site's whole knowledge, in the store DATABASE_URL names, prints what changed, and exits. Like
 * main.ts, a composition root, and so allowed to read `process.env`. Exits with 2 for a wrong command
 * line or an unknown site, 1 for a bad file or store; nothing is stored then.
 */
import { fileURLToPath } from 'node:url';
import { ConfigError, readConfig } from './config.js';
import { KnowledgeFileError } from './knowledge/knowledge-files.js';
import { describeSync, ingestKnowledge, UnknownSiteError } from './knowledge/ingest-knowledge.js';
import { openStore } from './store/open-store.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const USAGE = 'Usage: npm run ingest -- SITE_ID PATH…  (Markdown, HTML and FAQ files, or folders of them)';

const [siteId, ...paths] = process.argv.slice(2);
if (siteId === undefined || paths.length === 0) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

try {
  const store = openStore(readConfig(process.env, ROOT).store);
  try {
    await store.migrate();
    const counts = await ingestKnowledge(store, { siteId, paths, now: Date.now });
    process.stdout.write(`${describeSync(counts)}\n`);
  } finally {
    await store.close();
  }
} catch (error) {
  const isExpected =
    error instanceof ConfigError || error instanceof UnknownSiteError || error instanceof KnowledgeFileError;
  process.stderr.write(
    `${isExpected ? (error as Error).message : String((error as Error).stack ?? error)}\n`,
  );
  process.exit(error instanceof UnknownSiteError ? 2 : 1);
}
