import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.js';
import { parseSitesFile, readSitesFile } from './sites-file.js';

/** The example in the README's "Sites" section: the first JSON block after its heading. */
function readmeExample(): unknown {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Sites'));
  const block = /```json\n([\s\S]*?)```/.exec(section);
  if (!block?.[1]) throw new Error('The README has no site file example.');
  return JSON.parse(block[1]);
}

const SHOP = { id: 'shop', name: 'Shop', allowedOrigins: ['https://shop.example'] };

describe('the site file', () => {
  it('accepts the README’s example as written', () => {
    const sites = parseSitesFile(readmeExample(), 'README.md');
    expect(sites.map((site) => site.id)).toEqual(['northwind', 'help-center']);
    expect(sites[0]?.branding).toMatchObject({ assistantName: 'Nora', locale: 'en' });
  });

  it('gives each site as the API would create it, colours in lowercase', () => {
    const sites = parseSitesFile(
      { sites: [SHOP, { ...SHOP, id: 'other', branding: { accentColor: '#00AAFF' } }] },
      'sites.json',
    );
    expect(sites).toEqual([SHOP, { ...SHOP, id: 'other', branding: { accentColor: '#00aaff' } }]);
  });

  it.each([
    [{ sites: [{ ...SHOP, id: 'Shop' }] }, 'sites.0.id: Expected a site id'],
    [{ sites: [{ ...SHOP, allowedOrigins: ['https://shop.example/'] }] }, 'sites.0.allowedOrigins.0'],
    [{ sites: [SHOP, { ...SHOP, branding: { tone: 'casual' } }] }, 'sites.1.branding.tone'],
    [{ sites: [SHOP, SHOP] }, 'Two sites have the same id.'],
    [{ sites: [{ ...SHOP, bot: { kind: 'knowledge' } }] }, 'sites.0.bot'],
    [{ site: [SHOP] }, 'at sites: Invalid key'],
    [[SHOP], 'at sites: Invalid key'],
  ])('refuses %o, naming the mistake', (json, mistake) => {
    expect(() => parseSitesFile(json, 'sites.json')).toThrow(ConfigError);
    expect(() => parseSitesFile(json, 'sites.json')).toThrow(mistake);
  });

  it('names a file it cannot read or parse', () => {
    const directory = mkdtempSync(join(tmpdir(), 'sites-file-'));
    const broken = join(directory, 'broken.json');
    writeFileSync(broken, '{ "sites": ');
    expect(() => readSitesFile(broken)).toThrow(`The site file ${broken} is not JSON`);
    expect(() => readSitesFile(join(directory, 'missing.json'))).toThrow('Cannot read the site file');
  });
});
