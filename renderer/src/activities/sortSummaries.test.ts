import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivitySummary } from '../../../core/api/contract';
import { leadingRows, quickCompare, sortSummaries } from './sortSummaries';

const LANGUAGES = ['en', 'nl', 'fr', 'de'];
const LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const collate = (lang: string) => new Intl.Collator(lang, { numeric: true, sensitivity: 'base' }).compare;

/** Two texts of one shape: the same length, digits, letters and other characters at the same places. */
const sameShape = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...'0123456789'), fc.constantFrom(...'0123456789')),
      fc.tuple(fc.constantFrom(...LETTERS), fc.constantFrom(...LETTERS)),
      fc.constantFrom(...'-./ _:#()').map((c) => [c, c] as const),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((pairs) => [pairs.map((p) => p[0]).join(''), pairs.map((p) => p[1]).join('')] as const);

const summary = (reference: string): ActivitySummary => ({ reference }) as ActivitySummary;

describe('sortSummaries', () => {
  it('orders two texts of one shape as the numeric, case-blind collation of each UI language does', () => {
    for (const lang of LANGUAGES) {
      const compare = collate(lang);
      fc.assert(
        fc.property(sameShape, ([x, y]) => Math.sign(quickCompare(x, y)!) === Math.sign(compare(x, y))),
        { numRuns: 2000 },
      );
    }
  });

  it('leaves texts of different shapes to the collation', () => {
    expect(quickCompare('P-99999', 'P-100000')).toBeUndefined();
    expect(quickCompare('A19B', 'A2C4')).toBeUndefined();
    expect(quickCompare('2.10', '2-10')).toBeUndefined();
    expect(quickCompare('Éa', 'Ea')).toBeUndefined();
  });

  it('sorts references as a person reads them, empty ones last, and keeps a sorted list as it is', () => {
    const refs = ['P-100', 'p-99', '', '2.10', 'P-100000', '2.9', 'P-99999', 'Ärger', 'Apfel'];
    const sorted = sortSummaries(refs.map(summary), [{ id: 'reference', desc: false }], 'de').map((a) => a.reference);
    expect(sorted).toEqual(['2.9', '2.10', 'Apfel', 'Ärger', 'p-99', 'P-100', 'P-99999', 'P-100000', '']);
    const list = sorted.map(summary);
    expect(sortSummaries(list, [{ id: 'reference', desc: false }], 'de')).toBe(list);
    expect(
      sortSummaries(list, [{ id: 'reference', desc: true }], 'de')
        .map((a) => a.reference)
        .slice(0, 2),
    ).toEqual(['P-100000', 'P-99999']);
  });
});

describe('leadingRows', () => {
  const byReference = [{ id: 'reference', desc: false }];
  const refs = (rows: ActivitySummary[] | null) => rows?.map((a) => a.reference) ?? null;

  it("shows the list's first rows as the table sorted by reference would, empty references left for later", () => {
    // The list's order (core's LIST_ORDER) puts an empty reference first; the table puts it last.
    const first = ['', 'P-00001', 'P-00002', 'p-00010'].map(summary);
    expect(refs(leadingRows(first, byReference, 'en'))).toEqual(['P-00001', 'P-00002', 'p-00010']);
    expect(leadingRows(first, [], 'en')).toBe(first);
  });

  it('waits for the whole list when the first rows cannot tell the first of the table', () => {
    // Case-blind text order and numeric order part ways on numbers of different lengths.
    expect(leadingRows(['P-1', 'P-10', 'P-2'].map(summary), byReference, 'en')).toBeNull();
    expect(leadingRows(['P-1', 'P-10'].map(summary), byReference, 'en')).toBeNull();
    expect(leadingRows(['P-1', 'P-2'].map(summary), [{ id: 'reference', desc: true }], 'en')).toBeNull();
    expect(leadingRows(['P-1', 'P-2'].map(summary), [{ id: 'name', desc: false }], 'en')).toBeNull();
    expect(leadingRows([''].map(summary), byReference, 'en')).toBeNull();
  });
});
