import { readFile } from 'node:fs/promises';
import type { PublicSiteConfig } from '../../protocol/sites.js';

/** Where the site's config goes: the frame reads it at start, before it connects. */
const HEAD_END = '</head>';

/**
 * The config as the content of a `<script type="application/json">`. Every `<` is written `\u003c`, which
 * JSON reads back as the same character, so no text an admin wrote (a greeting with `</script>` in it, say)
 * can end the element or start another.
 */
export function siteConfigScript(config: PublicSiteConfig): string {
  const json = JSON.stringify(config).replaceAll('<', '\\u003c');
  return `<script type="application/json" id="site-config">${json}</script>`;
}

/**
 * The built chat document (`frame/index.html`) with a site's config inlined before `</head>`. The file is
 * read once, at the first request, and kept as the halves around that point; a failed read is tried again.
 */
export function createFrameDocument(path: string): (config: PublicSiteConfig) => Promise<string> {
  let halves: Promise<[string, string]> | null = null;

  async function readHalves(): Promise<[string, string]> {
    const html = await readFile(path, 'utf8');
    const at = html.indexOf(HEAD_END);
    if (at === -1) throw new Error(`The chat document ${path} has no ${HEAD_END}.`);
    return [html.slice(0, at), html.slice(at)];
  }

  return async (config) => {
    halves ??= readHalves().catch((error: unknown) => {
      halves = null;
      throw error;
    });
    const [beforeHeadEnd, fromHeadEnd] = await halves;
    return `${beforeHeadEnd}${siteConfigScript(config)}${fromHeadEnd}`;
  };
}
