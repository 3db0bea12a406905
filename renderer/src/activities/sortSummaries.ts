// Sorting happens here, once per change of sort order, not in the table's pipeline: the table
// only filters an already sorted list, so a keystroke in the search box never re-sorts 10,000 rows.
import type { SortingState } from '@tanstack/react-table';
import type { ActivitySummary } from '../../../core/api/contract';

type SortKey = {
  [K in keyof ActivitySummary]: ActivitySummary[K] extends string | null ? K : never;
}[keyof ActivitySummary];
const SORTABLE = new Set<string>([
  'reference',
  'name',
  'organisationName',
  'role',
  'status',
  'department',
  'owner',
  'retention',
  'reviewDate',
  'updatedAt',
] satisfies SortKey[]);

export function sortSummaries(data: ActivitySummary[], sorting: SortingState, lang: string): ActivitySummary[] {
  const rule = sorting[0];
  if (!rule || !SORTABLE.has(rule.id)) return data;
  const key = rule.id as SortKey;
  // Numeric collation: "2.10" after "2.9", "P-100" after "P-99"; empty values always last.
  const { compare } = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const sign = rule.desc ? -1 : 1;
  const order = (a: ActivitySummary, b: ActivitySummary) => {
    const x = a[key] ?? '';
    const y = b[key] ?? '';
    if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
    return sign * compare(x, y);
  };
  // The register lists activities by reference already: one pass often proves no sort is needed.
  const sorted = data.every((a, i) => i === 0 || order(data[i - 1]!, a) <= 0);
  return sorted ? data : [...data].sort(order);
}
