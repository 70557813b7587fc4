/**
 * The production build: the loader, the chat frame and the console with Vite, and the server with tsc,
 * into dist/. `npm start` runs it when dist/ is missing or older than the sources.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runTool } from './run-step.js';

/** @type {{ tool: string, args: string[] }[]} */
const STEPS = [
  { tool: 'vite', args: ['build', '--logLevel', 'warn', '-c', 'widget/vite.loader.config.ts'] },
  { tool: 'vite', args: ['build', '--logLevel', 'warn', '-c', 'widget/vite.frame.config.ts'] },
  { tool: 'vite', args: ['build', '--logLevel', 'warn', '-c', 'console/vite.config.ts'] },
  { tool: 'tsc', args: ['-p', 'server/tsconfig.build.json'] },
];

export function build() {
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  return STEPS.every(({ tool, args }) => runTool(tool, args));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = build() ? 0 : 1;
}
