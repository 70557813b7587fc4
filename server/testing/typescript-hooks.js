/**
 * Module hooks (see register-typescript-hooks.js) that let a worker thread run the server's TypeScript
 * sources: relative imports name the compiled `.js` files, as TypeScript's Node resolution wants, and are
 * resolved to the `.ts` sources beside them; those are compiled by oxc (through rolldown, which Vite uses),
 * types stripped, one file at a time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'rolldown/experimental';

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
    const source = new URL(`${specifier.slice(0, -'.js'.length)}.ts`, context.parentURL);
    if (existsSync(source)) return { url: source.href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  if (!url.endsWith('.ts')) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const { code, errors } = transformSync(path, readFileSync(path, 'utf8'));
  if (errors.length > 0) {
    throw new Error(`${path} does not compile: ${errors.map((error) => error.message).join('; ')}`);
  }
  return { format: 'module', source: code, shortCircuit: true };
}
