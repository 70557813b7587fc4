import { describe, expect, it } from 'vitest';
import { DEFAULT_BRANDING } from '../../protocol/sites.js';
import { draftFromSite, previewBranding, readDraft, type SiteDraft } from './site-draft.js';
import { siteDetails } from './site-fixtures.js';

const SHOP = siteDetails({
  id: 'shop',
  name: 'Shop',
  allowedOrigins: ['https://shop.example'],
  branding: { ...DEFAULT_BRANDING, assistantName: 'Nora', suggestedPrompts: ['Where is my order?'] },
});

function edited(changes: Partial<SiteDraft>, site = SHOP): SiteDraft {
  return { ...draftFromSite(site), ...changes };
}

describe('draftFromSite', () => {
  it('shows the stored site with four prompt boxes, an empty bot secret and a default timeout', () => {
    const draft = draftFromSite(SHOP);
    expect(draft.allowedOrigins).toBe('https://shop.example');
    expect(draft.suggestedPrompts).toEqual(['Where is my order?', '', '', '']);
    expect(draft.locale).toBe('');
    expect(draft.botSecret).toBe('');
    expect(draft.botTimeoutMs).toBe('5000');
  });
});

describe('readDraft', () => {
  it('reads an unchanged draft as the site it came from', () => {
    expect(readDraft(draftFromSite(SHOP), SHOP)).toEqual({
      ok: true,
      request: {
        name: 'Shop',
        allowedOrigins: ['https://shop.example'],
        branding: SHOP.branding,
        identity: { isRequired: false },
        bot: { kind: 'relay' },
      },
    });
  });

  it('trims the text, lowercases colours and leaves empty prompts and logo out', () => {
    const reading = readDraft(
      edited({
        assistantName: ' Max ',
        accentColor: '#AA0000',
        suggestedPrompts: ['', ' Returns? ', '', 'Sizes'],
        locale: 'fr',
        logoUrl: ' ',
      }),
      SHOP,
    );
    expect(reading.ok && reading.request.branding).toEqual({
      ...SHOP.branding,
      assistantName: 'Max',
      accentColor: '#aa0000',
      suggestedPrompts: ['Returns?', 'Sizes'],
      locale: 'fr',
      logoUrl: null,
    });
  });

  it('names every field to fix', () => {
    const reading = readDraft(
      edited({
        name: ' ',
        allowedOrigins: 'shop.example',
        assistantName: '',
        greeting: 'x'.repeat(301),
        accentColor: 'blue',
        logoUrl: 'http://shop.example/logo.png',
        suggestedPrompts: ['x'.repeat(81), '', '', ''],
        isIdentityRequired: true,
      }),
      SHOP,
    );
    expect(reading.ok ? [] : Object.keys(reading.errors).toSorted()).toEqual([
      'accentColor',
      'allowedOrigins',
      'assistantName',
      'greeting',
      'isIdentityRequired',
      'logoUrl',
      'name',
      'suggestedPrompts',
    ]);
  });

  it('requires verified identities only once the site has a secret', () => {
    const withSecret = siteDetails({ id: 'shop', identity: { secret: 'a'.repeat(64), isRequired: false } });
    const reading = readDraft(edited({ isIdentityRequired: true }, withSecret), withSecret);
    expect(reading.ok && reading.request.identity).toEqual({ isRequired: true });
  });

  it('needs a webhook bot’s address, a long enough secret and a timeout in range', () => {
    const reading = readDraft(
      edited({
        botKind: 'webhook',
        botUrl: 'https://u:p@bot.example',
        botSecret: 'short',
        botTimeoutMs: '50',
      }),
      SHOP,
    );
    expect(reading.ok ? [] : Object.keys(reading.errors).toSorted()).toEqual([
      'botSecret',
      'botTimeoutMs',
      'botUrl',
    ]);
    const missing = readDraft(edited({ botKind: 'webhook', botUrl: 'https://bot.example/hook' }), SHOP);
    expect(missing.ok ? null : missing.errors.botSecret).toContain('needs a secret');
  });

  it('keeps the stored bot secret when the box is left empty', () => {
    const site = siteDetails({
      id: 'shop',
      bot: { kind: 'webhook', url: 'https://bot.example/hook', hasSecret: true, timeoutMs: 8000 },
    });
    const reading = readDraft(draftFromSite(site), site);
    expect(reading.ok && reading.request.bot).toEqual({
      kind: 'webhook',
      url: 'https://bot.example/hook',
      secret: null,
      timeoutMs: 8000,
    });
    const secret = 's'.repeat(32);
    const replaced = readDraft(edited({ botSecret: secret }, site), site);
    expect(replaced.ok && replaced.request.bot).toMatchObject({ secret });
  });

  it('takes a Rasa bot without a secret', () => {
    const reading = readDraft(
      edited({ botKind: 'rasa', botUrl: 'http://rasa:5005/webhooks/rest/webhook' }),
      SHOP,
    );
    expect(reading.ok && reading.request.bot).toEqual({
      kind: 'rasa',
      url: 'http://rasa:5005/webhooks/rest/webhook',
      secret: null,
      timeoutMs: 5000,
    });
  });
});

describe('previewBranding', () => {
  it('draws what is valid so far and the defaults for the rest', () => {
    const branding = previewBranding(
      edited({
        assistantName: '',
        accentColor: '#12',
        accentTextColor: '#000000',
        logoUrl: 'https://x.example/l.png',
      }),
    );
    expect(branding).toEqual({
      ...SHOP.branding,
      assistantName: DEFAULT_BRANDING.assistantName,
      accentColor: DEFAULT_BRANDING.accentColor,
      accentTextColor: '#000000',
      logoUrl: 'https://x.example/l.png',
    });
  });
});
