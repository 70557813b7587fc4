import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/** The store's current value; the component renders again whenever it changes. */
export function useStore<Value>(store: ReadableAtom<Value>): Value {
  const [value, setValue] = useState<Value>(() => store.get());
  useEffect(() => store.subscribe((next) => setValue(() => next as Value)), [store]);
  return value;
}
