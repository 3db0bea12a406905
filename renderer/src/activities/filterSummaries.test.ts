// The search box narrows as the user types on; whatever they type, erase or filter meanwhile, the
// table must show exactly what a search from scratch shows.
import type { ColumnFiltersState } from '@tanstack/react-table';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivitySummary } from '../../../core/api/contract';
import { filterSummaries, narrowingFilter } from './filterSummaries';
import { SearchIndex } from './searchIndex';

const summary = (i: number): ActivitySummary => ({
  id: `id-${i}`,
  version: 1,
  reference: `P-${i}`,
  name: ['Payroll', 'Newsletter', 'Recruitment', 'Camera surveillance'][i % 4]!,
  organisationId: 'org',
  organisationName: 'Org',
  role: i % 3 === 0 ? 'processor' : 'controller',
  status: i % 5 === 0 ? 'draft' : 'active',
  department: ['HR', 'IT', 'Sales'][i % 3]!,
  owner: `Owner ${i % 7}`,
  purposes: [`Purpose ${i % 11}`],
  legalBases: [i % 2 ? 'consent' : 'contract'],
  dataSubjects: ['Employees'],
  dataCategories: ['Name', i % 4 ? 'E-mail' : 'Health data'],
  recipients: [],
  retention: '',
  hasSpecialCategories: false,
  hasTransfers: i % 6 === 0,
  reviewDate: null,
  updatedAt: '2026-12-02T12:00:00.000Z',
  updatedBy: 'ann',
});
const DATA = Array.from({ length: 60 }, (_, i) => summary(i));
DATA[7] = { ...DATA[7]!, name: 'Évaluation des employés', dataCategories: ['Données de santé'] };
const FILTERS: ColumnFiltersState[] = [[], [{ id: 'status', value: 'draft' }], [{ id: 'department', value: 'HR' }]];
/**
 * What the table searches: the list the index was built from, the same activities sorted another
 * way (the table sorts a copy), or a list holding an activity the index has not seen.
 */
const LISTS: ActivitySummary[][] = [
  DATA,
  [...DATA].reverse(),
  DATA.map((a, i) => (i === 12 ? { ...a, name: 'Payroll newsletter' } : a)),
];

/** What a user does in turn: type a letter, erase one, or change a filter. */
const step = fc.oneof(
  fc.constantFrom(...'payrol newsct1234 éÉ'.split('')).map((c) => ({ type: c })),
  fc.constant({ erase: true as const }),
  fc.constantFrom(...FILTERS).map((filters) => ({ filters })),
);

describe('the narrowing search', () => {
  it('shows what a search from scratch shows after every keystroke, with its index built or not', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 40 }),
        fc.nat({ max: 70 }),
        fc.boolean(),
        fc.constantFrom(...LISTS),
        (steps, indexed, warm, list) => {
          // Part of the list indexed while the user types, as the page does in idle time, and then
          // perhaps the search run once unseen.
          const index = new SearchIndex(DATA);
          index.grow(indexed);
          if (warm) index.warmUp();
          const filter = narrowingFilter(index);
          let text = '';
          let filters = FILTERS[0]!;
          for (const s of steps) {
            if ('type' in s) text += s.type;
            else if ('erase' in s) text = text.slice(0, -1);
            else filters = s.filters;
            expect(filter(list, filters, text, null)).toEqual(filterSummaries(list, filters, text, null));
          }
        },
      ),
    );
  });
});
