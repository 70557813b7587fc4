import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './choose-language.js';

describe('chooseLanguage', () => {
  it('speaks the site’s language when the site set one', () => {
    expect(chooseLanguage('fr', ['en-US', 'en'])).toBe('fr');
    expect(chooseLanguage('en', ['fr-FR'])).toBe('en');
  });

  it('follows the first of the browser’s languages that the widget speaks', () => {
    expect(chooseLanguage(null, ['fr-CA', 'en'])).toBe('fr');
    expect(chooseLanguage(null, ['de-DE', 'FR', 'en'])).toBe('fr');
    expect(chooseLanguage(null, ['de', 'en-GB', 'fr'])).toBe('en');
  });

  it('speaks English when the browser asks for neither, or says nothing', () => {
    expect(chooseLanguage(null, ['de-DE', 'es'])).toBe('en');
    expect(chooseLanguage(null, [])).toBe('en');
    expect(chooseLanguage(null, undefined)).toBe('en');
  });

  it('does not take another language that shares the first letters', () => {
    expect(chooseLanguage(null, ['frr', 'fr'])).toBe('fr');
    expect(chooseLanguage(null, ['frr'])).toBe('en');
  });
});
