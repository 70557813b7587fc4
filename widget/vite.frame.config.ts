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
  const webTransportModule = /[\\/]engine\.io-client[\\/]build[\\/]esm[\\/]transports[\\/]webtransport\.js$/;
  return {
    name: 'switchboard:without-webtransport',
    enforce: 'pre',
    load(id) {
      // Its module still loads through the package's index; a stub keeps it from naming binary-only parser
      // functions, which the text parsers below leave out.
      if (webTransportModule.test(id)) return 'export class WT {}';
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
 * Gives Engine.IO's and Socket.IO's clients an address parser built on `URL` (about 0.4 kB gzipped less):
 * see `transport/parse-uri.ts`.
 */
function withUrlParser(): Plugin {
  const parser = here('./transport/parse-uri.ts');
  return {
    name: 'switchboard:url-parser',
    enforce: 'pre',
    resolveId(source, importer) {
      const isEngineParser =
        source === './contrib/parseuri.js' && /[\\/]engine\.io-client[\\/]/.test(importer ?? '');
      return isEngineParser ? parser : null;
    },
  };
}

/**
 * Replaces Vite's preload helper (about 0.8 kB gzipped) by a plain call. Vite wraps every dynamic `import()`
 * in it to preload the chunk's CSS and imports alongside; the frame's lazy forms bring no CSS and import only
 * what the first chunk already ran, so there is nothing to preload (vitejs/vite#13952 asks to drop it then).
 */
function withoutPreloadHelper(): Plugin {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'switchboard:without-preload-helper',
    enforce: 'pre',
    load(id) {
      return id === helper ? 'export const __vitePreload = (load) => load();' : null;
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
  plugins: [withoutWebTransport(), withoutPreloadHelper(), withUrlParser()],
  resolve: {
    // The frame exchanges text packets only: a parser without binary support (see the module's comment).
    alias: [{ find: /^engine\.io-parser$/, replacement: here('./transport/engine-io-text-parser.ts') }],
  },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    rolldownOptions: {
      output: {
        // Chunks loaded on demand (the forms) are named so the size budget can tell them from the first load.
        chunkFileNames: 'assets/lazy-[name]-[hash].js',
      },
      treeshake: {
        moduleSideEffects: [{ test: UNUSED_TRANSPORT_MODULES, sideEffects: false }],
      },
    },
    outDir: here('../dist/public/frame'),
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: false,
    sourcemap: false,
  },
});
