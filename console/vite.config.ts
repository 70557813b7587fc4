/**
 * Builds the agent console into dist/public/console/, served by the relay at /console/. Run from the repo
 * root: `vite build -c console/vite.config.ts`.
 */
import { defineConfig } from 'vite';

const consoleDir = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root: consoleDir,
  base: '/console/',
  // Vite 8 compiles TSX with Oxc; the automatic runtime imports preact/jsx-runtime, so no Preact plugin.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../dist/public/console',
    emptyOutDir: false,
  },
});
