import { describe, expect, it } from 'vitest';
import type { SiteBranding } from '../../protocol/sites.js';
import { readBranding, readSiteConfig } from './site-config.js';

const NORA: SiteBranding = {
  assistantName: 'Nora',
  greeting: 'Bonjour !',
  tone: 'friendly',
  accentTextColor: '#ffffff',
  accentColor: '#0B6E4F',
  logoUrl: 'https://shop.example/logo.png',
  launcherPosition: 'bottom-left',
  locale: 'fr',
  suggestedPrompts: ['Where is my order?'],
};

describe('readSiteConfig', () => {
  it('reads the configuration the relay inlines', () => {
    const json = JSON.stringify({ siteId: 'demo', branding: NORA, isIdentityRequired: true });
    expect(readSiteConfig(json)).toEqual({ siteId: 'demo', branding: NORA, isIdentityRequired: true });
  });

  it('has none when the document holds none or something else', () => {
    expect(readSiteConfig(null)).toBeNull();
    expect(readSiteConfig('')).toBeNull();
    expect(readSiteConfig('{not json')).toBeNull();
    expect(readSiteConfig(JSON.stringify({ siteId: 'demo' }))).toBeNull();
  });
});

describe('readBranding', () => {
  it('refuses colours that are not #rrggbb, so nothing else reaches the style sheet', () => {
    expect(readBranding({ ...NORA, accentColor: 'red;background:url(x)' })).toBeNull();
    expect(readBranding({ ...NORA, accentTextColor: '#fff' })).toBeNull();
  });

  it('refuses missing text and prompts that are not text', () => {
    expect(readBranding({ ...NORA, assistantName: 3 })).toBeNull();
    expect(readBranding({ ...NORA, suggestedPrompts: [1] })).toBeNull();
    expect(readBranding(null)).toBeNull();
  });

  it('drops a logo that is not https, and a language the widget does not speak', () => {
    expect(readBranding({ ...NORA, logoUrl: 'javascript:alert(1)', locale: 'de' })).toMatchObject({
      logoUrl: null,
      locale: null,
    });
  });
});
