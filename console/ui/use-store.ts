import type { ReadableAtom } from 'nanostores';
import { useEffect, useReducer } from 'preact/hooks';

/** Reads a store and re-renders the component whenever the store changes. */
export function useStore<Value>(store: ReadableAtom<Value>): Value {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const value = store.get();
  useEffect(() => {
    const stop = store.listen(() => rerender(undefined));
    // The store may have changed between this render and the subscription.
    if (store.get() !== value) rerender(undefined);
    return stop;
  }, [store]);
  return value;
}
