import { describe, expect, it } from 'vitest';
import { documentTitle } from './document-title.js';

describe('documentTitle', () => {
  it('leads with the number of visitors waiting', () => {
    expect(documentTitle(2)).toBe('(2) Switchboard console');
    expect(documentTitle(0)).toBe('Switchboard console');
  });
});
