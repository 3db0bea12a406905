// The session (which register is open, read-only or not, the author), asked for as the code starts
// (main.tsx) rather than once the app's frame has rendered: the frame's first render then shows the
// open register's screen at once, instead of a loading view, a round trip and a second render.
import type { SessionInfo } from '../../../core/api/client';
import { ropa, settle } from '../api';

let arrived: SessionInfo | undefined;

/** Asks for the session; resolves when it has arrived (or failed: the app then asks again). */
export function fetchSessionEarly(): Promise<void> {
  return settle(ropa().getSession()).then((o) => {
    if (o.ok) arrived = o.value;
  });
}

/** The early answer, once: later loads (after opening another register) ask the host. */
export function takeArrivedSession(): SessionInfo | undefined {
  const session = arrived;
  arrived = undefined;
  return session;
}
