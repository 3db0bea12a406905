// The one API: every operation the UI, the CLI, the browser host and the tests may call, with the
// schema its input must satisfy, the type it returns, and what a transport must check before it
// runs (see `Operation`). Transports are built from this list.
import { z } from 'zod';
import {
  activityFields,
  idSchema,
  LANGUAGES,
  organisationFields,
  recipientFields,
  registerLanguagesInput,
  cookieFields,
  TERM_KINDS,
  termFields,
  versionSchema,
  ACTIVITY_STATUSES,
  ACTIVITY_ROLES,
  LEGAL_BASES,
  type Language,
} from './schemas';
import type { RopaError } from './errors';
import type { PackedSummaries } from './packed-summaries';
import type { RegisterLanguages } from './translations';
import type {
  Activity,
  Cookie,
  ActivitySummary,
  BackupInfo,
  ChangePoll,
  DataCheck,
  Finding,
  HistoryEntry,
  HistoryVerification,
  OpenCheck,
  Organisation,
  Recipient,
  RegisterInfo,
  SessionInfo,
  Term,
} from './types';

export * from './types';
import { IMPORT_FIELDS, type ImportJob, type ImportLayout } from './import-report';
import {
  changesExportOptions,
  exportOptions,
  noticeExportOptions,
  noticeInput,
  type ExportJob,
} from './export-options';

const lang = z.enum(LANGUAGES).default('en');
const empty = z.object({}).default({});
const byId = z.object({ id: idSchema });
const deleteInput = z.object({ id: idSchema, version: versionSchema });
/** An update replaces the editable fields and names the version it was based on. */
const updateOf = <T extends z.ZodType>(fields: T) => z.object({ id: idSchema, version: versionSchema, fields });
const updateOrganisation = updateOf(organisationFields);
const updateActivity = updateOf(activityFields);
/** Activities per createActivities call: a batch stays a fraction of a second's work. */
const MAX_BATCH = 1_000;
const updateRecipient = updateOf(recipientFields);
const updateTerm = updateOf(termFields);
const updateCookie = updateOf(cookieFields);
const listActivitiesInput = z.object({ lang }).default({ lang: 'en' });
/** With `first`, only the list's first rows (and its length): the activities table's first screen. */
const listActivityRowsInput = z
  .object({ lang, first: z.number().int().min(1).max(1_000).optional() })
  .default({ lang: 'en' });
const searchInput = z.object({
  text: z.string().max(500).default(''),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  role: z.enum(ACTIVITY_ROLES).optional(),
  legalBasis: z.enum(LEGAL_BASES).optional(),
  department: z.string().max(300).optional(),
  lang,
});
const listTermsInput = z.object({ kind: z.enum(TERM_KINDS).optional() }).default({});
const runChecksInput = z
  .object({
    activityIds: z.array(idSchema).max(100_000).optional(),
    /** Also list the printed texts that lack this language's version. */
    lang: z.enum(LANGUAGES).optional(),
  })
  .default({});
const listHistoryInput = z
  .object({
    entityId: idSchema.optional(),
    author: z.string().max(300).optional(),
    from: z.string().max(40).optional(),
    to: z.string().max(40).optional(),
    limit: z.number().int().min(1).max(100_000).default(500),
  })
  .default({ limit: 500 });

// Absolute, with a register's extension: what a save dialog returns, and never a stray relative write.
const copyPath = z
  .string()
  .trim()
  .max(4_096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'must be an absolute path')
  .regex(/\.(sqlite|sqlite3|db|ropa)$/i, 'must end in .sqlite, .sqlite3, .db or .ropa');

const filePath = z.string().trim().min(1, 'required').max(4_096);
const openRegisterInput = z.object({
  path: filePath,
  readOnly: z.boolean().default(false),
  // "Open anyway" although someone else is editing it (see core/lock.ts).
  force: z.boolean().default(false),
});
const createRegisterInput = z.object({
  path: filePath,
  sample: z.boolean().default(false),
  name: z.string().trim().max(300).optional(),
});
// The app's spreadsheet import: the source file once (its path from an open dialog), then its id.
const importChoice = z.object({
  sourceId: idSchema,
  sheet: z.string().min(1, 'required').max(300),
  headerRow: z.number().int().min(1).max(1_000_000),
  mapping: z.record(z.string().max(1_000), z.enum(IMPORT_FIELDS)).refine((m) => Object.keys(m).length <= 500, {
    message: 'at most 500 columns',
  }),
});
const restoreBackupInput = z.object({ name: z.string().min(1, 'required').max(200) });

/** The OS dialog a file path must come from in Electron: a save dialog for files written, an open dialog for files read. */
export type FileDialog = 'save' | 'open';

/**
 * One operation of the registry below. Everything a transport needs to know about it is here:
 *
 * - `input`: the zod schema its input must satisfy; parsed before the handler runs, and a failure
 *   is a `validation` error naming the field.
 * - `write`: it changes the open register, so the dispatcher refuses it on a register opened
 *   read-only (before validating the input).
 * - `needsRegister`: true, it runs on the open register: its handler is in core/dispatcher.ts
 *   (`handlers`) and gets the register's CoreContext; the host answers "No register is open" when
 *   there is none. false, a session operation: it opens, creates, closes or replaces the register
 *   itself, and its handler is in core/host.ts (`sessionHandlers`).
 * - `files`: the input fields that name a file, each with the dialog it must come from. In
 *   Electron the page may only name a path that dialog just gave it (electron/path-grants.ts).
 * - `result`: never set; it carries the result type for the client, the dispatcher and the host.
 *
 * Build entries with `query` (reads the open register), `command` (writes it) or `session`:
 * `query<Result>()(inputSchema, { files: { path: 'save' } })`. Adding an operation is one entry
 * here plus one handler; the preload, the browser host's client script, the path grants, the host
 * and the dispatcher all read this registry, and the type checker asks for the handler.
 */
export interface Operation<I extends z.ZodType, R, W extends boolean, N extends boolean> {
  input: I;
  write: W;
  needsRegister: N;
  files: Readonly<Record<string, FileDialog>>;
  result?: R;
}
/** Which input fields name a file (checked against the input's own fields). */
type FilesOf<I extends z.ZodType> = Partial<Record<keyof z.output<I> & string, FileDialog>>;
interface EntryOptions<I extends z.ZodType> {
  files?: FilesOf<I>;
}
const entry =
  <W extends boolean, N extends boolean>(write: W, needsRegister: N) =>
  <R>() =>
  <I extends z.ZodType>(input: I, options: EntryOptions<I> = {}): Operation<I, R, W, N> => ({
    input,
    write,
    needsRegister,
    files: (options.files ?? {}) as Readonly<Record<string, FileDialog>>,
  });
/** Reads the open register. */
const query = entry(false, true);
/** Changes the open register: refused when it is open read-only. */
const command = entry(true, true);
/** Opens, creates, closes or replaces the register: run by core/host.ts, with or without one open. */
const session = entry(false, false);
type Deleted = { id: string };

export const contract = {
  getSession: session<SessionInfo>()(empty),
  openRegister: session<SessionInfo>()(openRegisterInput, { files: { path: 'open' } }),
  createRegister: session<SessionInfo>()(createRegisterInput, { files: { path: 'save' } }),
  closeRegister: session<SessionInfo>()(empty),
  listBackups: session<BackupInfo[]>()(empty),
  // Refuses, with its own reasons, when no register is open, it is open read-only, or others have it open.
  restoreBackup: session<SessionInfo>()(restoreBackupInput),
  // The name the history records for this window's changes (kept by the app with the user's settings).
  setAuthor: session<SessionInfo>()(z.object({ name: z.string().trim().min(1, 'required').max(200) })),
  // Where the browser host, which has no Save dialog, first offers to write a report.
  getDocumentsFolder: session<{ path: string }>()(empty),
  // The stored data against the replayed history, once per opened register (the app asks after its
  // first screen). Differences hold the register read-only (SessionInfo.dataHeld) until
  // acceptCurrentData; a write before the check runs it first.
  checkData: session<DataCheck>()(empty),
  // What the checks after opening found: SQLite's quick_check over every page runs in the background
  // once the register is open, not while opening (core/open-check.ts). The app polls it until done.
  getOpenCheck: session<OpenCheck>()(empty),

  getRegisterInfo: query<RegisterInfo>()(empty),
  // The primary language and the further ones; a new primary language takes over the texts, losing none.
  setRegisterLanguages: command<RegisterLanguages>()(registerLanguagesInput),

  listOrganisations: query<Organisation[]>()(empty),
  getOrganisation: query<Organisation>()(byId),
  createOrganisation: command<Organisation>()(organisationFields),
  updateOrganisation: command<Organisation>()(updateOrganisation),
  deleteOrganisation: command<Deleted>()(deleteInput),

  listActivities: query<ActivitySummary[]>()(listActivitiesInput),
  /** The same list packed for the activities table (core/api/packed-summaries.ts), or its first rows. */
  listActivityRows: query<PackedSummaries>()(listActivityRowsInput),
  searchActivities: query<ActivitySummary[]>()(searchInput),
  getActivity: query<Activity>()(byId),
  createActivity: command<Activity>()(activityFields),
  // Many at once, in one transaction: all or none (an issue's path names the activity's index).
  // What a script or the benchmark's generator uses; the spreadsheet import writes the same way.
  createActivities: command<Activity[]>()(
    z.object({ activities: z.array(activityFields).min(1).max(MAX_BATCH, `at most ${MAX_BATCH} at once`) }),
  ),
  updateActivity: command<Activity>()(updateActivity),
  deleteActivity: command<Deleted>()(deleteInput),

  listRecipients: query<Recipient[]>()(empty),
  getRecipient: query<Recipient>()(byId),
  createRecipient: command<Recipient>()(recipientFields),
  updateRecipient: command<Recipient>()(updateRecipient),
  deleteRecipient: command<Deleted>()(deleteInput),

  listCookies: query<Cookie[]>()(empty),
  getCookie: query<Cookie>()(byId),
  createCookie: command<Cookie>()(cookieFields),
  updateCookie: command<Cookie>()(updateCookie),
  deleteCookie: command<Deleted>()(deleteInput),

  listTerms: query<Term[]>()(listTermsInput),
  createTerm: command<Term>()(termFields),
  updateTerm: command<Term>()(updateTerm),
  deleteTerm: command<Deleted>()(deleteInput),

  runChecks: query<Finding[]>()(runChecksInput),
  listHistory: query<HistoryEntry[]>()(listHistoryInput),
  // anchor: a history head quoted on a report (HASH or SEQ:HASH); the result says whether it still holds.
  verifyHistory: query<HistoryVerification>()(
    z
      .object({
        anchor: z
          .string()
          .trim()
          .regex(/^(?:\d+:)?[0-9a-fA-F]{64}$/, 'HASH or SEQ:HASH, the 64 hex digits of a history head')
          .optional(),
      })
      .default({}),
  ),
  // Writes the stored rows' differences from the replayed history into the history (see core/accept-data.ts).
  acceptCurrentData: command<{ differences: number }>()(empty),
  pollChanges: query<ChangePoll>()(z.object({ since: z.number().int().optional() }).default({})),
  // Not a write: it leaves the register as it is, so a read-only register can be copied too.
  // overwrite: replace a file already there, only after the user confirmed (else an `exists` error).
  saveCopy: query<{ path: string }>()(z.object({ path: copyPath, overwrite: z.boolean().default(false) }), {
    files: { path: 'save' },
  }),
  // Exports leave the register as it is. They run in a worker; poll getExportJob for progress.
  exportReport: query<{ jobId: string }>()(exportOptions, { files: { path: 'save' } }),
  // The changes report of a period (core/reports/changes.ts), written in the export worker like a report.
  exportChanges: query<{ jobId: string }>()(changesExportOptions, { files: { path: 'save' } }),
  getExportJob: query<ExportJob>()(z.object({ jobId: idSchema })),
  // A privacy notice of one audience in one language (core/notices/): the HTML page to show, or a
  // file written like an export (a job polled with getExportJob).
  previewNotice: query<{ html: string; activities: number }>()(noticeInput.prefault({})),
  exportNotice: query<{ jobId: string }>()(noticeExportOptions, { files: { path: 'save' } }),
  // Register ▸ Import spreadsheet… (core/import/jobs.ts): each step a job polled with getImportJob.
  // readImportSource keeps the file's sheets under a sourceId; the later steps name that id.
  readImportSource: query<{ jobId: string }>()(z.object({ path: filePath }), { files: { path: 'open' } }),
  describeImportLayout: query<ImportLayout>()(
    z.object({ sourceId: idSchema, sheet: z.string().min(1).max(300), headerRow: z.number().int().min(1).optional() }),
  ),
  reviewImport: query<{ jobId: string }>()(importChoice),
  runImport: command<{ jobId: string }>()(importChoice),
  getImportJob: query<ImportJob>()(z.object({ jobId: idSchema })),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = NonNullable<Contract[M]['result']>;
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: RopaError };

/** What every transport exposes as `window.ropa`: one async function per contract method. */
export type RopaClient = { [M in MethodName]: (input?: InputOf<M>) => Promise<Outcome<ResultOf<M>>> };

/** Operations that run on the open register (handlers in core/dispatcher.ts). */
export type RegisterMethod = { [M in MethodName]: Contract[M]['needsRegister'] extends true ? M : never }[MethodName];
/** Operations that open, create, close or replace the register (handlers in core/host.ts). */
export type SessionMethod = Exclude<MethodName, RegisterMethod>;

export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
export const isRegisterMethod = (name: string): name is RegisterMethod =>
  isMethodName(name) && contract[name].needsRegister;
export const registerMethodNames = methodNames.filter(isRegisterMethod);
export const sessionMethodNames = methodNames.filter((name): name is SessionMethod => !isRegisterMethod(name));
export type { Language };
