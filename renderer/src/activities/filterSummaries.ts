// Search and filters run over the summaries themselves, before any table row is touched: one pass
// of cheap tests per keystroke. The table keeps the filter state (manualFiltering) and renders rows.
import type { ColumnFiltersState } from '@tanstack/react-table';
import type { ActivitySummary } from '../../../core/api/contract';
import type { FilterColumn } from './activityColumns';
import { matchesSearch, searchQuery } from '../../../core/api/search';

const TESTS: Record<FilterColumn, (value: string) => (a: ActivitySummary) => boolean> = {
  role: (v) => (a) => a.role === v,
  status: (v) => (a) => a.status === v,
  department: (v) => (a) => a.department === v,
  legalBases: (v) => (a) => (a.legalBases as string[]).includes(v),
};

export function filterSummaries(
  data: ActivitySummary[],
  filters: ColumnFiltersState,
  search: string,
): ActivitySummary[] {
  const query = searchQuery(search);
  const tests = filters.flatMap((f) => (f.id in TESTS ? [TESTS[f.id as FilterColumn](String(f.value))] : []));
  if (!query && tests.length === 0) return data;
  return data.filter((a) => tests.every((test) => test(a)) && matchesSearch(a, query));
}
