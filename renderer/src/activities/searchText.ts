import type { ActivitySummary } from '../../../core/api/contract';

// Built once per summary object and cached: a keystroke in the search box then costs one
// `includes` per activity, which keeps 10,000 rows responsive.
const cache = new WeakMap<ActivitySummary, string>();

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
