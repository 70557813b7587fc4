import type { HostMessageEvent } from '../../protocol/frame-messages.js';
import type { VisitorIdentityClaim } from '../../protocol/sites.js';

/** What the host page's calls do to the widget on the page. */
export interface WidgetControls {
  open(): void;
  close(): void;
  identify(claim: VisitorIdentityClaim): void;
  onMessage(listener: (message: HostMessageEvent) => void): void;
}

/** `Switchboard(command, ...args)`: the host page's JavaScript API. */
export type HostApi = (command?: unknown, ...args: unknown[]) => void;

/** The host page's global before the loader ran: the snippet's stub, holding the calls made meanwhile. */
interface HostWindow {
  Switchboard?: unknown;
}

/**
 * The live `Switchboard` function. A call it does not know is reported with `console.warn` and otherwise
 * ignored, so a typo on the host page never breaks the page.
 */
export function createHostApi(controls: WidgetControls): HostApi {
  return (command, ...args) => {
    const [first, second] = args;
    if (command === 'open') controls.open();
    else if (command === 'close') controls.close();
    else if (command === 'identify' && typeof first === 'object' && first !== null) {
      // The frame fills in the fields left out; the relay checks the values and refuses bad ones.
      controls.identify(first as VisitorIdentityClaim);
    } else if (command === 'on' && first === 'message' && typeof second === 'function') {
      controls.onMessage(second as (message: HostMessageEvent) => void);
    } else console.warn('Switchboard: unknown call', command, ...args);
  };
}

/**
 * Replays the calls the snippet's stub queued, in order, then puts the live function in its place, so a
 * page can call `Switchboard(…)` before the loader has even arrived.
 */
export function installHostApi(target: object, api: HostApi): void {
  const page = target as HostWindow;
  const stub = page.Switchboard as { q?: Iterable<unknown>[] } | undefined;
  // Each queued call is the stub's `arguments` object, which spreads as an array does.
  for (const call of stub?.q ?? []) api(...call);
  page.Switchboard = api;
}
