import { describe, expect, it } from 'vitest';
import { checkWebhookUrl } from './webhook-url.js';

describe('checkWebhookUrl', () => {
  it('accepts http and https addresses, normalised', () => {
    expect(checkWebhookUrl('https://Hooks.Example.com/in?x=1')).toEqual({
      ok: true,
      url: 'https://hooks.example.com/in?x=1',
    });
    expect(checkWebhookUrl('http://127.0.0.1:8080')).toEqual({ ok: true, url: 'http://127.0.0.1:8080/' });
  });

  it.each([
    'ftp://hooks.example/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/plain,hi',
    'ws://a.example/',
  ])('refuses the scheme of %s', (url) => {
    expect(checkWebhookUrl(url)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/http:\/\/ or https:\/\//),
    });
  });

  it.each(['/hooks', 'hooks.example.com', '', 'https://'])(
    'refuses %j, which is not an absolute URL',
    (url) => {
      expect(checkWebhookUrl(url)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/absolute URL/),
      });
    },
  );

  it('refuses credentials in the URL', () => {
    expect(checkWebhookUrl('https://user:pass@hooks.example/')).toMatchObject({ ok: false });
    expect(checkWebhookUrl('https://token@hooks.example/')).toMatchObject({ ok: false });
  });
});
