import * as v from 'valibot';
import { BotFailure } from './bot-failure.js';
import { SIGNATURE_HEADER, signRequest } from './request-signature.js';

/** How long the relay waits for a bot's answer unless configured otherwise, in milliseconds. */
export const DEFAULT_BOT_TIMEOUT_MS = 5000;

/** The most bytes of a bot's answer the relay reads; a longer answer is a `too_large` failure. */
export const MAX_BOT_ANSWER_BYTES = 64 * 1024;

/** Where a bot over HTTP listens, and how the relay talks to it. */
export interface BotEndpoint {
  /** The address the relay POSTs each visitor message to. */
  url: string;
  /** The secret shared with the bot that signs each request; null sends no signature. */
  secret: string | null;
  /** How long the relay waits for the bot's whole answer, in milliseconds. */
  timeoutMs: number;
  /** The clock that stamps signatures, in ms since the Unix epoch; `Date.now` by default. */
  now?: () => number;
}

/**
 * POSTs `body` as JSON to the endpoint, signed when it has a secret, and returns the answer checked against
 * `schema`. Rejects with a {@link BotFailure} saying what went wrong: no whole answer in time, no connection,
 * a status other than 2xx, too many bytes, not JSON, or JSON of the wrong shape.
 */
export async function postToBot<Schema extends v.GenericSchema>(
  endpoint: BotEndpoint,
  body: unknown,
  schema: Schema,
): Promise<v.InferOutput<Schema>> {
  const json = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (endpoint.secret !== null) {
    const timestampSeconds = Math.floor((endpoint.now ?? Date.now)() / 1000);
    headers[SIGNATURE_HEADER] = signRequest(endpoint.secret, timestampSeconds, json);
  }
  // One deadline for connecting, the status and the whole body: a bot that trickles its answer times out too.
  const signal = AbortSignal.timeout(endpoint.timeoutMs);
  let bytes: Uint8Array;
  try {
    // Redirects are not followed: the signed body is for this address only.
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers,
      body: json,
      signal,
      redirect: 'manual',
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new BotFailure('http_status', `the bot answered with HTTP ${response.status}`);
    }
    bytes = await readAtMost(response, MAX_BOT_ANSWER_BYTES);
  } catch (error) {
    if (error instanceof BotFailure) throw error;
    if (signal.aborted) throw new BotFailure('timeout', `no whole answer within ${endpoint.timeoutMs} ms`);
    throw new BotFailure('network', `the bot could not be reached: ${networkCause(error)}`);
  }
  const answer = parseJson(bytes);
  const result = v.safeParse(schema, answer);
  if (!result.success) {
    const [issue] = result.issues;
    throw new BotFailure('invalid_reply', `${v.getDotPath(issue) ?? 'the answer'}: ${issue.message}`);
  }
  return result.output;
}

/** The response's body, refusing (and no longer reading) one longer than `maxBytes`. */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new BotFailure('too_large', `the answer is longer than ${maxBytes} bytes`);
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  if (response.body === null) return new Uint8Array();
  // A reader rather than `for await`: the DOM typings some callers compile with lack the async iterator.
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    length += read.value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks, length);
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new BotFailure('invalid_json', `the answer is not JSON in UTF-8: ${(error as Error).message}`);
  }
}

/** The most telling part of a failed fetch: the system error code (ECONNREFUSED, ENOTFOUND) when there is one. */
function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  return String(cause?.code ?? cause?.message ?? error);
}
