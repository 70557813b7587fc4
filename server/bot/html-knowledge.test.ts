import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from './html-knowledge.js';

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Returns &amp; refunds</title>
  <link rel="stylesheet" href="/site.css">
  <link rel="canonical" href="https://shop.example/returns">
  <style>h2 { colour: red }</style>
  <script>var sections = "<h2>Not a heading</h2>";</script>
</head>
<body>
  <header><a href="/">Northwind</a><h2>Menu</h2></header>
  <nav><ul><li><a href="/shipping">Shipping</a></li></ul></nav>
  <main>
    <h1>Returning an order</h1>
    <p>You can return anything within <strong>30&nbsp;days</strong>.</p>
    <!-- <p>An old policy</p> -->
    <h2>How to return</h2>
    <ol><li>Print the label.</li><li>Drop the parcel at a post office.</li></ol>
    <div role="navigation"><a href="/next">Next: exchanges</a></div>
    <h2>Refunds</h2>
    <p>Refunds reach your card in
       5 working days.<br>Gift cards are refunded as credit.</p>
    <form><label>Your question <textarea>Ask here</textarea></label><button>Send</button></form>
    <aside>Related: <a href="/sizing">sizing</a></aside>
  </main>
  <footer>© Northwind</footer>
  <noscript>Please enable JavaScript.</noscript>
</body>
</html>`;

describe('parseHtmlDocument', () => {
  it('reads the title, the canonical url and one section per h2', () => {
    expect(parseHtmlDocument(PAGE, 'help/returns.html')).toEqual({
      id: 'help/returns.html',
      title: 'Returns & refunds',
      url: 'https://shop.example/returns',
      topic: null,
      sections: [
        { heading: 'Returns & refunds', text: 'You can return anything within 30 days.' },
        { heading: 'How to return', text: 'Print the label.\nDrop the parcel at a post office.' },
        {
          heading: 'Refunds',
          text: 'Refunds reach your card in 5 working days.\nGift cards are refunded as credit.',
        },
      ],
    });
  });

  it('leaves out navigation, chrome, forms, scripts and comments', () => {
    const text = parseHtmlDocument(PAGE, 'returns.html')
      .sections.map((section) => `${section.heading} ${section.text}`)
      .join(' ');
    for (const stripped of [
      'Northwind',
      'Menu',
      'Shipping',
      'Next',
      'Ask here',
      'Send',
      'Related',
      'JavaScript',
      'old policy',
      'colour',
      'Not a heading',
    ]) {
      expect(text).not.toContain(stripped);
    }
  });

  it('takes the title from the first h1 when the page has no title', () => {
    const document = parseHtmlDocument(
      '<h1>Sizing <em>guide</em></h1><h1>Other</h1><p>Measure your chest.</p>',
      'sizing.html',
    );
    expect(document.title).toBe('Sizing guide');
    expect(document.sections).toEqual([{ heading: 'Sizing guide', text: 'Measure your chest.' }]);
  });

  it('takes the title from the file name when the page has neither title nor h1', () => {
    expect(parseHtmlDocument('<p>Text</p>', 'help/gift-cards.html').title).toBe('Gift cards');
  });

  it('has no url without a canonical link', () => {
    expect(parseHtmlDocument('<link rel="alternate" href="/feed"><p>Text</p>', 'a.html').url).toBeNull();
  });

  it('reads a canonical link among other rel values, with attributes in any case and quoting', () => {
    const html = `<LINK HREF=/returns REL='Canonical alternate'><p>Text</p>`;
    expect(parseHtmlDocument(html, 'a.html').url).toBe('/returns');
  });

  it('skips nested stripped elements whole, and leaves out empty sections', () => {
    const html = '<nav><nav>inner</nav>still nav</nav><h2>Empty</h2><h2>Kept</h2><p>After</p>';
    expect(parseHtmlDocument(html, 'a.html').sections).toEqual([{ heading: 'Kept', text: 'After' }]);
  });

  it('decodes numeric and named character references, and keeps unknown ones as written', () => {
    const html = '<p>&#8220;Hi&#x201D; &lt;b&gt; &mdash; &unknown; &#0;</p>';
    expect(parseHtmlDocument(html, 'a.html').sections[0]?.text).toBe('“Hi” <b> — &unknown; \ufffd');
  });

  it('keeps a stray less-than sign and a greater-than sign inside a quoted attribute', () => {
    const html = '<p title="a > b">1 < 2</p>';
    expect(parseHtmlDocument(html, 'a.html').sections[0]?.text).toBe('1 < 2');
  });

  it('reads an unterminated comment or script as the end of the page', () => {
    expect(parseHtmlDocument('<p>Before</p><!-- never closed <p>After</p>', 'a.html').sections).toEqual([
      { heading: 'A', text: 'Before' },
    ]);
    expect(parseHtmlDocument('<p>Before</p><script>never closed', 'a.html').sections).toHaveLength(1);
  });
});
