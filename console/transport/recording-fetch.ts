import type { Fetch } from './json-call.js';

/** A request as an API client sent it: its address, method and JSON body. */
export interface RecordedRequest {
  url: string;
  method: string | undefined;
  body: unknown;
}

/**
 * For API clients' tests: a fetch that records each request and answers every one with `status` and `body`
 * as JSON (no body for 204).
 */
export function recordingFetch(status: number, body: unknown): { fetch: Fetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fetch: Fetch = (url, init) => {
    requests.push({
      url,
      method: init.method,
      body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
    });
    return Promise.resolve(new Response(status === 204 ? null : JSON.stringify(body), { status }));
  };
  return { fetch, requests };
}
