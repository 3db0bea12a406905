// Where the activities table's rows come from: the packed list (core/api/packed-summaries.ts),
// unpacked here. When the app starts on the Activities screen, the request goes out as the code
// starts (main.tsx), so the register worker builds and sends the list while the UI's first screen
// renders, instead of after it.
import type { ActivitySummary } from '../../../core/api/contract';
import type { Language } from '../../../core/api/enums';
import { unpack } from '../../../core/api/packed-summaries';
import { ropa, settle, type Outcome } from '../api';

interface Early {
  lang: Language;
  rows: Promise<Outcome<ActivitySummary[]>>;
  /** Set when the rows have arrived, so the table's first render can show them (takeArrivedRows). */
  arrived?: ActivitySummary[];
}

let early: Early | null = null;

function fetchRows(lang: Language): Promise<Outcome<ActivitySummary[]>> {
  return settle(ropa().listActivityRows({ lang })).then((o) => (o.ok ? { ok: true, value: unpack(o.value) } : o));
}

/**
 * Asks for the rows before the table is on screen. The answer serves the table's first load only,
 * and only if the user has not gone elsewhere first: a later visit may follow edits made meanwhile.
 */
export function fetchActivityRowsEarly(lang: Language): void {
  const asked: Early = {
    lang,
    rows: fetchRows(lang).then((o) => {
      if (o.ok) asked.arrived = o.value;
      return o;
    }),
  };
  early = asked;
  window.addEventListener('hashchange', () => (early = null), { once: true });
}

/** The early answer's rows if they are already here (and in this language); the table then loads nothing. */
export function takeArrivedRows(lang: Language): ActivitySummary[] | undefined {
  const rows = early?.lang === lang ? early.arrived : undefined;
  if (rows) early = null;
  return rows;
}

/** The table's rows in list order: the early answer when it fits (and succeeded), else a fresh one. */
export function loadActivityRows(lang: Language): Promise<Outcome<ActivitySummary[]>> {
  const taken = early;
  early = null;
  if (taken?.lang !== lang) return fetchRows(lang);
  // A failed early request (no register open yet, say) is simply asked again.
  return taken.rows.then((o) => (o.ok ? o : fetchRows(lang)));
}
