import type { CannedResponse } from '../../protocol/http-api.js';

/** The most suggestions the reply box lists at once. */
export const MAX_SUGGESTIONS = 8;

/** A `/shortcut` being typed: its letters so far and where its `/` is in the draft. */
export interface ShortcutQuery {
  /** What follows the `/`, lower-cased; may be empty right after typing `/`. */
  query: string;
  /** The index of the `/` in the draft. */
  start: number;
}

/**
 * The `/shortcut` the caret is at the end of, or null. The `/` must start the draft or follow white space,
 * so that a URL or a fraction ("1/2") is not taken for one.
 */
export function shortcutQuery(draft: string, caret: number): ShortcutQuery | null {
  const before = draft.slice(0, caret);
  const match = /(?:^|\s)\/([a-zA-Z0-9-]*)$/.exec(before);
  if (match === null) return null;
  const letters = match[1] ?? '';
  return { query: letters.toLowerCase(), start: caret - letters.length - 1 };
}

/** The canned responses whose shortcut starts with the query, then those that contain it; by shortcut. */
export function matchCannedResponses(responses: readonly CannedResponse[], query: string): CannedResponse[] {
  const byShortcut = responses.toSorted((a, b) => a.shortcut.localeCompare(b.shortcut));
  const starting = byShortcut.filter((response) => response.shortcut.startsWith(query));
  const containing = byShortcut.filter(
    (response) => !response.shortcut.startsWith(query) && response.shortcut.includes(query),
  );
  return [...starting, ...containing].slice(0, MAX_SUGGESTIONS);
}

/** The draft with the `/shortcut` from `start` to `caret` replaced by `text`, and the caret after it. */
export function insertCannedResponse(
  draft: string,
  start: number,
  caret: number,
  text: string,
): { draft: string; caret: number } {
  return { draft: draft.slice(0, start) + text + draft.slice(caret), caret: start + text.length };
}
