/**
 * What a worker thread the server starts is given with `--import` when the server runs from its TypeScript
 * sources, as under Vitest: Node's own loader cannot read TypeScript, so the hooks compile each source as it
 * loads. Never used by the build, which runs compiled JavaScript.
 */
import { register } from 'node:module';

register('./typescript-hooks.js', import.meta.url);
