import type { Page, WebSocketRoute } from '@playwright/test';

const SOCKET_IO = /\/socket\.io\//;

/**
 * Cuts and restores one page's connection to the relay, frames included. Going offline in the browser does
 * not close open WebSockets, so the switch routes them: while on, each WebSocket is passed through to the
 * relay; cutting closes the open ones on both sides, as a reset connection would, and refuses new ones, and
 * long-polling requests fail as they would on a dropped network.
 */
export class ConnectionSwitch {
  private isCut = false;
  /** Each open WebSocket's page side, with its relay side. */
  private readonly open = new Map<WebSocketRoute, WebSocketRoute>();

  private constructor() {}

  static async install(page: Page): Promise<ConnectionSwitch> {
    const connection = new ConnectionSwitch();
    await page.routeWebSocket(SOCKET_IO, (socket) => {
      if (connection.isCut) {
        void socket.close({ code: 1006 });
        return;
      }
      connection.open.set(socket, socket.connectToServer());
      socket.onClose(() => connection.open.delete(socket));
    });
    await page.route(SOCKET_IO, (route) =>
      connection.isCut ? route.abort('connectionreset') : route.continue(),
    );
    return connection;
  }

  async cut(): Promise<void> {
    this.isCut = true;
    // 1006 is what a page sees when a connection dies; a close frame may not carry it, so the relay's side
    // gets an ordinary close, which it sees at once, as it would see a reset.
    await Promise.all(
      [...this.open].flatMap(([pageSide, relaySide]) => [pageSide.close({ code: 1006 }), relaySide.close()]),
    );
    this.open.clear();
  }

  restore(): void {
    this.isCut = false;
  }
}
