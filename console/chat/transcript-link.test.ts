import { describe, expect, it } from 'vitest';
import { transcriptUrl } from './transcript-link.js';

describe('transcriptUrl', () => {
  it('names the conversation and the format', () => {
    expect(transcriptUrl('c1', 'csv')).toBe('/api/conversations/c1/transcript?format=csv');
    expect(transcriptUrl('a/b?c', 'json')).toBe('/api/conversations/a%2Fb%3Fc/transcript?format=json');
  });
});
