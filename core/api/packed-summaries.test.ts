// Packing is only a way to carry the activities table's rows: whatever the summaries hold, the
// page must get the same ones back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, LEGAL_BASES } from './enums';
import { pack, unpack } from './packed-summaries';
import type { ActivitySummary } from './types';

const texts = fc.array(fc.string(), { maxLength: 4 });
const summary: fc.Arbitrary<ActivitySummary> = fc.record({
  id: fc.uuid(),
  version: fc.integer({ min: 1, max: 1_000 }),
  reference: fc.string(),
  name: fc.string(),
  organisationId: fc.uuid(),
  organisationName: fc.string(),
  role: fc.constantFrom(...ACTIVITY_ROLES),
  status: fc.constantFrom(...ACTIVITY_STATUSES),
  department: fc.constantFrom('', 'HR', 'IT'),
  owner: fc.string(),
  purposes: texts,
  legalBases: fc.subarray([...LEGAL_BASES]),
  dataSubjects: texts,
  dataCategories: texts,
  recipients: texts,
  retention: fc.string(),
  hasSpecialCategories: fc.boolean(),
  hasTransfers: fc.boolean(),
  reviewDate: fc.option(fc.constant('2027-01-31')),
  updatedAt: fc.constant('2026-12-02T12:00:00.000Z'),
  updatedBy: fc.constantFrom('ann', 'bob'),
});

describe('packed summaries', () => {
  it('unpack to the summaries that were packed, in their order', () => {
    fc.assert(
      fc.property(fc.array(summary, { maxLength: 30 }), (list) => {
        expect(unpack(pack(list))).toEqual(list);
      }),
    );
  });

  it('carry each repeated text and list once', () => {
    const one = fc.sample(summary, { numRuns: 1, seed: 7 })[0]!;
    const many = Array.from({ length: 100 }, (_, i) => ({ ...one, id: `id-${i}`, name: `Activity ${i}` }));
    const packed = pack(many);
    expect(packed.texts.filter((t) => t === one.retention)).toHaveLength(1);
    expect(packed.lists.length).toBeLessThanOrEqual(5);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(many).length / 3);
  });
});
