import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the shop’s bot reads of each request’s message: its text, and the payload of a picked quick reply. */
export interface ShopBotMessage {
  text: string;
  payload: string | null;
}

/**
 * A site owner's own bot, as its author would write one from server/bot/README.md: it checks that each
 * request is signed by the relay with the shared secret, then answers with the JSON `answer` returns.
 */
export class ShopWebhookBot {
  /** Every message the bot accepted, in order. */
  readonly received: ShopBotMessage[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(secret: string, answer: (message: ShopBotMessage) => unknown): Promise<ShopWebhookBot> {
    let bot: ShopWebhookBot | null = null;
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks);
        if (!isSignedBy(secret, request.headers['switchboard-signature'], body)) {
          response.writeHead(401).end();
          return;
        }
        const { message } = JSON.parse(body.toString('utf8')) as { message: ShopBotMessage };
        bot?.received.push(message);
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(message)));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    bot = new ShopWebhookBot(server, `http://127.0.0.1:${port}/switchboard`);
    return bot;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

function isSignedBy(secret: string, header: string | string[] | undefined, body: Buffer): boolean {
  if (typeof header !== 'string') return false;
  const fields = new Map(header.split(',').map((field) => field.split('=', 2) as [string, string]));
  const timestamp = Number(fields.get('t'));
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) return false;
  const expected = createHmac('sha256', secret)
    .update(Buffer.concat([Buffer.from(`${timestamp}.`), body]))
    .digest();
  const given = Buffer.from(fields.get('v1') ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
