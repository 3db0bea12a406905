// Where the user is, kept in the address hash so a reload (or a second tab) lands on the same screen.
import { useMemo, useSyncExternalStore } from 'react';

export const PAGES = ['overview', 'activities', 'organisations', 'recipients', 'vocabularies', 'history'] as const;
export type Page = (typeof PAGES)[number];
export type Route = { page: Page } | { page: 'activity'; id: string };

export function parseRoute(hash: string): Route {
  const [page, id] = hash.replace(/^#\/?/, '').split('/');
  if (page === 'activities' && id) return { page: 'activity', id: decodeURIComponent(id) };
  return { page: (PAGES as readonly string[]).includes(page ?? '') ? (page as Page) : 'activities' };
}

export const formatRoute = (r: Route): string =>
  r.page === 'activity' ? `#/activities/${encodeURIComponent(r.id)}` : `#/${r.page}`;

/** Asked before leaving the current screen; resolves false to stay (e.g. unsaved changes). */
type LeaveGuard = () => Promise<boolean>;
let leaveGuard: LeaveGuard | null = null;
export function setLeaveGuard(guard: LeaveGuard | null): void {
  leaveGuard = guard;
}
export async function mayLeave(): Promise<boolean> {
  return leaveGuard ? leaveGuard() : true;
}

/** The name under which the Electron shell asks the page before it replaces the register. */
export const SHELL_LEAVE_GUARD = 'ropaMayLeave';

/**
 * Lets the shell ask before it reloads the page for another register (Open Recent, a second
 * launch, a double-clicked file): unsaved input is then guarded exactly as the page's own Open is.
 */
export function exposeLeaveGuardToShell(): void {
  Object.defineProperty(window, SHELL_LEAVE_GUARD, { value: mayLeave, configurable: true });
}

export async function navigate(route: Route): Promise<void> {
  if (!(await mayLeave())) return;
  window.location.hash = formatRoute(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseRoute(hash), [hash]);
}
