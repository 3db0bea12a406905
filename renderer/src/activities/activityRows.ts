// Where the activities table's rows come from: the packed list (core/api/packed-summaries.ts),
// unpacked here, in two steps. The first screen needs a few dozen rows, and reading, sending and
// unpacking 10,000 (or 100,000) before showing any made the table wait for all of them: the first
// rows (listActivityRows with `first`) come first, the whole list after them (see ActivitiesPage).
// When the app starts on the Activities screen, the first rows are asked for as the code starts
// (boot.ts), so the register worker answers while the UI's code loads and its first screen renders.
import type { ActivitySummary } from '../../../core/api/contract';
import type { Language } from '../../../core/api/enums';
import { FIRST_ROWS, unpack, type PackedSummaries } from '../../../core/api/packed-summaries';
import { ropa, settle, type Outcome } from '../api';

export interface ActivityRows {
  /** The rows in list order: every activity, or only the first ones while the rest load. */
  list: ActivitySummary[];
  /** How many activities the register lists. */
  total: number;
  /** Whether `list` holds every activity: sorting, search and filters need all of them. */
  complete: boolean;
}

const rowsOf = (packed: PackedSummaries): ActivityRows => {
  const list = unpack(packed);
  return { list, total: packed.total, complete: list.length === packed.total };
};

function fetchRows(lang: Language, first?: number): Promise<Outcome<ActivityRows>> {
  return settle(ropa().listActivityRows(first === undefined ? { lang } : { lang, first })).then((o) =>
    o.ok ? { ok: true, value: rowsOf(o.value) } : o,
  );
}

interface Early {
  lang: Language;
  rows: Promise<Outcome<ActivityRows>>;
  /** Set when the rows have arrived, so the table's first render can show them (takeArrivedFirstRows). */
  arrived?: ActivityRows;
}

let early: Early | null = null;

/**
 * Asks for the first rows before the table is on screen. The answer serves the table's first load
 * only, and only if the user has not gone elsewhere first: a later visit may follow edits made meanwhile.
 */
export function fetchFirstRowsEarly(lang: Language): void {
  const asked: Early = {
    lang,
    rows: fetchRows(lang, FIRST_ROWS).then((o) => {
      if (o.ok) asked.arrived = o.value;
      return o;
    }),
  };
  early = asked;
  window.addEventListener('hashchange', () => (early = null), { once: true });
}

/** The early answer's rows if they are already here (and in this language); the table shows them at once. */
export function takeArrivedFirstRows(lang: Language): ActivityRows | undefined {
  const rows = early?.lang === lang ? early.arrived : undefined;
  if (rows) early = null;
  return rows;
}

/** The first rows in list order: the early answer when it fits, else a fresh one. */
export function loadFirstRows(lang: Language): Promise<Outcome<ActivityRows>> {
  const taken = early;
  early = null;
  return taken?.lang === lang ? taken.rows : fetchRows(lang, FIRST_ROWS);
}

/** How long the whole list waits at most for the page to be idle. */
const IDLE_WAIT_MS = 500;

/** Resolves once the browser has painted what is on screen now and has nothing left to do. */
const afterPaintWhenIdle = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS }), 0)),
  );

/**
 * Every row in list order, asked for once the screen as it is (the first rows, say) has been
 * painted and the page is idle: the whole list's answer, parsed and unpacked on this thread (a
 * quarter of a second at 100,000 activities), must hold up neither that paint nor what the first
 * screen does right after it.
 */
export function loadActivityRows(lang: Language): Promise<Outcome<ActivityRows>> {
  return afterPaintWhenIdle().then(() => fetchRows(lang));
}
