// What searching the activities looks at: one definition for the activities table (which filters
// the summaries it already holds, per keystroke) and the core's searchActivities operation.
import type { ActivityRole, ActivityStatus, LegalBasis } from './schemas';
import type { ActivitySummary } from './types';

/** Letters a search treats as the same when folded: ligatures and ß, which carry no accent to drop. */
const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ĳ: 'ij' };

/**
 * Text as a search compares it, in any of the four languages: lower-case, accents dropped
 * ("Sécurité" → "securite", "Überwachung" → "uberwachung", "coördinatie" → "coordinatie"),
 * ligatures and ß spelt out ("Straße" → "strasse", "Œuvres" → "oeuvres").
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœĳ]/g, (c) => LIGATURES[c] ?? c);
}

// Built once per summary object and cached: a keystroke in the search box then costs one
// `includes` per activity, which keeps 10,000 rows responsive.
const cache = new WeakMap<ActivitySummary, string>();

/** The texts a search looks at, unfolded: every column the table shows in words. */
export function searchParts(a: ActivitySummary): string[] {
  return [
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
  ];
}

/** The text a search matches against: searchParts, folded (foldForSearch), one per line. */
export function searchText(a: ActivitySummary): string {
  let text = cache.get(a);
  if (text === undefined) {
    text = foldForSearch(searchParts(a).join('\n'));
    cache.set(a, text);
  }
  return text;
}

/** What the user typed, as searchText compares it; '' matches everything. */
export const searchQuery = (typed: string): string => foldForSearch(typed.trim());

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
