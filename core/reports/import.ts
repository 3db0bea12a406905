// `ropa import FILE export.json`: a new register holding exactly the rows of a JSON export — same
// ids, stamps, versions and history — written in one transaction after the whole file validated.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createRegisterFile, currentSchemaVersion, RegisterFileError, upgradeOpen, type Register } from '../../db/open';
import { ensureActivityList } from '../activity-list';
import { invalid, issuesOf } from '../api/errors';
import { createContext } from '../context';
import { compareWithStored, describeDifference } from '../data-check';
import { DATA_STEPS } from '../data-steps';
import { HEAD_KEY, recordChange } from '../history';
import { RECORDED_ENTITIES } from '../recorded-entities';
import { NOTE_ENTITY, replayHistory } from '../replay';
import { verifyChain } from '../verify';
import { DUMP_LINKS, DUMP_TABLES, isDumpLink, registerFingerprint, type DumpTable, type RegisterDump } from './dump';
import { insertLinkRows } from '../activity-links';
import { dumpSchema, legacyDumpSchema } from './dump-schema';

export interface ImportOptions {
  migrationsFolder?: string;
  /**
   * Import the data of an export that does not match its own history, starting a new history: one
   * entry naming the source file and its fingerprint, then one 'create' entry per entity.
   */
  newHistory?: boolean;
  /** Who the new history names (with newHistory). */
  author?: string;
}

/**
 * The oldest schema whose export this build imports. Schemas 2-4 exported the same tables (3 only
 * added indexes, 4 the derived list tables); 5 reshaped purposes, Art. 9 conditions and texts, so
 * an export of 2-4 is written into a schema-4 file and upgraded there, like any older register.
 */
export const SAME_DUMP_SINCE = 2;
const LEGACY_UNTIL = 4;

/** Rows per INSERT: well under SQLite's limit of bound variables for the widest table. */
const CHUNK = 200;

type LegacyDump = Record<string, unknown> & { schemaVersion: number };

function parseDump(
  text: string,
  source: string,
): { dump: RegisterDump; legacy: false } | { dump: LegacyDump; legacy: true } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new RegisterFileError(`${source} is not valid JSON (${(err as Error).message}).`);
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  const legacy = typeof version === 'number' && version >= SAME_DUMP_SINCE && version <= LEGACY_UNTIL;
  const parsed = (legacy ? legacyDumpSchema : dumpSchema).safeParse(json);
  if (!parsed.success) {
    const first = issuesOf(parsed.error)[0];
    throw new RegisterFileError(
      `${source} is not a RoPA register export: ${first ? `${first.path || 'file'}: ${first.message}` : 'unexpected content'}.`,
    );
  }
  return legacy
    ? { dump: parsed.data as LegacyDump, legacy: true }
    : { dump: parsed.data as unknown as RegisterDump, legacy: false };
}

const column = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const TABLE_NAMES: Record<string, string> = {
  meta: 'register_meta',
  organisations: 'organisations',
  terms: 'terms',
  recipients: 'recipients',
  activities: 'activities',
  activityTerms: 'activity_terms',
  activityRecipients: 'activity_recipients',
  activityControllers: 'activity_controllers',
  transfers: 'transfers',
  retentionRules: 'retention_rules',
  history: 'history',
};

/** Rows of an export of schemas 2-4 into a schema-4 file, by column name (the drizzle tables are today's). */
function insertLegacy(sqlite: Database.Database, dump: LegacyDump): void {
  for (const [key, table] of Object.entries(TABLE_NAMES)) {
    const rows = dump[key] as Record<string, unknown>[];
    if (rows.length === 0) continue;
    const keys = Object.keys(rows[0]!);
    const insert = sqlite.prepare(
      `INSERT INTO ${table} (${keys.map(column).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`,
    );
    for (const row of rows) {
      insert.run(
        keys.map((k) => {
          const v = row[k];
          if (typeof v === 'boolean') return v ? 1 : 0;
          if (v !== null && typeof v === 'object') return JSON.stringify(v);
          return v as string | number | null;
        }),
      );
    }
  }
}

/**
 * The history is imported as it was, so the new register must pass the same chain check as
 * `ropa verify` (links, hashes and the recorded head). Run inside the import's transaction: a
 * break rolls everything back.
 */
function checkHistoryChain(sqlite: Database.Database, source: string): void {
  const { firstBreak } = verifyChain(sqlite);
  if (firstBreak) {
    throw new RegisterFileError(
      `${source} has a broken change history at entry ${firstBreak.seq} (${firstBreak.reason}); it was edited after export and is not imported.`,
    );
  }
}

/** An export edited by hand (a renamed or added activity) no longer says what its own history says. */
function checkDataMatchesHistory(register: Register, source: string): void {
  const ctx = createContext(register, 'import');
  const { differences, count } = compareWithStored(ctx, replayHistory(register.sqlite));
  if (count > 0) {
    throw new RegisterFileError(
      `${source} does not match its own history (${count} difference${count === 1 ? '' : 's'}; first: ${describeDifference(differences[0]!)}): it was edited after export and is not imported; --new-history imports its data with a new history.`,
    );
  }
}

/** Drops the imported history and records the imported state as the start of a new one. */
function startNewHistory(register: Register, source: string, fingerprint: string, author: string): void {
  const { sqlite } = register;
  sqlite.exec("DELETE FROM history; DELETE FROM sqlite_sequence WHERE name = 'history'");
  sqlite.prepare('DELETE FROM register_meta WHERE key = ?').run(HEAD_KEY);
  const ctx = createContext(register, author);
  recordChange(ctx, NOTE_ENTITY, fingerprint, 'create', null, {
    note: 'A new history, started from the data of a JSON export that did not match its own history.',
    importedFrom: source,
    fingerprint,
  });
  for (const e of RECORDED_ENTITIES)
    for (const record of e.list(ctx)) recordChange(ctx, e.entity, record.id, 'create', null, record);
}

/** Creates `dest` from the export text; on any failure no file is left behind. */
export function importRegister(
  text: string,
  dest: string,
  source: string,
  options: ImportOptions = {},
): Record<DumpTable, number> {
  const { dump, legacy } = parseDump(text, source);
  const known = currentSchemaVersion(options.migrationsFolder);
  if (dump.schemaVersion < SAME_DUMP_SINCE || dump.schemaVersion > known) {
    throw new RegisterFileError(
      `${source} was exported with register schema ${dump.schemaVersion}; this app imports schemas ${SAME_DUMP_SINCE} to ${known}${dump.schemaVersion > known ? ' (update the app)' : ''}.`,
    );
  }
  const folder = options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {};
  const register = createRegisterFile(dest, legacy ? { ...folder, upTo: LEGACY_UNTIL } : folder);
  try {
    register.sqlite.transaction(() => {
      if (legacy) insertLegacy(register.sqlite, dump);
      else
        for (const key of Object.keys(DUMP_TABLES) as DumpTable[]) {
          if (isDumpLink(key)) {
            insertLinkRows(register.sqlite, DUMP_LINKS[key], dump[key]);
            continue;
          }
          const rows = dump[key] as object[];
          for (let i = 0; i < rows.length; i += CHUNK) {
            register.db
              .insert(DUMP_TABLES[key])
              .values(rows.slice(i, i + CHUNK) as never)
              .run();
          }
        }
      const broken = register.sqlite.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0)
        throw invalid([{ path: 'file', message: `${broken.length} rows refer to rows missing from the export` }]);
      if (!options.newHistory) checkHistoryChain(register.sqlite, source);
      // An export of schema 5 on: the same tables, later columns filled with their defaults; the later
      // versions' data steps record what those columns hold, as upgrading the file would have.
      if (!legacy) for (let v = dump.schemaVersion + 1; v <= known; v++) DATA_STEPS[v]?.after(register, undefined);
    })();
    // An older export is upgraded in its own transaction (foreign keys can only be switched off outside
    // one), as opening an old file does; the data steps record the reshaping in the history.
    if (legacy) upgradeOpen(register, DATA_STEPS, options.migrationsFolder);
    register.sqlite.transaction(() => {
      if (options.newHistory)
        startNewHistory(register, source, registerFingerprint(dump as RegisterDump), options.author ?? 'import');
      else checkDataMatchesHistory(register, source);
      // The list lines are derived, so no export carries them.
      ensureActivityList(register.sqlite);
    })();
  } catch (err) {
    register.close();
    fs.rmSync(register.path, { force: true });
    if (err instanceof RegisterFileError) throw err;
    throw new RegisterFileError(
      `${source} could not be imported into ${path.basename(dest)}: ${(err as Error).message}`,
    );
  }
  register.close();
  return Object.fromEntries(
    (Object.keys(DUMP_TABLES) as DumpTable[]).map((k) => [k, ((dump as Record<string, unknown[]>)[k] ?? []).length]),
  ) as Record<DumpTable, number>;
}
