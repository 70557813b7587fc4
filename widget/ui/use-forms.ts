import { useEffect, useState } from 'preact/hooks';
import type * as FormsModule from './forms.js';

/** The rating and leave-a-message forms: a chunk of their own, as most conversations never show them. */
export type Forms = typeof FormsModule;

let loading: Promise<Forms> | null = null;

/**
 * The forms once `isWanted` first turns true: loaded then, and only once per frame; null until they arrive. A
 * failed load (offline) is tried again the next time `isWanted` turns true.
 */
export function useForms(isWanted: boolean): Forms | null {
  const [forms, setForms] = useState<Forms | null>(null);
  useEffect(() => {
    if (!isWanted || forms !== null) return;
    let isCurrent = true;
    loading ??= import('./forms.js');
    loading.then(
      (loaded) => {
        if (isCurrent) setForms(loaded);
      },
      () => {
        loading = null;
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [isWanted, forms]);
  return forms;
}
