// What the report holds: the selection an auditor asked for, dated by the register's last change.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../context';
import { must } from '../dispatcher';
import { RopaFailure } from '../errors';
import { sampleRegister } from './fixtures';
import { buildReport, lastChange } from './model';

let dir: string;
let ctx: CoreContext;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-model-'));
  ctx = sampleRegister(dir);
});
afterAll(() => {
  ctx.register.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('report model', () => {
  it('splits the controller register from the processor register', () => {
    const m = buildReport(ctx, { lang: 'en' }, false);
    expect(m.processorActivities.map((a) => a.name)).toEqual(['Identity verification for client banks']);
    expect(m.processorActivities[0]!.controllers).toEqual(['Client Bank NV']);
    expect(m.controllerActivities.length + m.processorActivities.length).toBe(m.activities.length);
    expect(m.organisations.map((o) => o.name)).toEqual(['Belgian Mobile ID SA/NV']);
  });

  it('filters by organisation, status and selected activities', () => {
    const all = buildReport(ctx, {}, false).activities;
    const client = must(ctx, 'listOrganisations', {}).find((o) => o.kind === 'client')!;
    expect(buildReport(ctx, { organisationId: client.id }, false).activities).toEqual([]);
    const statuses = new Set(all.map((a) => a.status));
    for (const status of statuses) {
      const some = buildReport(ctx, { status: [status] }, false);
      expect(some.activities.map((a) => a.id)).toEqual(all.filter((a) => a.status === status).map((a) => a.id));
      expect(some.selection).toContain('Status');
    }
    const picked = [all[2]!.id, all[0]!.id];
    expect(buildReport(ctx, { activityIds: picked }, false).activities.map((a) => a.id)).toEqual([all[0]!.id, all[2]!.id]);
  });

  it('is dated by the last change, or a later date, never an earlier one', () => {
    expect(buildReport(ctx, {}, false).asOf).toBe(lastChange(ctx));
    expect(buildReport(ctx, { asOf: '2999-12-31' }, false).asOf).toBe('2999-12-31T23:59:59.999Z');
    expect(() => buildReport(ctx, { asOf: '2001-01-01' }, false)).toThrow(RopaFailure);
  });

  it('fingerprints the register only when asked, and the fingerprint follows every change', () => {
    expect(buildReport(ctx, {}, false).fingerprint).toBe('');
    const before = buildReport(ctx, {}, true).fingerprint;
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(buildReport(ctx, { lang: 'de', status: ['active'] }, true).fingerprint).toBe(before);
    must(ctx, 'createRecipient', { name: 'New auditor firm', kind: 'third_party' });
    expect(buildReport(ctx, {}, true).fingerprint).not.toBe(before);
  });
});
