import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ConsoleModel } from '../chat/console-model.js';

/** Hands the console's model to every component below the app. */
export const ModelContext = createContext<ConsoleModel | null>(null);

/** The console's model; components read its stores and call its commands. */
export function useModel(): ConsoleModel {
  const model = useContext(ModelContext);
  if (model === null) throw new Error('useModel() needs a ModelContext provider.');
  return model;
}
