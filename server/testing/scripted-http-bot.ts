/**
 * A small bot over HTTP for adapter tests: a real node:http server on a free port that records what the
 * relay sent, checks its signature the way README.md in server/bot/ tells bot authors to, and answers as
 * the test scripts it: JSON, any status, raw bytes, in chunks, or never.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How far a signature's timestamp may be from the bot's clock, in seconds. */
const SIGNATURE_TOLERANCE_SECONDS = 300;

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The body's exact bytes, decoded as UTF-8. */
  body: string;
  /** The body parsed as JSON. */
  json: unknown;
  /** Whether the signature header is valid for the bot's secret; null when the bot has no secret. */
  isSignatureValid: boolean | null;
}

/** How the bot answers one request. */
export type ScriptedAnswer =
  /** JSON of this value, with status 200 unless given. */
  | { json: unknown; status?: number }
  /** These exact bytes, as one body or written in chunks without a Content-Length. */
  | { raw: string | Buffer; status?: number; isChunked?: boolean }
  /** No answer at all, until the bot is closed. */
  | 'never';

export interface ScriptedHttpBot {
  /** The bot's base address, such as `http://127.0.0.1:40123`. */
  url: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * Starts the bot. `answer` scripts each answer from the request; with a `secret`, a request whose signature
 * does not verify is refused with 401, as a real bot should.
 */
export async function startScriptedHttpBot(options: {
  secret?: string;
  answer: (request: ReceivedRequest) => ScriptedAnswer;
}): Promise<ScriptedHttpBot> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const rawBody = Buffer.concat(chunks);
      const signature = incoming.headers['switchboard-signature'];
      const request: ReceivedRequest = {
        method: incoming.method ?? '',
        path: incoming.url ?? '',
        headers: incoming.headers,
        body: rawBody.toString('utf8'),
        json: JSON.parse(rawBody.toString('utf8')),
        isSignatureValid:
          options.secret === undefined
            ? null
            : typeof signature === 'string' && verifySignature(options.secret, signature, rawBody),
      };
      requests.push(request);
      if (request.isSignatureValid === false) {
        response.writeHead(401).end();
        return;
      }
      const answer = options.answer(request);
      if (answer === 'never') return;
      if ('json' in answer) {
        response.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer.json));
      } else if (answer.isChunked) {
        response.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
        const bytes = Buffer.from(answer.raw);
        for (let offset = 0; offset < bytes.length; offset += 8192) {
          response.write(bytes.subarray(offset, offset + 8192));
        }
        response.end();
      } else {
        response.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
        response.end(answer.raw);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * What a bot author writes: split `t=…,v1=…`, refuse an old or future timestamp, recompute the HMAC over
 * the timestamp, a full stop and the raw body, and compare in constant time.
 */
function verifySignature(secret: string, header: string, rawBody: Buffer): boolean {
  const fields = new Map(header.split(',').map((field) => field.split('=', 2) as [string, string]));
  const timestamp = Number(fields.get('t'));
  const nowSeconds = Math.floor(Date.now() / 1000);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS)
    return false;
  const expected = createHmac('sha256', secret)
    .update(Buffer.concat([Buffer.from(`${timestamp}.`), rawBody]))
    .digest();
  const given = Buffer.from(fields.get('v1') ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** An address nothing listens on: a port that was free a moment ago. */
export async function refusedAddress(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
