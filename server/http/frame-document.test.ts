import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BRANDING, type PublicSiteConfig } from '../../protocol/sites.js';
import { createFrameDocument, siteConfigScript } from './frame-document.js';

const CONFIG: PublicSiteConfig = { siteId: 'shop', branding: DEFAULT_BRANDING, isIdentityRequired: false };

function writeDocument(html: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'frame-document-')), 'index.html');
  writeFileSync(path, html);
  return path;
}

/** The config the browser finds: the text of the data block, parsed as the frame parses it. */
function inlinedConfig(html: string): unknown {
  const match = /<script type="application\/json" id="site-config">([^<]*)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('No site config in the document.');
  return JSON.parse(match[1]);
}

describe('the chat document', () => {
  it('inlines the site’s config just before </head>', async () => {
    const render = createFrameDocument(
      writeDocument('<html><head><title>Chat</title></head><body></body></html>'),
    );
    const html = await render(CONFIG);
    expect(html).toBe(
      `<html><head><title>Chat</title>${siteConfigScript(CONFIG)}</head><body></body></html>`,
    );
    expect(inlinedConfig(html)).toEqual(CONFIG);
  });

  it('writes every < of the config as \\u003c, so a greeting cannot end the script element', async () => {
    const greeting = '</script><script>window.__xss = 1</script><!-- <b>hi</b>';
    const config = { ...CONFIG, branding: { ...DEFAULT_BRANDING, greeting } };
    const html = await createFrameDocument(writeDocument('<head></head>'))(config);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<!--');
    expect(inlinedConfig(html)).toEqual(config);
  });

  it('reads the built document once', async () => {
    const path = writeDocument('<head>first</head>');
    const render = createFrameDocument(path);
    await render(CONFIG);
    writeFileSync(path, '<head>second</head>');
    expect(await render(CONFIG)).toContain('first');
  });

  it('fails on a document without </head>, and reads it again at the next request', async () => {
    const path = writeDocument('<body></body>');
    const render = createFrameDocument(path);
    await expect(render(CONFIG)).rejects.toThrow('has no </head>');
    writeFileSync(path, '<head></head><body></body>');
    expect(inlinedConfig(await render(CONFIG))).toEqual(CONFIG);
  });
});
