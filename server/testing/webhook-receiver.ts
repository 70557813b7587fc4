/**
 * Integration-test support: a real HTTP server on a free port that receives webhooks as a site's server
 * would, answers each request with the status a test chooses, and checks signatures the way the README
 * tells receivers to, with nothing of the relay's own signing code.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  /** When it arrived, in whole seconds since the Unix epoch. */
  receivedAtSeconds: number;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** The requests of one delivery, in arrival order. */
  attemptsOf(deliveryId: string): ReceivedWebhook[];
  close(): Promise<void>;
}

/**
 * The README's check: the timestamp is within `toleranceSeconds` of the arrival, and the signature is the
 * HMAC-SHA256 of `<timestamp>.<body>` keyed with the secret, compared in constant time.
 */
export function isAuthentic(request: ReceivedWebhook, secret: string, toleranceSeconds = 300): boolean {
  const timestamp = Number(request.headers['switchboard-timestamp']);
  const signature = String(request.headers['switchboard-signature'] ?? '');
  if (!Number.isInteger(timestamp) || Math.abs(request.receivedAtSeconds - timestamp) > toleranceSeconds)
    return false;
  const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.${request.body}`).digest('hex')}`;
  return (
    signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  );
}

/**
 * Starts a receiver. `answer` gets each request and how many of its delivery's requests came before it, and
 * returns the status to answer with, or null to never answer (the relay times out).
 */
export async function startWebhookReceiver(
  answer: (request: ReceivedWebhook, earlierAttempts: number) => number | null,
): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const attemptsOf = (deliveryId: string) =>
    received.filter((request) => request.headers['switchboard-delivery-id'] === deliveryId);

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const webhook: ReceivedWebhook = {
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        receivedAtSeconds: Math.floor(Date.now() / 1000),
      };
      const earlier = attemptsOf(String(request.headers['switchboard-delivery-id'])).length;
      received.push(webhook);
      const status = answer(webhook, earlier);
      if (status !== null) response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    attemptsOf,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
