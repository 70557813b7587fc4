/**
 * Builds whatever is missing or older than its sources, so the commands that run the built server (`npm
 * start`, `npm run migrate`) work on a fresh clone and after every edit.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from './build.js';
import { ROOT } from './run-step.js';

const SOURCE_FOLDERS = ['protocol', 'server', 'widget', 'console'];
const BUILD_OUTPUTS = [
  'dist/server/main.js',
  'dist/public/widget.js',
  'dist/public/frame/index.html',
  'dist/public/console/index.html',
];

/** @param {string} folder @returns {number} the newest modification time of any file below `folder` */
function newestModification(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isBuildCurrent() {
  const outputs = BUILD_OUTPUTS.map((output) => join(ROOT, output));
  if (!outputs.every((output) => existsSync(output))) return false;
  const builtAt = Math.min(...outputs.map((output) => statSync(output).mtimeMs));
  return SOURCE_FOLDERS.every((folder) => newestModification(join(ROOT, folder)) <= builtAt);
}

/** Builds if the build is missing or stale; exits the process if the build fails. */
export function ensureBuilt() {
  if (isBuildCurrent()) return;
  console.log('Building Switchboard…');
  if (!build()) {
    console.error('The build failed; see above.');
    process.exit(1);
  }
}
