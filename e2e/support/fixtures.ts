import { test as base } from '@playwright/test';
import { SwitchboardProcess } from './switchboard-process.js';

/** Each worker gets its own Switchboard process and database; specs share it and may restart it. */
export const test = base.extend<object, { switchboard: SwitchboardProcess }>({
  switchboard: [
    // Playwright reads a fixture's dependencies from this destructuring pattern; this one has none.
    // oxlint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const switchboard = await SwitchboardProcess.start();
      await use(switchboard);
      await switchboard.stop();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
