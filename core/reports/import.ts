// `ropa import FILE export.json`: a new register holding exactly the rows of a JSON export — same
// ids, stamps, versions and history — written in one transaction after the whole file validated.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import {
  createRegisterFile,
  currentSchemaVersion,
  RegisterFileError,
  runDataSteps,
  type Register,
} from '../../db/open';
import { ensureActivityList } from '../activity-list';
import { invalid, issuesOf } from '../api/errors';
import { createContext } from '../context';
import { compareWithStored, describeDifference } from '../data-check';
import { DATA_STEPS } from '../data-steps';
import { HEAD_KEY, recordChange } from '../history';
import { RECORDED_ENTITIES } from '../recorded-entities';
import { NOTE_ENTITY, replayHistory } from '../replay';
import { verifyChain } from '../verify';
import { DUMP_TABLES, registerFingerprint, type DumpTable, type RegisterDump } from './dump';
import { dumpSchema } from './dump-schema';

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
 * The oldest schema whose export holds the very tables and columns of today's: schema 3 only added
 * indexes and schema 4 the derived list tables, neither of which is exported. Raise it when a
 * migration changes a dumped table.
 */
export const SAME_DUMP_SINCE = 2;

/** Rows per INSERT: well under SQLite's limit of bound variables for the widest table. */
const CHUNK = 200;

function parseDump(text: string, source: string): RegisterDump {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new RegisterFileError(`${source} is not valid JSON (${(err as Error).message}).`);
  }
  const parsed = dumpSchema.safeParse(json);
  if (!parsed.success) {
    const first = issuesOf(parsed.error)[0];
    throw new RegisterFileError(
      `${source} is not a RoPA register export: ${first ? `${first.path || 'file'}: ${first.message}` : 'unexpected content'}.`,
    );
  }
  return parsed.data as unknown as RegisterDump;
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
  const dump = parseDump(text, source);
  const known = currentSchemaVersion(options.migrationsFolder);
  if (dump.schemaVersion < SAME_DUMP_SINCE || dump.schemaVersion > known) {
    throw new RegisterFileError(
      `${source} was exported with register schema ${dump.schemaVersion}; this app imports schemas ${SAME_DUMP_SINCE} to ${known}${dump.schemaVersion > known ? ' (update the app)' : ''}.`,
    );
  }
  const register = createRegisterFile(
    dest,
    options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {},
  );
  try {
    register.sqlite.transaction(() => {
      for (const key of Object.keys(DUMP_TABLES) as DumpTable[]) {
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
      if (options.newHistory) startNewHistory(register, source, registerFingerprint(dump), options.author ?? 'import');
      else {
        checkHistoryChain(register.sqlite, source);
        checkDataMatchesHistory(register, source);
      }
      // An export of an older schema gets the data steps of the versions since, as an upgrade does.
      runDataSteps(register, dump.schemaVersion, DATA_STEPS);
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
  return Object.fromEntries((Object.keys(DUMP_TABLES) as DumpTable[]).map((k) => [k, dump[k].length])) as Record<
    DumpTable,
    number
  >;
}
