// What searching the activities looks at: one definition for the activities table (which filters
// the summaries it already holds, per keystroke) and the core's searchActivities operation.
import type { ActivityRole, ActivityStatus, LegalBasis } from './schemas';
import type { ActivitySummary } from './types';

// Built once per summary object and cached: a keystroke in the search box then costs one
// `includes` per activity, which keeps 10,000 rows responsive.
const cache = new WeakMap<ActivitySummary, string>();

/** The text a search matches against: every column the table shows in words, lower-cased. */
export function searchText(a: ActivitySummary): string {
  let text = cache.get(a);
  if (text === undefined) {
    text = [
      a.reference,
      a.name,
      a.organisationName,
      a.department,
      a.owner,
      a.retention,
      ...a.purposes,
      ...a.dataCategories,
      ...a.dataSubjects,
      ...a.recipients,
    ]
      .join('\n')
      .toLowerCase();
    cache.set(a, text);
  }
  return text;
}

/** What the user typed, as searchText compares it; '' matches everything. */
export const searchQuery = (typed: string): string => typed.trim().toLowerCase();

/** Whether the activity matches a query made by `searchQuery`. */
export const matchesSearch = (a: ActivitySummary, query: string): boolean => !query || searchText(a).includes(query);

export interface ActivityFilter {
  text?: string;
  status?: ActivityStatus | undefined;
  role?: ActivityRole | undefined;
  legalBasis?: LegalBasis | undefined;
  /** Any case. */
  department?: string | undefined;
}

/** The activities matching the text (see searchText) and every field filter given. */
export function filterActivities(list: ActivitySummary[], filter: ActivityFilter): ActivitySummary[] {
  const query = searchQuery(filter.text ?? '');
  const department = filter.department?.toLowerCase();
  return list.filter(
    (a) =>
      (!filter.status || a.status === filter.status) &&
      (!filter.role || a.role === filter.role) &&
      (!filter.legalBasis || a.legalBases.includes(filter.legalBasis)) &&
      (department === undefined || a.department.toLowerCase() === department) &&
      matchesSearch(a, query),
  );
}
