/** Integration-test support: the console's REST API, called over real HTTP with a session cookie. */

export interface ApiAnswer {
  status: number;
  headers: Headers;
  /** The body parsed as JSON, or null when it is not JSON. */
  body: unknown;
  /** The body decoded as UTF-8 (a byte order mark is dropped, as browsers drop it). */
  text: string;
  bytes: Buffer;
}

export type ApiClient = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
) => Promise<ApiAnswer>;

/** Calls `baseUrl` + path as a browser on the console's page would, with `cookie` (or none). */
export function apiClient(baseUrl: string, cookie: string | null): ApiClient {
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(cookie === null ? {} : { cookie }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // A file download, or an empty answer.
    }
    return { status: response.status, headers: response.headers, body: parsed, text, bytes };
  };
}

/** Polls `read` until `isDone` holds for its value, or fails after `timeoutMs`. */
export async function eventually<Value>(
  read: () => Promise<Value>,
  isDone: (value: Value) => boolean,
  timeoutMs = 10_000,
): Promise<Value> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`still not done after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
