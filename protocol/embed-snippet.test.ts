import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed-snippet.js';

describe('embedSnippet', () => {
  it('is exactly three lines: the call queue, the preload of the site’s config, then the loader', () => {
    expect(embedSnippet('https://chat.example', 'shop').split('\n')).toEqual([
      '<script>window.Switchboard=window.Switchboard||function(){(Switchboard.q=Switchboard.q||[]).push(arguments)}</script>',
      '<link rel="preload" href="https://chat.example/sites/shop/widget-config" as="fetch" crossorigin>',
      '<script src="https://chat.example/widget.js" data-site="shop" async></script>',
    ]);
  });
});
