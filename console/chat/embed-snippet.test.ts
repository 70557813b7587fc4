import { describe, expect, it } from 'vitest';
import { embedSnippet, fullPageChatUrl, ingestCommand } from './embed-snippet.js';

describe('embedSnippet', () => {
  it('is exactly two lines: the call queue, then the loader from the relay for the site', () => {
    expect(embedSnippet('https://chat.example', 'shop').split('\n')).toEqual([
      '<script>window.Switchboard=window.Switchboard||function(){(Switchboard.q=Switchboard.q||[]).push(arguments)}</script>',
      '<script src="https://chat.example/widget.js?site=shop" data-site="shop" async></script>',
    ]);
  });
});

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
