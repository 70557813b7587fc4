import { defineConfig } from 'vitest/config';

/** Unit and integration tests sit beside the code; Playwright's stories in e2e/ are not Vitest's. */
export default defineConfig({
  test: {
    include: ['**/*.test.ts', '**/*.test.js'],
    exclude: ['node_modules/**', 'dist/**', 'e2e/**', '.tmp/**'],
    environment: 'node',
    // Tests sign agents in (scrypt) and start real servers: on a busy shared machine a step can take many
    // times its usual time. A generous limit only stops a test that hangs; nothing here asserts on timing.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
