import type { Page } from '@playwright/test';

/**
 * Opens a `/visitor` Socket.IO connection to `relayUrl` from `page`, as a script on that page could, and
 * returns how the relay answered the handshake: the refusal's error code, `connected`, or `error`. The
 * browser sets the Origin header itself, so this shows what the relay does with a real page's origin.
 */
export function visitorHandshakeFrom(page: Page, relayUrl: string, siteId: string): Promise<string> {
  return page.evaluate(
    ({ relay, site }) => {
      const socket = new WebSocket(`${relay.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`);
      return new Promise<string>((resolve) => {
        const finish = (outcome: string) => {
          resolve(outcome);
          socket.close();
        };
        socket.addEventListener('message', ({ data }) => {
          const text = String(data);
          if (text.startsWith('0{')) {
            socket.send(`40/visitor,${JSON.stringify({ protocolVersion: 1, siteId: site, token: null })}`);
          } else if (text.startsWith('44/visitor,')) {
            const refusal = JSON.parse(text.slice('44/visitor,'.length)) as { data?: { code?: string } };
            finish(refusal.data?.code ?? 'refused');
          } else if (text.startsWith('40/visitor,')) {
            finish('connected');
          }
        });
        socket.addEventListener('error', () => finish('error'));
      });
    },
    { relay: relayUrl, site: siteId },
  );
}
