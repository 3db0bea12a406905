// Verify compares stored and replayed values without writing them as JSON; it must still find them
// equal exactly when their JSON text is equal, or a tampered field could pass (or an untouched one fail).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { checkOpenedData, inOneRead, sameJson } from './data-check';
import { must } from './dispatcher';
import { tempRegister } from './test-helpers';

const asJson = (v: unknown): string | undefined => JSON.stringify([v]);

/** Values as stored rows and parsed history hold them, plus what JSON writes oddly (undefined, NaN, -0, dates). */
const value = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom<unknown>(null, undefined, '', 'a', 'b', 0, -0, 1, 1.5, NaN, Infinity, true, false),
    fc.constantFrom<unknown>(new Date(0), () => 1),
    fc.string({ maxLength: 3 }),
    fc.integer({ min: -2, max: 2 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', '1'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** A copy with the same JSON text but new objects, so equal values are not merely the same object. */
const copy = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(copy)
    : v !== null && typeof v === 'object' && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]))
      : v;

describe('sameJson', () => {
  it('finds two values equal exactly when JSON writes them the same', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(asJson(a) === asJson(b));
        expect(sameJson(a, copy(a))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('tells apart what a tampered field would look like', () => {
    expect(sameJson(['t1', 't2'], ['t2', 't1'])).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
    expect(sameJson([{ text: 'x', legalBases: ['consent'] }], [{ text: 'x', legalBases: ['contract'] }])).toBe(false);
  });

  it('finds equal what JSON writes the same', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([undefined, NaN], [null, null])).toBe(true);
    expect(sameJson(0, -0)).toBe(true);
    expect(sameJson(new Date(0), '1970-01-01T00:00:00.000Z')).toBe(true);
  });
});

describe('the data check reads one state of the file', () => {
  it('a colleague’s save waits until the history and the rows are both read', () => {
    const ctx = tempRegister({ author: 'alice' });
    const org = must(ctx, 'createOrganisation', { name: 'Acme NV', country: 'BE' });
    // Bob's app: another connection to the same file, not waiting at all for the lock.
    const bob = new Database(ctx.register.path);
    bob.pragma('busy_timeout = 0');
    try {
      const seen = inOneRead(ctx.register.sqlite, () => {
        const before = ctx.register.sqlite.prepare('SELECT name FROM organisations WHERE id = ?').pluck().get(org.id);
        expect(() => bob.prepare("UPDATE organisations SET name = 'Acme BV' WHERE id = ?").run(org.id)).toThrow(
          /locked|busy/i,
        );
        const after = ctx.register.sqlite.prepare('SELECT name FROM organisations WHERE id = ?').pluck().get(org.id);
        return [before, after];
      });
      expect(seen).toEqual(['Acme NV', 'Acme NV']);
      // Once the check is done, the save goes through.
      bob.prepare("UPDATE organisations SET name = 'Acme BV' WHERE id = ?").run(org.id);
      expect(checkOpenedData(ctx).ok).toBe(false);
    } finally {
      bob.close();
      ctx.register.close();
    }
  });
});
