/**
 * The store port's part for canned responses: the replies the whole team shares, each inserted in the
 * console's reply box by typing its shortcut. Shortcuts are unique; the store, not the caller, enforces it,
 * so two admins saving the same shortcut at once cannot both succeed.
 */
import type { CannedResponse } from '../../protocol/http-api.js';

/** The outcome of saving a canned response: the saved response, or why nothing was saved. */
export type CannedResponseWrite =
  | { ok: true; cannedResponse: CannedResponse }
  /** Another canned response already has the shortcut. */
  | { ok: false; reason: 'shortcut_taken' }
  /** No canned response has the id (replace only). */
  | { ok: false; reason: 'not_found' };

export interface CannedResponseStore {
  /** Every canned response, sorted by shortcut. */
  listCannedResponses(): Promise<CannedResponse[]>;
  /** Adds a canned response; `createdAt` is in ms since the Unix epoch. */
  createCannedResponse(cannedResponse: CannedResponse & { createdAt: number }): Promise<CannedResponseWrite>;
  /** Replaces the shortcut and text of the canned response with `cannedResponse.id`. */
  replaceCannedResponse(cannedResponse: CannedResponse): Promise<CannedResponseWrite>;
  /** Deletes a canned response; false when none has the id. */
  deleteCannedResponse(id: string): Promise<boolean>;
}
