// Where the user is, kept in the address hash so a reload (or a second tab) lands on the same screen.
// No React here: the page's entry (main.tsx) reads the route before React has arrived (useRoute.ts
// is the hook).
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../core/api/enums';

export const PAGES = [
  'overview',
  'activities',
  'organisations',
  'recipients',
  'cookies',
  'vocabularies',
  'notices',
  'history',
] as const;
export type Page = (typeof PAGES)[number];

/** Narrowings of the Activities table beyond its pickers: what an Overview tile counts. */
export const ONLY = ['overdue', 'transfers'] as const;
export type Only = (typeof ONLY)[number];
/** What an Overview tile opens the Activities table with (#/activities?status=draft, ?only=overdue). */
export interface ActivityQuery {
  status?: ActivityStatus;
  only?: Only;
}
export type Route = { page: Page; query?: ActivityQuery } | { page: 'activity'; id: string };

const oneOf = <T extends string>(values: readonly T[], v: string | null): v is T =>
  v !== null && (values as readonly string[]).includes(v);

function parseQuery(search: string): ActivityQuery | null {
  const params = new URLSearchParams(search);
  const status = params.get('status');
  const only = params.get('only');
  const query: ActivityQuery = {
    ...(oneOf(ACTIVITY_STATUSES, status) ? { status } : {}),
    ...(oneOf(ONLY, only) ? { only } : {}),
  };
  return Object.keys(query).length > 0 ? query : null;
}

export function parseRoute(hash: string): Route {
  const [where = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page, id] = where.split('/');
  if (page === 'activities' && id) return { page: 'activity', id: decodeURIComponent(id) };
  const known = (PAGES as readonly string[]).includes(page ?? '') ? (page as Page) : 'activities';
  const query = known === 'activities' ? parseQuery(search) : null;
  return query ? { page: known, query } : { page: known };
}

export function formatRoute(r: Route): string {
  if (r.page === 'activity') return `#/activities/${encodeURIComponent(r.id)}`;
  const pairs = Object.entries(r.query ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string');
  const search = new URLSearchParams(pairs).toString();
  return `#/${r.page}${search ? `?${search}` : ''}`;
}

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
