// The changes report of a period, read back by pdftotext and csv-parse: grouped by record with the
// activity first, who and when, each field before → after in words (names, labels), never ids or JSON.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { expectOneErrorLine, ropa } from '../../cli/test-helpers';
import { must } from '../dispatcher';
import { tempDir, tempRegister } from '../test-helpers';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** The sample made in January 2027; in February an activity renamed and given a recipient, and a recipient's contact changed. */
function registerWithChanges() {
  let clock = '2027-01-10T10:00:00.000Z';
  const ctx = tempRegister({ sample: true, author: 'alice', now: () => clock });
  const [summary] = must(ctx, 'listActivities', {});
  const a = must(ctx, 'getActivity', { id: summary!.id });
  const recipient = must(ctx, 'listRecipients', {}).find((r) => !a.recipientIds.includes(r.id))!;
  clock = '2027-02-01T09:00:00.000Z';
  const bob = { ...ctx, author: 'bob' };
  must(bob, 'updateActivity', {
    id: a.id,
    version: a.version,
    fields: {
      ...a,
      name: 'Renamed in February',
      recipientIds: [...a.recipientIds, recipient.id],
      status: a.status === 'active' ? 'draft' : 'active',
    },
  });
  clock = '2027-02-02T09:00:00.000Z';
  must(ctx, 'updateRecipient', {
    id: recipient.id,
    version: recipient.version,
    fields: { ...recipient, contact: 'privacy@recipient.example' },
  });
  const file = ctx.register.path;
  ctx.register.close();
  return { file, oldName: a.name, newStatus: a.status === 'active' ? 'Draft' : 'Active', recipient: recipient.name };
}

describe('ropa changes', { timeout: 240_000 }, () => {
  it('writes the changes of a period as PDF and CSV, in the chosen language, with names and labels', () => {
    const { file, oldName, newStatus, recipient } = registerWithChanges();
    const dir = tempDir();
    const pdf = path.join(dir, 'changes.pdf');
    const r = ropa(['changes', file, '--since', '2027-01-31', '--format', 'pdf', '--lang', 'nl', '-o', pdf]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Wijzigingen in het register');
    expect(flat).toContain(`${oldName} → Renamed in February`);
    expect(flat).toContain('bob');
    expect(flat).toContain('2027-02-01 09:00:00');
    expect(flat).toContain(recipient);
    expect(flat).toContain('privacy@recipient.example');
    // Activity first, then the recipient.
    expect(flat.indexOf('Renamed in February')).toBeLessThan(flat.indexOf('privacy@recipient.example'));
    expect(flat).not.toMatch(UUID);
    expect(flat).not.toContain('recipientIds');
    // Nothing of the sample made in January.
    expect(flat).not.toContain('2027-01-10');

    const csv = path.join(dir, 'changes.csv');
    expect(
      ropa(['changes', file, '--since', '2027-01-31', '--until', '2027-02-01', '--format', 'csv', '-o', csv]).code,
    ).toBe(0);
    const rows = parse(fs.readFileSync(csv), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.map((x) => x.Name))).toEqual(new Set(['Renamed in February']));
    expect(rows.every((x) => x.Who === 'bob' && x['When (UTC)'] === '2027-02-01 09:00:00')).toBe(true);
    expect(rows.find((x) => x.Field === 'Name')).toMatchObject({ Before: oldName, After: 'Renamed in February' });
    expect(rows.find((x) => x.Field === 'Status')?.After).toBe(newStatus);
    expect(rows.find((x) => x.Field === 'Recipients')?.After).toContain(recipient);
    for (const row of rows) for (const v of Object.values(row)) expect(v).not.toMatch(UUID);
    for (const row of rows) for (const v of Object.values(row)) expect(v).not.toMatch(/^[[{]/);
  });

  it('refuses a period that is not one, with one line and no file', () => {
    const { file } = registerWithChanges();
    const out = path.join(tempDir(), 'changes.csv');
    const r = ropa(['changes', file, '--since', 'last week', '--format', 'csv', '-o', out]);
    expect(r.code).toBe(1);
    expectOneErrorLine(r.stderr, /"last week" is not a date/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
