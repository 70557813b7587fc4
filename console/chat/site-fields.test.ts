import { describe, expect, it } from 'vitest';
import { readOrigins, readSiteId, readSiteName } from './site-fields.js';

describe('readSiteId', () => {
  it('accepts lowercase letters, digits and hyphens, trimmed', () => {
    expect(readSiteId(' shop-2 ')).toEqual({ ok: true, value: 'shop-2' });
  });

  it('refuses capitals, a leading hyphen, other characters and more than 64 characters', () => {
    for (const id of ['Shop', '-shop', 'shop_2', '', 'a'.repeat(65)]) {
      expect(readSiteId(id).ok).toBe(false);
    }
    expect(readSiteId('a'.repeat(64)).ok).toBe(true);
  });
});

describe('readSiteName', () => {
  it('needs more than blanks', () => {
    expect(readSiteName('  Shop ')).toEqual({ ok: true, value: 'Shop' });
    expect(readSiteName('   ').ok).toBe(false);
  });
});

describe('readOrigins', () => {
  it('reads one origin a line, skipping blank lines and repeats, and drops a trailing slash', () => {
    expect(readOrigins('https://shop.example\n\n http://localhost:4000/ \nhttps://shop.example')).toEqual({
      ok: true,
      value: ['https://shop.example', 'http://localhost:4000'],
    });
  });

  it('allows none, for a site embedded on the relay’s own pages only', () => {
    expect(readOrigins(' \n')).toEqual({ ok: true, value: [] });
  });

  it('names the line that is not a bare http(s) origin', () => {
    for (const line of [
      'shop.example',
      'ftp://shop.example',
      'https://shop.example/cart',
      'https://u:p@a.example',
    ]) {
      const reading = readOrigins(`https://ok.example\n${line}`);
      expect(reading.ok ? null : reading.error).toContain(line);
    }
  });

  it('refuses more than 20 origins', () => {
    const lines = Array.from({ length: 21 }, (_, index) => `https://s${index}.example`).join('\n');
    expect(readOrigins(lines)).toEqual({ ok: false, error: 'A site allows at most 20 origins.' });
  });
});
