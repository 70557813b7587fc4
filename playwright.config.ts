import { defineConfig } from '@playwright/test';

/**
 * End-to-end stories in Debian's Chromium against the production build (`npm run build` first; `npm test`
 * does). Each worker starts its own Switchboard process on a free port with a fresh database, so specs can
 * kill and restart it. One worker: the machines have two cores, and each story drives two browsers.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  outputDir: '.tmp/playwright-results',
  use: {
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Chromium's own background traffic only meets refused connections on these machines.
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
});
