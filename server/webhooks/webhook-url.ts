/** The outcome of checking an address an admin gave for a webhook endpoint. */
export type CheckedWebhookUrl = { ok: true; url: string } | { ok: false; message: string };

/**
 * Accepts an absolute `http:` or `https:` URL without a user name or password, and returns it normalised.
 * Other schemes (`file:`, `javascript:`, `ftp:`, …) could never be posted to, and credentials in a URL end
 * up in logs: both are refused with a sentence saying why.
 */
export function checkWebhookUrl(text: string): CheckedWebhookUrl {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'Expected an absolute URL, such as https://example.com/hooks/switchboard.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, message: `Webhook URLs must start with http:// or https://, not ${url.protocol}.` };
  if (url.username !== '' || url.password !== '')
    return { ok: false, message: 'Put no user name or password in the URL: requests are signed instead.' };
  return { ok: true, url: url.href };
}
