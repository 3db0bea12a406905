// The register file rules, on real files: creating, upgrading every earlier schema version,
// refusing what is not a healthy register without touching it, and read-only files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../core/dispatcher';
import { createContext } from '../core/context';
import { DATA_STEPS } from '../core/data-steps';
import { closeAfterTest, leftovers, sha256, tempDir, tempRegister } from '../core/test-helpers';
import {
  APPLICATION_ID,
  createRegisterFile,
  currentSchemaVersion,
  openRegister,
  RegisterFileError,
  type Register,
} from './open';

const CURRENT = currentSchemaVersion();
const STAMP = "'2025-01-01T00:00:00.000Z', 'old-app'";
const ORG = '00000000-0000-7000-8000-000000000001';
const TERM = '00000000-0000-7000-8000-000000000002';
const RECIPIENT = '00000000-0000-7000-8000-000000000003';
const ACTIVITY = '00000000-0000-7000-8000-000000000004';
const RULE = '00000000-0000-7000-8000-000000000005';

/** Rows a user of schema version 1 could have written, in that version's own columns. */
function writeVersion1Data(sqlite: Database.Database): void {
  sqlite.exec(`
    INSERT INTO organisations (id, created_at, created_by, updated_at, updated_by, name, country) VALUES ('${ORG}', ${STAMP}, ${STAMP}, 'Old Org NV', 'BE');
    INSERT INTO terms (id, created_at, created_by, updated_at, updated_by, kind, code, label_en, label_nl) VALUES ('${TERM}', ${STAMP}, ${STAMP}, 'data_category', 'user.contact.email', 'Email address', 'E-mailadres');
    INSERT INTO recipients (id, created_at, created_by, updated_at, updated_by, name, kind) VALUES ('${RECIPIENT}', ${STAMP}, ${STAMP}, 'Hosting provider', 'processor');
    INSERT INTO activities (id, created_at, created_by, updated_at, updated_by, organisation_id, reference, name, purposes, role, status, legal_bases, dpia)
      VALUES ('${ACTIVITY}', ${STAMP}, ${STAMP}, '${ORG}', 'A-1', 'Newsletter', '["Send news"]', 'controller', 'active', '["consent"]', 'not_needed');
    INSERT INTO activity_terms (activity_id, term_id) VALUES ('${ACTIVITY}', '${TERM}');
    INSERT INTO activity_recipients (activity_id, recipient_id) VALUES ('${ACTIVITY}', '${RECIPIENT}');
    INSERT INTO retention_rules (id, created_at, created_by, updated_at, updated_by, activity_id, criterion) VALUES ('${RULE}', ${STAMP}, ${STAMP}, '${ACTIVITY}', 'Until consent is withdrawn');
  `);
}

function open(file: string, readOnly = false): Register {
  const register = openRegister(file, { readOnly, dataSteps: DATA_STEPS });
  closeAfterTest(() => register.close());
  return register;
}

/** The schema as SQLite stores it, for comparing an upgraded file with a fresh one. */
function schemaOf(sqlite: Database.Database): string[] {
  return (
    sqlite
      .prepare("SELECT type || ' ' || name || ': ' || sql AS s FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")
      .pluck()
      .all() as string[]
  ).map((s) => s.replace(/\s+/g, ' '));
}

function expectVersion1Data(register: Register): void {
  const ctx = createContext(register, 'tester');
  const activity = call(ctx, 'getActivity', { id: ACTIVITY });
  expect(activity.ok && activity.value).toMatchObject({
    name: 'Newsletter',
    organisationId: ORG,
    // Schema 5 turned the purposes into rows, each with the activity's one basis.
    purposes: [{ text: 'Send news', legalBases: ['consent'], legitimateInterest: '' }],
    legalBases: ['consent'],
    dataCategoryIds: [TERM],
    recipientIds: [RECIPIENT],
    retention: [{ id: RULE, criterion: 'Until consent is withdrawn' }],
  });
}

describe('creating a register', () => {
  it('writes the application id, the current schema version and DELETE journal mode', () => {
    const file = path.join(tempDir(), 'new.sqlite');
    const register = createRegisterFile(file);
    closeAfterTest(() => register.close());
    expect(register.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(register.sqlite.pragma('user_version', { simple: true })).toBe(CURRENT);
    expect(register.sqlite.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(register.schemaVersion).toBe(CURRENT);
  });

  it('refuses to overwrite an existing file and leaves it as it was', () => {
    const file = path.join(tempDir(), 'taken.sqlite');
    fs.writeFileSync(file, 'my notes');
    expect(() => createRegisterFile(file)).toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('my notes');
  });

  it('refuses a folder that does not exist', () => {
    expect(() => createRegisterFile(path.join(tempDir(), 'missing', 'x.sqlite'))).toThrow(/does not exist/);
  });

  it('leaves no journal beside a closed register', () => {
    const ctx = tempRegister({ sample: true });
    ctx.register.close();
    expect(leftovers(ctx.register.path)).toEqual([]);
  });
});

// Version-1 data fits the tables of schemas 1-4; schema 5 reshaped purposes, so files of schema 5 on
// are upgraded from the schema-4 fixture (core/upgrade-schema5.test.ts) and the sample instead.
describe.each(Array.from({ length: Math.min(CURRENT, 5) }, (_, k) => k))(
  'upgrading a schema version %i register',
  (k) => {
    function oldFile(): string {
      const file = path.join(tempDir(), `v${k}.sqlite`);
      const old = createRegisterFile(file, { upTo: k });
      if (k >= 1) writeVersion1Data(old.sqlite);
      old.close();
      return file;
    }

    it('upgrades to the current version with the schema of a new register and the data kept', () => {
      const file = oldFile();
      const register = open(file);
      expect(register.schemaVersion).toBe(CURRENT);
      expect(register.sqlite.pragma('user_version', { simple: true })).toBe(CURRENT);
      const fresh = createRegisterFile(path.join(tempDir(), 'fresh.sqlite'));
      closeAfterTest(() => fresh.close());
      expect(schemaOf(register.sqlite)).toEqual(schemaOf(fresh.sqlite));
      if (k >= 1) expectVersion1Data(register);
      expect(register.sqlite.pragma('foreign_key_check')).toEqual([]);
    });

    it('writes a backup of the old version beside it, which itself opens', () => {
      const file = oldFile();
      const before = sha256(file);
      const register = open(file);
      const backup = register.backupPath;
      expect(backup).not.toBeNull();
      expect(path.dirname(backup!)).toBe(path.dirname(file));
      const raw = new Database(backup!, { readonly: true });
      expect(raw.pragma('user_version', { simple: true })).toBe(k);
      expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      raw.close();
      // The original was upgraded in place; the backup still holds the old version and opens too.
      expect(sha256(file)).not.toBe(before);
      const reopened = open(backup!);
      expect(reopened.schemaVersion).toBe(CURRENT);
      if (k >= 1) expectVersion1Data(reopened);
    });

    it('refuses to upgrade without the data steps, which would drop reshaped data, leaving it unchanged', () => {
      const file = oldFile();
      const before = sha256(file);
      expect(() => openRegister(file)).toThrow(/older schema .* data steps/);
      expect(sha256(file)).toBe(before);
      expect(leftovers(file)).toEqual([]);
    });

    it('refuses to upgrade a read-only file, leaving it unchanged', () => {
      const file = oldFile();
      const before = sha256(file);
      expect(() => openRegister(file, { readOnly: true })).toThrow(/older schema .* read-only/);
      expect(sha256(file)).toBe(before);
    });
  },
);

/** A tiny but valid PNG: signature, IHDR, IDAT, IEND. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

function sqliteFile(file: string, build: (db: Database.Database) => void): void {
  const db = new Database(file);
  build(db);
  db.close();
}

const refusals: [string, (file: string) => void, RegExp][] = [
  ['an empty file', (f) => fs.writeFileSync(f, ''), /is empty/],
  [
    'a text file',
    (f) => fs.writeFileSync(f, 'Name;Purpose\nNewsletter;marketing\n'.repeat(20)),
    /not an SQLite database/,
  ],
  ['a PNG image', (f) => fs.writeFileSync(f, PNG), /not an SQLite database/],
  [
    "another application's SQLite database",
    (f) =>
      sqliteFile(f, (db) => {
        db.exec(
          "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('Ann')",
        );
      }),
    /another application/,
  ],
  [
    'a blank SQLite database',
    (f) =>
      sqliteFile(f, (db) => {
        db.exec('CREATE TABLE t (x); DROP TABLE t');
      }),
    /an empty SQLite database/,
  ],
  [
    'a register of a newer schema',
    (f) => {
      const r = createRegisterFile(f);
      r.sqlite.pragma(`user_version = ${CURRENT + 1}`);
      r.close();
    },
    /newer version of RoPA Registry/,
  ],
  [
    'a register with a damaged page',
    (f) => {
      const ctx = tempRegister({ sample: true });
      ctx.register.close();
      fs.copyFileSync(ctx.register.path, f);
      corruptPage(f);
    },
    /is damaged/,
  ],
];

/** Overwrites the middle of the last b-tree page, where the sample's rows live. */
function corruptPage(file: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  for (let page = 2; page <= pages; page++) {
    const offset = (page - 1) * pageSize;
    fs.writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, offset + 8);
  }
  fs.closeSync(fd);
}

describe.each(refusals)('refusing %s', (_what, make, message) => {
  it('throws one clear sentence naming the file and leaves the file byte-for-byte unchanged', () => {
    const file = path.join(tempDir(), 'suspect.sqlite');
    make(file);
    const before = sha256(file);
    let error: unknown;
    try {
      open(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RegisterFileError);
    const text = (error as Error).message;
    expect(text).toMatch(message);
    expect(text).toContain('suspect.sqlite');
    expect(text).not.toContain('\n');
    expect(sha256(file)).toBe(before);
    expect(leftovers(file)).toEqual([]);
  });
});

it('refuses a missing file and a folder', () => {
  const dir = tempDir();
  expect(() => openRegister(path.join(dir, 'nope.sqlite'))).toThrow(/does not exist/);
  expect(() => openRegister(dir)).toThrow(/is a folder/);
});

describe('a read-only register file', () => {
  function readOnlySample(): { file: string; before: string } {
    const ctx = tempRegister({ sample: true });
    ctx.register.close();
    const file = ctx.register.path;
    fs.chmodSync(file, 0o444);
    return { file, before: sha256(file) };
  }

  it('opens read-only: reading works, every write is refused with kind read_only, the file stays unchanged', () => {
    const { file, before } = readOnlySample();
    const register = open(file);
    expect(register.readOnly).toBe(true);
    const ctx = createContext(register, 'tester');
    const list = call(ctx, 'listActivities', {});
    expect(list.ok && list.value.length).toBe(8);
    const created = call(ctx, 'createOrganisation', { name: 'Another NV' });
    expect(created.ok ? null : created.error.kind).toBe('read_only');
    const first = list.ok ? list.value[0]! : null;
    const removed = call(ctx, 'deleteActivity', { id: first!.id, version: first!.version });
    expect(removed.ok ? null : removed.error.kind).toBe('read_only');
    register.close();
    expect(sha256(file)).toBe(before);
    expect(leftovers(file)).toEqual([]);
  });

  it('reports read-only in the register info', () => {
    const { file } = readOnlySample();
    const ctx = createContext(open(file), 'tester');
    const info = call(ctx, 'getRegisterInfo', {});
    expect(info.ok && info.value.readOnly).toBe(true);
  });
});
