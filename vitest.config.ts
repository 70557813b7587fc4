import { defineConfig } from 'vitest/config';

/** Unit and integration tests sit beside the code; Playwright's stories in e2e/ are not Vitest's. */
export default defineConfig({
  test: {
    include: ['**/*.test.ts', '**/*.test.js'],
    exclude: ['node_modules/**', 'dist/**', 'e2e/**', '.tmp/**'],
    environment: 'node',
  },
});
