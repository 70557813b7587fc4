/**
 * `npm test`: everything a change must pass, in order, stopping at the first failure: lint and format,
 * types, the production build, unit and integration tests (with the multi-node tests against the built
 * relay on PostgreSQL and Redis), the bundle budgets, a short chaos run against the built relay, and the
 * end-to-end suite in Chromium. It ends
 * with one line counting every test run.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from './build.js';
import { ROOT, runScript, runTool } from './run-step.js';

const reports = join(ROOT, '.tmp', 'reports');
mkdirSync(reports, { recursive: true });
const unitReport = join(reports, 'vitest.json');
const e2eReport = join(reports, 'playwright.json');
/** Each folder is type-checked on its own, with the environment it runs in. */
const TYPED_PROJECTS = ['protocol', 'server', 'widget', 'console', 'e2e', 'scripts'];

/** @type {{ name: string, run: () => boolean }[]} */
const STEPS = [
  { name: 'lint', run: () => runTool('oxlint', ['--deny-warnings']) && runTool('oxfmt', ['--check']) },
  { name: 'types', run: () => TYPED_PROJECTS.every((project) => runTool('tsc', ['-p', project])) },
  // Before the tests: the multi-node tests and the chaos run start the built relay as real processes.
  { name: 'build', run: build },
  {
    name: 'unit and integration',
    run: () =>
      runTool('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]),
  },
  { name: 'bundle budgets', run: () => runTool('size-limit', []) },
  { name: 'chaos (short)', run: () => runScript('scripts/chaos/run.js', ['--short']) },
  {
    name: 'chaos, 3 relay processes on PostgreSQL and Redis (short)',
    run: () => runScript('scripts/chaos/run.js', ['--short', '--nodes', '3']),
  },
  {
    name: 'end to end',
    run: () =>
      runTool('playwright', ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport }),
  },
];

/**
 * @param {string} file
 * @param {(report: any) => [number, number]} count
 * @returns {[number, number]} passed and failed
 */
function countFrom(file, count) {
  try {
    return count(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return [0, 0];
  }
}

let failedStep = null;
for (const { name, run } of STEPS) {
  console.log(`\n▶ ${name}`);
  if (!run()) {
    failedStep = name;
    break;
  }
}

const [unitPassed, unitFailed] = countFrom(unitReport, (report) => [
  report.numPassedTests,
  report.numFailedTests,
]);
const [e2ePassed, e2eFailed] = countFrom(e2eReport, (report) => [
  report.stats.expected + report.stats.flaky,
  report.stats.unexpected,
]);
console.log(failedStep ? `\n✗ npm test failed at: ${failedStep}` : '\n✓ every step passed');
console.log(
  `tests: ${unitPassed + e2ePassed} passed, ${unitFailed + e2eFailed + (failedStep ? 1 : 0)} failed`,
);
process.exitCode = failedStep ? 1 : 0;
