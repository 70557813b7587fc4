import { describe, expect, it } from 'vitest';
import { fullPageChatUrl, ingestCommand } from './embed-snippet.js';

describe('fullPageChatUrl', () => {
  it('addresses the site’s chat page on the relay', () => {
    expect(fullPageChatUrl('http://localhost:3000', 'shop')).toBe('http://localhost:3000/chat/shop');
  });
});

describe('ingestCommand', () => {
  it('names the site the documents are for', () => {
    expect(ingestCommand('shop')).toBe('npm run ingest -- shop ./docs');
  });
});
