/**
 * The postMessage API between the loader on the host page and the chat frame on the relay's origin. Both
 * sides check the sender's origin and window before acting on a message, and ignore anything else: the host
 * page's own scripts can send the frame messages, but never read its transcript, nor its token unless the
 * browser denies the frame its own storage (then the visitor record lives in the host page's localStorage).
 */
import type { ProtocolError } from './errors.js';
import type { SiteBranding, VisitorIdentityClaim } from './sites.js';

/** Every message carries this tag, so both sides can ignore the page's unrelated postMessage traffic. */
export const FRAME_MESSAGE_SOURCE = 'switchboard';

/**
 * The prefix of every key the frame stores. Where the browser denies the frame its own localStorage, the
 * loader keeps those items in the host page's, and reads or writes no key without this prefix.
 */
export const FRAME_STORAGE_PREFIX = 'switchboard:';

/** A key of the frame's storage. */
export type FrameStorageKey = `${typeof FRAME_STORAGE_PREFIX}${string}`;

/** From the loader to the frame. */
export type LoaderToFrameMessage =
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'panel:opened' }
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'panel:closed' }
  /** The host page called `Switchboard('identify', claim)`; the frame passes it on to the relay. */
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'visitor:identify'; claim: VisitorIdentityClaim }
  /**
   * The console's live preview (same origin as the frame only): draw with this branding, connect to
   * nothing and show sample lines.
   */
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'preview:branding'; branding: SiteBranding }
  /**
   * The answer to `storage:request`: the frame's items in the host page's localStorage, those under
   * `FRAME_STORAGE_PREFIX` only; empty when the host page's storage is blocked too.
   */
  | {
      source: typeof FRAME_MESSAGE_SOURCE;
      type: 'storage:snapshot';
      items: Record<FrameStorageKey, string>;
    };

/** From the frame to the loader. */
export type FrameToLoaderMessage =
  /** The frame has loaded and listens. */
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'frame:ready' }
  /** The visitor pressed the panel's close button. */
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'panel:close-requested' }
  /** Messages the visitor has not seen, for the launcher's badge. */
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'unread:changed'; count: number }
  /**
   * Whether the visitor has a conversation under way; the loader remembers it so that the next page loads
   * the frame at once, to keep counting unread messages.
   */
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'conversation:live'; isLive: boolean }
  /** A new message in the conversation, for `Switchboard('on', 'message', fn)` on the host page. */
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'message:added'; message: HostMessageEvent }
  /** The relay refused `identify`; the loader reports it on the host page's console. */
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'visitor:identify-refused'; error: ProtocolError }
  /**
   * The browser denies the frame its own localStorage: the frame asks for its items kept in the host page's,
   * and waits for `storage:snapshot` (about a second at most) before it starts the visitor's session.
   */
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'storage:request' }
  /**
   * A write to the frame's items kept in the host page's localStorage, after `storage:snapshot`: `value`
   * null removes the key.
   */
  | {
      source: typeof FRAME_MESSAGE_SOURCE;
      type: 'storage:set';
      key: FrameStorageKey;
      value: string | null;
    };

/**
 * What `Switchboard('on', 'message', fn)` hands `fn` for each message added while the page is open (never
 * the earlier transcript): who wrote it, its text, and when it was committed (ms since the Unix epoch).
 */
export interface HostMessageEvent {
  author: 'visitor' | 'assistant' | 'agent';
  text: string;
  at: number;
}
