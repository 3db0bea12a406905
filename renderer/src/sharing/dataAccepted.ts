// "The current data was accepted as a new starting point" from the History page's verify box: the
// app reads the session again (no longer held read-only) and drops the banner of the open check.
import { useEffect } from 'react';

const EVENT = 'ropa:data-accepted';

export const announceDataAccepted = (): void => {
  window.dispatchEvent(new Event(EVENT));
};

export function useDataAccepted(listener: () => void): void {
  useEffect(() => {
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, [listener]);
}
