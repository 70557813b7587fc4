import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs one of the project's own tools (from node_modules/.bin) in the repository root, with its output
 * shown, and returns whether it succeeded.
 * @param {string} tool
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
export function runTool(tool, args, env = {}) {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', tool), args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

/**
 * Runs one of the project's own Node scripts in the repository root, with its output shown, and returns
 * whether it succeeded.
 * @param {string} script a path relative to the repository root
 * @param {string[]} args
 */
export function runScript(script, args) {
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, stdio: 'inherit' });
  return result.status === 0;
}
