// Opening, creating and upgrading a register file. Every refusal happens before the file is
// opened for writing, so a refused file stays byte-for-byte as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import * as schema from './schema';

/** PRAGMA application_id of every register: 0x524F5041, "ROPA". */
export const APPLICATION_ID = 0x524f5041;
const SQLITE_MAGIC = 'SQLite format 3\0';
/** How long a connection waits for another process's write lock before giving up with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 10_000;

/** The better-sqlite3 addon to load instead of the installed Node build: the Electron shell's own
 * build under `npm start`, since one compiled addon cannot serve both Node and Electron. */
let nativeBinding: string | undefined;
export function useNativeBinding(file: string | undefined): void {
  nativeBinding = file;
}
const connect = (file: string, options: Database.Options = {}): Database.Database =>
  new Database(file, nativeBinding ? { ...options, nativeBinding } : options);

export type RegisterDb = BetterSQLite3Database<typeof schema>;

export interface Register {
  readonly path: string;
  readonly sqlite: Database.Database;
  readonly db: RegisterDb;
  readonly readOnly: boolean;
  readonly schemaVersion: number;
  /** The copy written before this open upgraded the file, if it did. */
  readonly backupPath: string | null;
  close(): void;
}

/**
 * What a schema version does to the data that its SQL migration cannot: fill derived rows, reshape
 * stored values (appending history entries that describe the reshaping, so a replay still equals
 * the tables). Keyed by the schema version the step belongs to: N is the file's user_version after
 * migration N (db/migrations/, the Nth in meta/_journal.json). The steps themselves live in
 * core/data-steps.ts (they need the core's code); this module only runs them, in `migrate`.
 */
export interface DataStep {
  /**
   * Reads, just before this version's SQL runs, what that SQL is about to reshape or drop (old
   * columns); its result is handed to `after`. Raw SQL against the previous schema.
   */
  before?(sqlite: Database.Database): unknown;
  /** Runs after every SQL migration, so it is written against the current schema like the rest of the code. */
  after(register: Register, saved: unknown): void;
}
export type DataSteps = Readonly<Partial<Record<number, DataStep>>>;

export interface OpenOptions {
  migrationsFolder?: string;
  readOnly?: boolean;
  /** Run when this open upgrades the file (core/data-steps.ts); an older file is refused without them. */
  dataSteps?: DataSteps;
  /**
   * false: do not run quick_check over every page before opening, only read the header, the schema
   * and register_meta. For the app, which checks the pages in the background after its first
   * screen (core/open-check.ts); everything else (the CLI, exports) keeps the full check.
   */
  checkPages?: boolean;
}

/** A register file could not be opened or created; `message` is one sentence for the user. */
export class RegisterFileError extends Error {
  override readonly name = 'RegisterFileError';
}

export function defaultMigrationsFolder(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
}

interface Migration {
  sql: string[];
}

export function loadMigrations(folder: string): Migration[] {
  try {
    return readMigrationFiles({ migrationsFolder: folder });
  } catch (err) {
    throw new RegisterFileError(`The register migrations could not be read from ${folder}: ${(err as Error).message}`);
  }
}

/** The schema version a register gets from this build of the app. */
export function currentSchemaVersion(migrationsFolder = defaultMigrationsFolder()): number {
  return loadMigrations(migrationsFolder).length;
}

/** The two numbers of the SQLite file header a register is known by. */
export interface Header {
  applicationId: number;
  userVersion: number;
}

/**
 * Reads the 100-byte SQLite header itself (user_version at byte 60, application_id at 68): the one
 * place it is parsed. Throws RegisterFileError for a file that is missing, a folder, empty or not
 * SQLite at all.
 */
export function readHeader(file: string): Header {
  const name = path.basename(file);
  let fd: number;
  try {
    // Linux opens a folder for reading without complaint; only the read would fail.
    if (fs.statSync(file).isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    fd = fs.openSync(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RegisterFileError(`${name} does not exist.`);
    if (code === 'EISDIR') throw new RegisterFileError(`${name} is a folder, not a register file.`);
    throw new RegisterFileError(`${name} cannot be read (${code ?? 'unknown error'}).`);
  }
  try {
    const buf = Buffer.alloc(100);
    const n = fs.readSync(fd, buf, 0, 100, 0);
    if (n === 0) throw new RegisterFileError(`${name} is empty, not a RoPA register.`);
    if (n < 100 || buf.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
      throw new RegisterFileError(`${name} is not a RoPA register (not an SQLite database).`);
    }
    return { userVersion: buf.readUInt32BE(60), applicationId: buf.readUInt32BE(68) };
  } finally {
    fs.closeSync(fd);
  }
}

function isReadOnlyFile(file: string): boolean {
  // Root may write through any mode bits, so the mode itself is the user's statement of intent.
  const st = fs.statSync(file);
  if ((st.mode & 0o222) === 0) return true;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

function applyConnectionPragmas(sqlite: Database.Database, readOnly: boolean): void {
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('foreign_keys = ON');
  // Up to 64 MB of page cache (2 MB by default): a large import or generation is one transaction,
  // and once its pages no longer fit SQLite spills them to the file mid-transaction, which cost
  // an import of 1,000 rows several times its inserts. Memory is only taken as pages are read.
  sqlite.pragma('cache_size = -262144');
  if (!readOnly) {
    // WAL breaks on network drives, where teams keep shared registers.
    sqlite.pragma('journal_mode = DELETE');
    sqlite.pragma('synchronous = FULL');
  }
}

/**
 * The check that blocks opening. `pages`: SQLite's quick_check over every page, which reads the whole
 * file (13 s for a 130 MB register on a 10 MB/s share). Without it only what opening needs is read:
 * the schema (sqlite_schema, a damaged one fails here) and the register_meta rows, a few pages; the
 * app runs quick_check after its first screen instead (core/open-check.ts).
 */
function probe(file: string, pages: boolean): void {
  const name = path.basename(file);
  let db: Database.Database | undefined;
  try {
    // A hot journal (the app was killed mid-save) must be rolled back before anything can be read,
    // and only a writable connection can; the rollback restores the last committed state.
    const hotJournal = fs.existsSync(`${file}-journal`) && !isReadOnlyFile(file);
    db = connect(file, { readonly: !hotJournal, fileMustExist: true });
    if (!pages) {
      db.prepare('SELECT count(*) FROM register_meta').get();
      return;
    }
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
      throw new RegisterFileError(`${name} is damaged (quick_check: ${rows[0]?.quick_check ?? 'no answer'}).`);
    }
  } catch (err) {
    if (err instanceof RegisterFileError) throw err;
    throw new RegisterFileError(`${name} is damaged or not a database (${(err as Error).message}).`);
  } finally {
    db?.close();
  }
}

function userTableCount(file: string): number {
  const probe = connect(file, { readonly: true, fileMustExist: true });
  try {
    const row = probe
      .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .get() as { n: number };
    return row.n;
  } finally {
    probe.close();
  }
}

/** Checks everything that can be checked without writing; throws RegisterFileError on refusal. */
function inspect(file: string, known: number, pages: boolean): Header {
  const name = path.basename(file);
  const header = readHeader(file);
  if (header.applicationId !== APPLICATION_ID) {
    // A blank SQLite file (no tables, no id) is not a register either: we only adopt files we made.
    const other =
      header.applicationId === 0 && userTableCount(file) === 0
        ? 'an empty SQLite database'
        : 'an SQLite database of another application';
    throw new RegisterFileError(`${name} is not a RoPA register (${other}).`);
  }
  if (header.userVersion > known) {
    throw new RegisterFileError(
      `${name} was written by a newer version of RoPA Registry (schema ${header.userVersion}, this app knows ${known}); update the app to open it.`,
    );
  }
  probe(file, pages);
  return header;
}

/** The schema version of a register of ours older than this build, else null (also for anything unreadable). */
export function olderSchema(file: string, migrationsFolder?: string): number | null {
  let header: Header;
  try {
    header = readHeader(path.resolve(file));
  } catch {
    // Missing, unreadable or not SQLite: opening it gives the user the precise refusal.
    return null;
  }
  return header.applicationId === APPLICATION_ID && header.userVersion < currentSchemaVersion(migrationsFolder)
    ? header.userVersion
    : null;
}

function backupPathFor(file: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return `${file}.v${fromVersion}-${stamp}.bak`;
}

function migrate(
  sqlite: Database.Database,
  migrations: Migration[],
  from: number,
  data?: { steps: DataSteps; register: Register },
): void {
  // Table rebuilds in generated migrations need foreign keys off; we check them before committing.
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.transaction(() => {
      // Every step of the versions after `from`, in order: `before` just ahead of its version's SQL,
      // `after` once all SQL ran. All in this transaction: a failed step leaves the file unchanged.
      const saved = new Map<number, unknown>();
      migrations.forEach((m, index) => {
        if (index < from) return;
        const version = index + 1;
        const step = data?.steps[version];
        if (step?.before) saved.set(version, step.before(sqlite));
        for (const stmt of m.sql) if (stmt.trim()) sqlite.exec(stmt);
      });
      if (data)
        for (let version = from + 1; version <= migrations.length; version++)
          data.steps[version]?.after(data.register, saved.get(version));
      const broken = sqlite.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0)
        throw new RegisterFileError(
          `The upgrade would break ${broken.length} references; the register was left unchanged.`,
        );
      sqlite.pragma(`user_version = ${migrations.length}`);
    })();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

/**
 * Brings an open, writable register (a new file filled from an older export) from its schema up to
 * the folder's latest, with the data steps, as opening an older file does.
 */
export function upgradeOpen(register: Register, steps: DataSteps, migrationsFolder = defaultMigrationsFolder()): void {
  migrate(register.sqlite, loadMigrations(migrationsFolder), register.schemaVersion, { steps, register });
}

function wrap(
  file: string,
  sqlite: Database.Database,
  readOnly: boolean,
  backupPath: string | null,
  schemaVersion = sqlite.pragma('user_version', { simple: true }) as number,
): Register {
  return {
    path: file,
    sqlite,
    db: drizzle(sqlite, { schema }),
    readOnly,
    schemaVersion,
    backupPath,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}

/**
 * Opens an existing register. Refuses (RegisterFileError, file untouched) anything that is not a
 * healthy register this build can read (with `checkPages: false`, damage beyond the schema and
 * register_meta is left for the caller to find); upgrades an older one after writing a backup copy beside it.
 */
export function openRegister(file: string, options: OpenOptions = {}): Register {
  const abs = path.resolve(file);
  const migrations = loadMigrations(options.migrationsFolder ?? defaultMigrationsFolder());
  const header = inspect(abs, migrations.length, options.checkPages !== false);
  const readOnly = options.readOnly === true || isReadOnlyFile(abs);
  if (readOnly && header.userVersion < migrations.length) {
    throw new RegisterFileError(
      `${path.basename(abs)} uses an older schema (${header.userVersion}) and is read-only, so it cannot be upgraded; open a writable copy.`,
    );
  }
  // Upgrading without the data steps would drop what a migration reshapes (schema 5's purposes): refuse.
  if (!readOnly && header.userVersion < migrations.length && !options.dataSteps)
    throw new RegisterFileError(
      `${path.basename(abs)} uses an older schema (${header.userVersion}); it is upgraded only with this build's data steps (core/register.ts).`,
    );
  const sqlite = connect(abs, { readonly: readOnly, fileMustExist: true });
  try {
    applyConnectionPragmas(sqlite, readOnly);
    let backupPath: string | null = null;
    if (!readOnly && header.userVersion < migrations.length) {
      backupPath = backupPathFor(abs, header.userVersion);
      sqlite.exec(`VACUUM INTO '${backupPath.replace(/'/g, "''")}'`);
      const upgraded = wrap(abs, sqlite, readOnly, backupPath, migrations.length);
      migrate(sqlite, migrations, header.userVersion, { steps: options.dataSteps ?? {}, register: upgraded });
    }
    return wrap(abs, sqlite, readOnly, backupPath);
  } catch (err) {
    sqlite.close();
    if (err instanceof RegisterFileError) throw err;
    throw new RegisterFileError(`${path.basename(abs)} could not be opened: ${(err as Error).message}`);
  }
}

/** Creates a new, empty register (schema only). Refuses to touch an existing file. */
export function createRegisterFile(
  file: string,
  options: Pick<OpenOptions, 'migrationsFolder'> & { upTo?: number } = {},
): Register {
  const abs = path.resolve(file);
  const all = loadMigrations(options.migrationsFolder ?? defaultMigrationsFolder());
  const migrations = options.upTo === undefined ? all : all.slice(0, options.upTo);
  if (fs.existsSync(abs)) throw new RegisterFileError(`${path.basename(abs)} already exists; choose another name.`);
  if (!fs.existsSync(path.dirname(abs))) throw new RegisterFileError(`The folder ${path.dirname(abs)} does not exist.`);
  let sqlite: Database.Database;
  try {
    sqlite = connect(abs);
  } catch (err) {
    throw new RegisterFileError(`${path.basename(abs)} could not be created: ${(err as Error).message}`);
  }
  try {
    applyConnectionPragmas(sqlite, false);
    sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(sqlite, migrations, 0);
    return wrap(abs, sqlite, false, null);
  } catch (err) {
    sqlite.close();
    fs.rmSync(abs, { force: true });
    if (err instanceof RegisterFileError) throw err;
    throw new RegisterFileError(`${path.basename(abs)} could not be created: ${(err as Error).message}`);
  }
}

/** A register opened for reading only; see `openForReading`. */
export interface ReadableRegister extends Register {
  /** The schema of the user's file when it was read from an upgraded copy, else null. */
  readonly upgradedFrom: number | null;
}

/**
 * Opens a register for reading without ever changing it: read-only when it has this build's schema.
 * A register of an older schema cannot be upgraded read-only, so it is copied to a temporary folder
 * (under the same file name, so messages and reports still name the user's file), upgraded there
 * with its data steps, and the copy is removed on close. The one read-only open of the CLI and
 * the report writer.
 */
export function openForReading(file: string, options: Omit<OpenOptions, 'readOnly'> = {}): ReadableRegister {
  const abs = path.resolve(file);
  const from = olderSchema(abs, options.migrationsFolder);
  if (from === null) return { ...openRegister(abs, { ...options, readOnly: true }), upgradedFrom: null };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-read-'));
  const removeCopy = () => fs.rmSync(tmp, { recursive: true, force: true });
  try {
    const copy = path.join(tmp, path.basename(abs));
    fs.copyFileSync(abs, copy);
    // A read-only original gives a read-only copy, which could not be upgraded.
    fs.chmodSync(copy, 0o600);
    const register = openRegister(copy, options);
    return {
      ...register,
      upgradedFrom: from,
      close: () => {
        register.close();
        removeCopy();
      },
    };
  } catch (err) {
    removeCopy();
    throw err;
  }
}
