import type { Page, WebSocketRoute } from '@playwright/test';

const SOCKET_IO = /\/socket\.io\//;

/**
 * Cuts and restores one page's connection to the relay, frames included. Going offline in the browser does
 * not close open WebSockets, so the switch routes them: while on, each WebSocket is passed through to the
 * relay; cutting closes the open ones and refuses new ones, and long-polling requests fail as they would
 * on a dropped network.
 */
export class ConnectionSwitch {
  private isCut = false;
  private readonly open = new Set<WebSocketRoute>();

  private constructor() {}

  static async install(page: Page): Promise<ConnectionSwitch> {
    const connection = new ConnectionSwitch();
    await page.routeWebSocket(SOCKET_IO, (socket) => {
      if (connection.isCut) {
        void socket.close({ code: 1006 });
        return;
      }
      socket.connectToServer();
      connection.open.add(socket);
      socket.onClose(() => connection.open.delete(socket));
    });
    await page.route(SOCKET_IO, (route) =>
      connection.isCut ? route.abort('connectionreset') : route.continue(),
    );
    return connection;
  }

  async cut(): Promise<void> {
    this.isCut = true;
    await Promise.all([...this.open].map((socket) => socket.close({ code: 1006 })));
    this.open.clear();
  }

  restore(): void {
    this.isCut = false;
  }
}
