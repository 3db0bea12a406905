// The JSON export is the register itself: importing it must give back the very same rows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegister } from '../../db/open';
import type { CoreContext } from '../context';
import { createContext } from '../context';
import { must } from '../dispatcher';
import { dumpRegister, DUMP_TABLES, type DumpTable } from './dump';
import { writeReport } from './export';
import { sampleRegister } from './fixtures';
import { importRegister, SAME_DUMP_SINCE } from './import';
import { currentSchemaVersion } from '../../db/open';

let dir: string;
let ctx: CoreContext;
let exported: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-json-'));
  ctx = sampleRegister(dir);
  // An update and a delete, so versions above 1 and delete entries are part of the round trip.
  const [first, second] = must(ctx, 'listActivities', {});
  const full = must(ctx, 'getActivity', { id: first!.id });
  const { id: _id, version, createdAt: _ca, createdBy: _cb, updatedAt: _ua, updatedBy: _ub, ...fields } = full;
  must(ctx, 'updateActivity', { id: full.id, version, fields: { ...fields, notes: 'Reviewed by the DPO' } });
  must(ctx, 'deleteActivity', { id: second!.id, version: second!.version });
  exported = path.join(dir, 'export.json');
  await writeReport(ctx, { format: 'json', path: exported });
});
afterAll(() => {
  ctx.register.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const reopen = (file: string) => createContext(openRegister(file, { readOnly: true }), 'Reader');

describe('JSON export and import', () => {
  it('re-creates an identical register, row by row and field by field', () => {
    const copy = path.join(dir, 'copy.ropa');
    const counts = importRegister(fs.readFileSync(exported, 'utf8'), copy, 'export.json');
    const original = dumpRegister(ctx);
    const restored = reopen(copy);
    try {
      const again = dumpRegister(restored);
      for (const table of Object.keys(DUMP_TABLES) as DumpTable[]) {
        expect(counts[table]).toBe(original[table].length);
        expect(again[table], table).toEqual(original[table]);
      }
      expect(original.activities.some((a) => a.version > 1)).toBe(true);
      expect(original.history.some((h) => h.action === 'delete')).toBe(true);
      // The copy reads through the contract just like the original.
      expect(must(restored, 'listActivities', {})).toEqual(must(ctx, 'listActivities', {}));
    } finally {
      restored.register.close();
    }
  });

  it('is byte-identical for the same register, and again after the round trip', async () => {
    const again = path.join(dir, 'again.json');
    await writeReport(ctx, { format: 'json', path: again });
    expect(fs.readFileSync(again).equals(fs.readFileSync(exported))).toBe(true);
    const copy = path.join(dir, 'copy2.ropa');
    importRegister(fs.readFileSync(exported, 'utf8'), copy, 'export.json');
    const restored = reopen(copy);
    const third = path.join(dir, 'third.json');
    await writeReport(restored, { format: 'json', path: third });
    restored.register.close();
    expect(fs.readFileSync(third).equals(fs.readFileSync(exported))).toBe(true);
  });

  it.each([
    ['not JSON', '{"format": "ropa-register",', /is not valid JSON/],
    ['another JSON file', '{"name": "package"}', /is not a RoPA register export: format: /],
    ['an activity with an unknown status', null, /activities\.0\.status/],
    ['an edited history', 'history', /broken change history at entry 1/],
    // Links and hashes of what remains are intact; only the recorded chain head shows the loss.
    ['a history without its newest entry', 'history-tail', /broken change history at entry \d+ \(the newest entries/],
  ])('refuses %s with one line and leaves no file behind', (_what, text, message) => {
    let input = text ?? '';
    if (text === null || text.startsWith('history')) {
      const dump = JSON.parse(fs.readFileSync(exported, 'utf8')) as {
        activities: { status: string }[];
        history: { author: string }[];
      };
      if (text === null) dump.activities[0]!.status = 'archived';
      else if (text === 'history-tail') dump.history.pop();
      else dump.history[0]!.author = 'Someone else';
      input = JSON.stringify(dump);
    }
    const target = path.join(dir, 'refused.ropa');
    expect(() => importRegister(input, target, 'export.json')).toThrow(message);
    try {
      importRegister(input, target, 'export.json');
    } catch (err) {
      expect((err as Error).message).not.toContain('\n');
    }
    expect(fs.existsSync(target)).toBe(false);
  });

  it('imports exports of schemas 2-4 (same tables) by upgrading them, and refuses older and newer ones', () => {
    const current = currentSchemaVersion();
    // A real schema-4 export (db/fixtures); schemas 2 and 3 exported the very same tables.
    const legacy = fs.readFileSync(new URL('../../db/fixtures/schema4-sample.json', import.meta.url), 'utf8');
    const withSchema = (v: number, text = fs.readFileSync(exported, 'utf8')) =>
      JSON.stringify({ ...(JSON.parse(text) as object), schemaVersion: v });
    for (const v of [2, 3, 4]) {
      const earlier = path.join(dir, `earlier-${v}.ropa`);
      importRegister(withSchema(v, legacy), earlier, 'old-export.json');
      const restored = reopen(earlier);
      try {
        expect(restored.register.schemaVersion).toBe(current);
        const website = must(restored, 'listActivities', {}).find((a) => a.reference === '2.1')!;
        expect(website.purposes).toHaveLength(4);
        expect(must(restored, 'verifyHistory', {}).ok).toBe(true);
      } finally {
        restored.register.close();
      }
    }
    // Today's export under an old schema number does not have that schema's shape: refused in one line.
    expect(() => importRegister(withSchema(4), path.join(dir, 'mislabelled.ropa'), 'export.json')).toThrow(
      /is not a RoPA register export/,
    );
    for (const v of [SAME_DUMP_SINCE - 1, current + 1]) {
      const target = path.join(dir, `schema-${v}.ropa`);
      expect(() => importRegister(withSchema(v), target, 'export.json')).toThrow(
        `was exported with register schema ${v}; this app imports schemas ${SAME_DUMP_SINCE} to ${current}`,
      );
      expect(fs.existsSync(target)).toBe(false);
    }
  });

  it('refuses to overwrite an existing register', () => {
    const existing = path.join(dir, 'sample.ropa');
    const before = fs.readFileSync(existing);
    expect(() => importRegister(fs.readFileSync(exported, 'utf8'), existing, 'export.json')).toThrow(/already exists/);
    expect(fs.readFileSync(existing).equals(before)).toBe(true);
  });

  it('refuses filters, which would drop rows from a JSON export', async () => {
    const org = must(ctx, 'listOrganisations', {})[0]!;
    await expect(
      writeReport(ctx, { format: 'json', path: path.join(dir, 'part.json'), organisationId: org.id }),
    ).rejects.toThrow(/whole register/);
    expect(fs.existsSync(path.join(dir, 'part.json'))).toBe(false);
  });
});
