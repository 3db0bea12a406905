// A value several screens share without passing it down: one writer calls set, readers use the hook.
import { useSyncExternalStore } from 'react';

export interface Store<T> {
  get(): T;
  set(next: T): void;
  use(): T;
}

export function createStore<T>(initial: T): Store<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  return {
    get: () => current,
    set(next) {
      current = next;
      for (const l of listeners) l();
    },
    use: () => useSyncExternalStore(subscribe, () => current),
  };
}
