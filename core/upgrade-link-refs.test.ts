// Schema 8 (db/migrations/0007_link_refs.sql) rebuilds the activities, terms and recipients tables
// and their link tables. The upgrade must keep every fact: the register made by the schema-7 build
// verifies after it, and its exports are what that build exported.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { currentSchemaVersion } from '../db/open';
import type { CoreContext } from './context';
import { must } from './dispatcher';
import { openSession } from './register';
import { dumpRegister, dumpText } from './reports/dump';
import { writeReport } from './reports/export';
import { importRegister } from './reports/import';
import { closeAfterTest, tempDir } from './test-helpers';
import { verifyRegister } from './verify';

const verify = (ctx: CoreContext) => verifyRegister(ctx.register.sqlite, { currentSchema: ctx.register.schemaVersion });
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'db', 'fixtures');
const fixture = (name: string) => path.join(FIXTURES, name);

function upgradedCopy() {
  const file = path.join(tempDir(), 'v7.sqlite');
  fs.copyFileSync(fixture('schema7-sample.sqlite'), file);
  const ctx = openSession(file, 'tester');
  closeAfterTest(() => ctx.register.close());
  return { file, ctx };
}

/** A JSON export without the schema version it names (the one thing the upgrade changes). */
const withoutVersion = (text: string): unknown => ({ ...(JSON.parse(text) as object), schemaVersion: null });

describe('upgrade from schema 7 to 8 (links by ref)', () => {
  it('keeps every fact: verify passes, and the CSV and JSON exports are what the schema-7 build exported', async () => {
    const { ctx } = upgradedCopy();
    expect(ctx.register.schemaVersion).toBe(currentSchemaVersion());
    expect(verify(ctx)).toMatchObject({ ok: true, differenceCount: 0, firstBreak: null });

    const csv = path.join(tempDir(), 'register.csv');
    await writeReport(ctx, { format: 'csv', path: csv, lang: 'en' });
    expect(fs.readFileSync(csv, 'utf8')).toBe(fs.readFileSync(fixture('schema7-sample.csv'), 'utf8'));
    expect(withoutVersion(dumpText(dumpRegister(ctx)))).toEqual(
      withoutVersion(fs.readFileSync(fixture('schema7-sample.json'), 'utf8')),
    );
  });

  it('keeps the links in their order, keyed by small numbers in WITHOUT ROWID tables', () => {
    const { file, ctx } = upgradedCopy();
    const expected = JSON.parse(fs.readFileSync(fixture('schema7-sample.json'), 'utf8')) as {
      activityRecipients: { activityId: string; recipientId: string; position: number }[];
    };
    const edited = expected.activityRecipients.filter(
      (l) => l.activityId === expected.activityRecipients[0]!.activityId,
    );
    const activity = must(ctx, 'getActivity', { id: edited[0]!.activityId });
    expect(activity.recipientIds).toEqual(edited.sort((a, b) => a.position - b.position).map((l) => l.recipientId));
    ctx.register.close();
    const db = new Database(file, { readonly: true });
    try {
      const ddl = db
        .prepare("SELECT sql FROM sqlite_schema WHERE name IN ('activity_terms', 'activity_recipients')")
        .pluck();
      for (const sql of ddl.all() as string[]) expect(sql).toMatch(/WITHOUT ROWID$/);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('imports the schema-7 JSON export into the same register', () => {
    const dest = path.join(tempDir(), 'imported.sqlite');
    importRegister(fs.readFileSync(fixture('schema7-sample.json'), 'utf8'), dest, 'v7.json');
    const ctx = openSession(dest, 'tester');
    closeAfterTest(() => ctx.register.close());
    expect(verify(ctx)).toMatchObject({ ok: true, differenceCount: 0 });
    expect(withoutVersion(dumpText(dumpRegister(ctx)))).toEqual(
      withoutVersion(fs.readFileSync(fixture('schema7-sample.json'), 'utf8')),
    );
  });

  it('refuses an export whose link names a term it does not hold, and leaves no file', () => {
    const dump = JSON.parse(fs.readFileSync(fixture('schema7-sample.json'), 'utf8')) as {
      activityTerms: { termId: string }[];
    };
    dump.activityTerms[0]!.termId = '01900000-0000-7000-8000-000000000000';
    const dest = path.join(tempDir(), 'bad.sqlite');
    expect(() => importRegister(JSON.stringify(dump), dest, 'bad.json')).toThrow(
      /bad\.json could not be imported .*a link names .*01900000-0000-7000-8000-000000000000/,
    );
    expect(fs.existsSync(dest)).toBe(false);
  });
});
