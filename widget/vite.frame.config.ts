import { defineConfig, type Plugin } from 'vite';

/** An absolute path from this file's folder; the config runs from the repository root. */
const here = (path: string): string => decodeURIComponent(new URL(path, import.meta.url).pathname);

/**
 * Leaves Engine.IO's WebTransport transport out of the bundle (about 0.8 kB gzipped). The frame asks only for
 * long-polling and WebSocket (`transports` in `transport/visitor-link.ts`), so it is never used.
 */
const UNUSED_TRANSPORT_MODULES =
  /[\\/]engine\.io-client[\\/]build[\\/]esm[\\/](transports[\\/](polling-xhr|webtransport)|contrib[\\/]has-cors)/;

function withoutWebTransport(): Plugin {
  const transportsModule = /[\\/]engine\.io-client[\\/]build[\\/]esm[\\/]transports[\\/]index\.js$/;
  return {
    name: 'switchboard:without-webtransport',
    enforce: 'pre',
    load(id) {
      if (!transportsModule.test(id)) return null;
      return [
        'import { Fetch } from "./polling-fetch.js";',
        'import { WS } from "./websocket.node.js";',
        'export const transports = { websocket: WS, polling: Fetch };',
      ].join('\n');
    },
  };
}

/**
 * The chat frame: a Preact app served by the relay at `/frame/<siteId>`, built to `dist/public/frame/`.
 * JSX is compiled by Vite's own Oxc transform with Preact's automatic runtime, so no Preact plugin is needed.
 */
export default defineConfig({
  root: here('./frame'),
  base: '/frame/',
  publicDir: false,
  plugins: [withoutWebTransport()],
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: [{ test: UNUSED_TRANSPORT_MODULES, sideEffects: false }],
      },
    },
    outDir: here('../dist/public/frame'),
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
