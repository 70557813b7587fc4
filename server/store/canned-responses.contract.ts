/** The part of the store contract for canned responses: listed by shortcut, each shortcut held once. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store.js';

const AT = 1_700_000_000_000;

export function describeCannedResponsesContract(adapterName: string, openStore: () => Promise<Store>): void {
  describe(`${adapterName} store contract: canned responses`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await openStore();
    });

    afterEach(async () => {
      await store.close();
    });

    const create = (id: string, shortcut: string, text = `Text of ${shortcut}`) =>
      store.createCannedResponse({ id, shortcut, text, createdAt: AT });

    it('lists canned responses sorted by shortcut', async () => {
      expect(await store.listCannedResponses()).toEqual([]);
      await create('r1', 'refund');
      await create('r2', 'hello');
      expect(await store.listCannedResponses()).toEqual([
        { id: 'r2', shortcut: 'hello', text: 'Text of hello' },
        { id: 'r1', shortcut: 'refund', text: 'Text of refund' },
      ]);
    });

    it('refuses a second canned response with a taken shortcut and keeps the first', async () => {
      expect(await create('r1', 'refund', 'First')).toEqual({
        ok: true,
        cannedResponse: { id: 'r1', shortcut: 'refund', text: 'First' },
      });
      expect(await create('r2', 'refund', 'Second')).toEqual({ ok: false, reason: 'shortcut_taken' });
      expect(await store.listCannedResponses()).toEqual([{ id: 'r1', shortcut: 'refund', text: 'First' }]);
    });

    it('lets exactly one of two racing creates take a shortcut', async () => {
      const results = await Promise.all([create('r1', 'refund'), create('r2', 'refund')]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await store.listCannedResponses()).toHaveLength(1);
    });

    it('replaces the shortcut and text, keeping the id', async () => {
      await create('r1', 'refund');
      expect(await store.replaceCannedResponse({ id: 'r1', shortcut: 'refunds', text: 'New' })).toEqual({
        ok: true,
        cannedResponse: { id: 'r1', shortcut: 'refunds', text: 'New' },
      });
      expect(await store.listCannedResponses()).toEqual([{ id: 'r1', shortcut: 'refunds', text: 'New' }]);
    });

    it('keeps its own shortcut when only the text changes', async () => {
      await create('r1', 'refund');
      const result = await store.replaceCannedResponse({ id: 'r1', shortcut: 'refund', text: 'New' });
      expect(result.ok).toBe(true);
    });

    it('refuses to replace a shortcut with another response’s, changing nothing', async () => {
      await create('r1', 'refund');
      await create('r2', 'hello');
      expect(await store.replaceCannedResponse({ id: 'r2', shortcut: 'refund', text: 'New' })).toEqual({
        ok: false,
        reason: 'shortcut_taken',
      });
      expect(await store.listCannedResponses()).toEqual([
        { id: 'r2', shortcut: 'hello', text: 'Text of hello' },
        { id: 'r1', shortcut: 'refund', text: 'Text of refund' },
      ]);
    });

    it('reports a missing canned response on replace and delete', async () => {
      expect(await store.replaceCannedResponse({ id: 'none', shortcut: 'x', text: 'y' })).toEqual({
        ok: false,
        reason: 'not_found',
      });
      expect(await store.deleteCannedResponse('none')).toBe(false);
    });

    it('deletes a canned response, freeing its shortcut', async () => {
      await create('r1', 'refund');
      expect(await store.deleteCannedResponse('r1')).toBe(true);
      expect(await store.listCannedResponses()).toEqual([]);
      expect((await create('r2', 'refund')).ok).toBe(true);
    });
  });
}
