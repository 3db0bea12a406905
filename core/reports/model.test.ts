// What the report holds: the selection an auditor asked for, dated by the register's last change.
import { describe, expect, it } from 'vitest';
import { must } from '../dispatcher';
import { RopaFailure } from '../api/errors';
import { sampleRegisterPerFile } from './fixtures';
import { buildReport, lastChange } from './model';

const sample = sampleRegisterPerFile('ropa-model-');

describe('report model', () => {
  it('splits the controller register from the processor register', () => {
    const m = buildReport(sample.ctx, { lang: 'en' }, false);
    expect(m.processorActivities.map((a) => a.name)).toEqual(['Identity verification for client banks']);
    expect(m.processorActivities[0]!.controllers).toEqual(['Client Bank NV']);
    expect(m.controllerActivities.length + m.processorActivities.length).toBe(m.activities.length);
    expect(m.organisations.map((o) => o.name)).toEqual(['Belgian Mobile ID SA/NV']);
  });

  it('filters by organisation, status and selected activities', () => {
    const all = buildReport(sample.ctx, {}, false).activities;
    const client = must(sample.ctx, 'listOrganisations', {}).find((o) => o.kind === 'client')!;
    expect(buildReport(sample.ctx, { organisationId: client.id }, false).activities).toEqual([]);
    const statuses = new Set(all.map((a) => a.status));
    for (const status of statuses) {
      const some = buildReport(sample.ctx, { status: [status] }, false);
      expect(some.activities.map((a) => a.id)).toEqual(all.filter((a) => a.status === status).map((a) => a.id));
      expect(some.selection).toContain('Status');
    }
    const picked = [all[2]!.id, all[0]!.id];
    expect(buildReport(sample.ctx, { activityIds: picked }, false).activities.map((a) => a.id)).toEqual([
      all[0]!.id,
      all[2]!.id,
    ]);
  });

  it('is dated by the last change, or a later date, never an earlier one', () => {
    expect(buildReport(sample.ctx, {}, false).asOf).toBe(lastChange(sample.ctx));
    expect(buildReport(sample.ctx, { asOf: '2999-12-31' }, false).asOf).toBe('2999-12-31T23:59:59.999Z');
    expect(() => buildReport(sample.ctx, { asOf: '2001-01-01' }, false)).toThrow(RopaFailure);
  });

  it('fingerprints the register only when asked, and the fingerprint follows every change', () => {
    expect(buildReport(sample.ctx, {}, false).fingerprint).toBe('');
    const before = buildReport(sample.ctx, {}, true).fingerprint;
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(buildReport(sample.ctx, { lang: 'de', status: ['active'] }, true).fingerprint).toBe(before);
    must(sample.ctx, 'createRecipient', { name: 'New auditor firm', kind: 'third_party' });
    expect(buildReport(sample.ctx, {}, true).fingerprint).not.toBe(before);
  });
});
