// What the report holds: the selection an auditor asked for, dated by the register's last change.
import { describe, expect, it } from 'vitest';
import { must } from '../dispatcher';
import { RopaFailure } from '../api/errors';
import { tempRegister } from '../test-helpers';
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

  it("lists each activity's terms and recipients in its own order, leaving out a link to nothing", () => {
    const ctx = tempRegister({ sample: true });
    const ids = must(ctx, 'listActivities', {}).map((a) => a.id);
    const termLabels = new Map(
      ['data_subject', 'data_category'].flatMap((kind) =>
        must(ctx, 'listTerms', { kind: kind as 'data_subject' }).map((t) => [t.id, t.labelEn] as const),
      ),
    );
    const model = buildReport(ctx, { lang: 'en' }, false);
    for (const id of ids) {
      const a = must(ctx, 'getActivity', { id });
      const shown = model.activities.find((r) => r.id === id)!;
      expect(shown.dataCategories.map((text) => text.replace(/ \(.*\)$/, ''))).toEqual(
        a.dataCategoryIds.map((t) => termLabels.get(t)),
      );
      expect(shown.recipientNames.length).toBe(a.recipientIds.length);
    }
    // A link row naming a term that is not there, written with foreign keys off by another tool.
    const [victim] = ids;
    const before = model.activities.find((r) => r.id === victim)!.dataCategories;
    ctx.register.sqlite.pragma('foreign_keys = OFF');
    ctx.register.sqlite
      .prepare(
        'INSERT INTO activity_terms (activity_ref, term_ref, position) SELECT ref, 999999, 500 FROM activities WHERE id = ?',
      )
      .run(victim);
    ctx.register.sqlite.pragma('foreign_keys = ON');
    expect(buildReport(ctx, { lang: 'en' }, false).activities.find((r) => r.id === victim)!.dataCategories).toEqual(
      before,
    );
  });
});
