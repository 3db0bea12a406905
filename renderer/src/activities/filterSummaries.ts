// Search and filters run over the summaries themselves, before any table row is touched: one pass
// of cheap tests per keystroke. The table keeps the filter state (manualFiltering) and renders rows.
import type { ColumnFiltersState } from '@tanstack/react-table';
import type { ActivitySummary } from '../../../core/api/contract';
import type { FilterColumn } from './activityColumns';
import { matchesSearch, searchQuery } from '../../../core/api/search';
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
  const tests = filters.flatMap((f) => (f.id in TESTS ? [TESTS[f.id as FilterColumn](String(f.value))] : []));
  if (only) tests.push(ONLY_TESTS[only](today));
  if (!query && tests.length === 0) return data;
  return data.filter((a) => tests.every((test) => test(a)) && matchesSearch(a, query));
}
