import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_BRANDING } from '../protocol/sites.js';
import { createScriptedBot } from './testing/scripted-bot.js';
import { SITE_ID, startHarness } from './testing/switchboard-harness.js';

const directory = mkdtempSync(join(tmpdir(), 'site-seeding-'));

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('seeding sites at start', () => {
  it('creates a missing site, and leaves one that exists as the console left it', async () => {
    const databaseFile = join(directory, 'store.sqlite');
    const first = await startHarness(createScriptedBot({}).bot, { databaseFile });
    const seeded = await first.store.findSiteProfile(SITE_ID);
    expect(seeded).toMatchObject({
      name: 'Shop',
      allowedOrigins: ['https://shop.example'],
      branding: DEFAULT_BRANDING,
    });
    await first.store.updateSite(SITE_ID, {
      name: 'Shop, renamed',
      allowedOrigins: ['https://renamed.example'],
      branding: { assistantName: 'Nora' },
    });
    await first.close();

    const second = await startHarness(createScriptedBot({}).bot, { databaseFile });
    expect(await second.store.findSiteProfile(SITE_ID)).toEqual({
      ...seeded,
      name: 'Shop, renamed',
      allowedOrigins: ['https://renamed.example'],
      branding: { ...DEFAULT_BRANDING, assistantName: 'Nora' },
    });
    await second.close();
  });
});
