// Search and filters run over the summaries themselves, before any table row is touched: one pass
// of cheap tests per keystroke. The table keeps the filter state (manualFiltering) and renders rows.
import type { ColumnFiltersState } from '@tanstack/react-table';
import type { ActivitySummary } from '../../../core/api/contract';
import type { FilterColumn } from './activityColumns';
import { matchesSearch, searchQuery } from '../../../core/api/search';
import type { SearchIndex } from './searchIndex';
import type { Only } from '../route';

const TESTS: Record<FilterColumn, (value: string) => (a: ActivitySummary) => boolean> = {
  role: (v) => (a) => a.role === v,
  status: (v) => (a) => a.status === v,
  department: (v) => (a) => a.department === v,
  legalBases: (v) => (a) => (a.legalBases as string[]).includes(v),
};

/** The Overview's tiles: reviews past their date (as the core's checks count them) and activities with transfers. */
const ONLY_TESTS: Record<Only, (today: string) => (a: ActivitySummary) => boolean> = {
  overdue: (today) => (a) => a.status !== 'retired' && a.reviewDate !== null && a.reviewDate < today,
  transfers: () => (a) => a.hasTransfers,
};

export function filterSummaries(
  data: ActivitySummary[],
  filters: ColumnFiltersState,
  search: string,
  only: Only | null = null,
  today: string = new Date().toISOString().slice(0, 10),
): ActivitySummary[] {
  const query = searchQuery(search);
  return filterWith(data, filters, only, today, query && ((a) => matchesSearch(a, query)));
}

/** The activities passing every filter and, unless it is '', the search test. */
function filterWith(
  data: ActivitySummary[],
  filters: ColumnFiltersState,
  only: Only | null,
  today: string,
  searched: '' | ((a: ActivitySummary) => boolean),
): ActivitySummary[] {
  const tests = filters.flatMap((f) => (f.id in TESTS ? [TESTS[f.id as FilterColumn](String(f.value))] : []));
  if (only) tests.push(ONLY_TESTS[only](today));
  if (searched) tests.push(searched);
  if (tests.length === 0) return data;
  return data.filter((a) => tests.every((test) => test(a)));
}

type FilterArgs = [data: ActivitySummary[], filters: ColumnFiltersState, search: string, only: Only | null];

/** How many answers narrowingFilter keeps for going back: a word typed and erased again, say. */
const RECENT = 32;

/**
 * filterSummaries with a memory of its last answers, searching through `index` (searchIndex.ts)
 * when it is given one of `data`. Typing on in the search box only narrows: a text that contains
 * the last one can only match activities the last one matched, so with the same list and filters
 * only those are searched again. Erasing goes back to texts searched a moment ago: their answers
 * are kept (for the same list and filters) rather than worked out again over every activity.
 */
export function narrowingFilter(index?: SearchIndex): (...args: FilterArgs) => readonly ActivitySummary[] {
  let last: { args: FilterArgs; query: string; result: readonly ActivitySummary[] } | null = null;
  const recent = new Map<string, readonly ActivitySummary[]>();
  return (data, filters, search, only) => {
    const query = searchQuery(search);
    const same = last !== null && last.args[0] === data && last.args[1] === filters && last.args[3] === only;
    if (!same) recent.clear();
    let result = recent.get(query);
    if (result === undefined) {
      const searchIn = (among: readonly ActivitySummary[]) =>
        !query ? among : index ? index.filter(among, query) : among.filter((a) => matchesSearch(a, query));
      const today = new Date().toISOString().slice(0, 10);
      result = searchIn(
        same && query.includes(last!.query) ? last!.result : filterWith(data, filters, only, today, ''),
      );
      if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    } else recent.delete(query);
    recent.set(query, result);
    last = { args: [data, filters, search, only], query, result };
    return result;
  };
}
