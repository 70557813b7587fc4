import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST the receiver got: its headers and raw body. */
export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A site's own server that accepts every webhook (on loopback, where the relay process can reach it). */
export class WebhookReceiver {
  private constructor(
    private readonly server: ReturnType<typeof createServer>,
    readonly url: string,
    readonly received: readonly ReceivedRequest[],
  ) {}

  static async start(): Promise<WebhookReceiver> {
    const received: ReceivedRequest[] = [];
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new WebhookReceiver(server, `http://127.0.0.1:${port}/switchboard-hooks`, received);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The README's check: a fresh timestamp, and the HMAC-SHA256 of `<timestamp>.<body>` with the secret. */
export function isSignedWith(request: ReceivedRequest, secret: string): boolean {
  const timestamp = Number(request.headers['switchboard-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) return false;
  const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.${request.body}`).digest('hex')}`;
  const signature = String(request.headers['switchboard-signature'] ?? '');
  return (
    signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  );
}
