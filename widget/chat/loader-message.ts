import type {
  FrameStorageKey,
  FrameToLoaderMessage,
  LoaderToFrameMessage,
} from '../../protocol/frame-messages.js';
import type { VisitorIdentityClaim } from '../../protocol/sites.js';
import { isFrameStorageKey } from './frame-storage-key.js';
import { readBranding } from './site-config.js';

/** The tag on every frame message, checked against the protocol's constant. */
export const SOURCE: FrameToLoaderMessage['source'] = 'switchboard';

/** The parts of a `MessageEvent` the check needs, so it runs without a DOM. */
export interface ReceivedMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * The claim's four fields, so nothing else rides along to the relay, with those the host page left out as
 * null ("unknown"); the relay checks the values and refuses bad ones with `invalid_payload`, which the host
 * page then hears about.
 */
function readClaim(value: unknown): VisitorIdentityClaim | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name = null, email = null, userHash = null } = value as Record<string, unknown>;
  return { id, name, email, userHash } as VisitorIdentityClaim;
}

/** The snapshot's string items under the frame's prefix; anything else in it is dropped. */
function readStorageItems(value: unknown): Record<FrameStorageKey, string> | null {
  if (typeof value !== 'object' || value === null) return null;
  const items: Record<FrameStorageKey, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (isFrameStorageKey(key) && typeof item === 'string') items[key] = item;
  }
  return items;
}

/**
 * The loader's message if it came from the host page's origin and the parent window and has a known shape,
 * else null. Anything else on the page's postMessage channel is ignored. In the console's preview, the
 * "host" is the relay's own origin, and only there does the frame take `preview:branding`.
 */
export function readLoaderMessage(
  event: ReceivedMessage,
  hostOrigin: string,
  parent: unknown,
): LoaderToFrameMessage | null {
  if (event.origin !== hostOrigin || event.source !== parent) return null;
  const data = event.data;
  if (typeof data !== 'object' || data === null) return null;
  const { source, type, claim, branding, items } = data as Record<string, unknown>;
  if (source !== SOURCE) return null;
  switch (type) {
    case 'panel:opened':
    case 'panel:closed':
      return { source, type };
    case 'visitor:identify': {
      const read = readClaim(claim);
      return read === null ? null : { source, type, claim: read };
    }
    case 'preview:branding': {
      const read = readBranding(branding);
      return read === null ? null : { source, type, branding: read };
    }
    case 'storage:snapshot': {
      const read = readStorageItems(items);
      return read === null ? null : { source, type, items: read };
    }
    default:
      return null;
  }
}
