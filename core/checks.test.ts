import { describe, expect, it } from 'vitest';
import { must } from './dispatcher';
import { tempRegister } from './test-helpers';

describe('overdue reviews among the findings', () => {
  it('names an activity whose next review date has passed, and only while it is not retired', () => {
    const ctx = tempRegister({ sample: true, now: () => '2026-06-15T09:00:00.000Z' });
    const [past, future, retired] = must(ctx, 'listActivities', {});
    const plan = (id: string, reviewDate: string, status?: 'retired') => {
      const a = must(ctx, 'getActivity', { id });
      must(ctx, 'updateActivity', {
        id,
        version: a.version,
        fields: { ...a, reviewDate, ...(status ? { status, endDate: '2026-01-01' } : {}) },
      });
    };
    plan(past!.id, '2026-06-14');
    plan(future!.id, '2026-06-15');
    plan(retired!.id, '2020-01-01', 'retired');
    const overdue = must(ctx, 'runChecks', {}).filter((f) => f.code === 'review_overdue');
    expect(overdue.map((f) => [f.activityName, f.field, f.severity])).toEqual([[past!.name, 'reviewDate', 'warning']]);
    expect(must(ctx, 'getRegisterInfo', {}).overdueReviews).toBe(1);
  });
});
