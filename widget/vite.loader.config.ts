import { defineConfig } from 'vite';

/** An absolute path from this file's folder; the config runs from the repository root. */
const here = (path: string): string => decodeURIComponent(new URL(path, import.meta.url).pathname);

/**
 * The loader the host page embeds: one minified IIFE with no dependencies, built to `dist/public/widget.js`.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: here('../dist/public'),
    emptyOutDir: false,
    target: 'es2020',
    minify: true,
    sourcemap: false,
    lib: {
      entry: here('./loader.ts'),
      formats: ['iife'],
      name: 'SwitchboardLoader',
      fileName: () => 'widget.js',
    },
  },
});
