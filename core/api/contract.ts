// The one API: every operation the UI, the CLI, the browser host and the tests may call, with the
// schema its input must satisfy and the type it returns. Transports are built from this list.
import { z } from 'zod';
import {
  activityFields,
  idSchema,
  LANGUAGES,
  organisationFields,
  recipientFields,
  TERM_KINDS,
  termFields,
  versionSchema,
  ACTIVITY_STATUSES,
  ACTIVITY_ROLES,
  LEGAL_BASES,
  type Language,
} from './schemas';
import type { RopaError } from './errors';
import type {
  Activity,
  ActivitySummary,
  ChangePoll,
  Finding,
  HistoryEntry,
  HistoryVerification,
  Organisation,
  Recipient,
  RegisterInfo,
  Term,
} from './types';

export * from './types';
import { exportOptions, type ExportJob } from './export-options';

const lang = z.enum(LANGUAGES).default('en');
const empty = z.object({}).default({});
const byId = z.object({ id: idSchema });
const deleteInput = z.object({ id: idSchema, version: versionSchema });
/** An update replaces the editable fields and names the version it was based on. */
const updateOf = <T extends z.ZodType>(fields: T) => z.object({ id: idSchema, version: versionSchema, fields });
const updateOrganisation = updateOf(organisationFields);
const updateActivity = updateOf(activityFields);
const updateRecipient = updateOf(recipientFields);
const updateTerm = updateOf(termFields);
const listActivitiesInput = z.object({ lang }).default({ lang: 'en' });
const searchInput = z.object({
  text: z.string().max(500).default(''),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  role: z.enum(ACTIVITY_ROLES).optional(),
  legalBasis: z.enum(LEGAL_BASES).optional(),
  department: z.string().max(300).optional(),
  lang,
});
const listTermsInput = z.object({ kind: z.enum(TERM_KINDS).optional() }).default({});
const runChecksInput = z.object({ activityIds: z.array(idSchema).max(100_000).optional() }).default({});
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

/** A method's input schema, whether it writes, and (phantom) its result type. */
interface Method<I extends z.ZodType, R, W extends boolean> {
  input: I;
  write: W;
  /** Never set; carries the result type for the client and dispatcher types. */
  result?: R;
}
const query =
  <R>() =>
  <I extends z.ZodType>(input: I): Method<I, R, false> => ({ input, write: false });
const command =
  <R>() =>
  <I extends z.ZodType>(input: I): Method<I, R, true> => ({ input, write: true });
type Deleted = { id: string };

export const contract = {
  getRegisterInfo: query<RegisterInfo>()(empty),

  listOrganisations: query<Organisation[]>()(empty),
  getOrganisation: query<Organisation>()(byId),
  createOrganisation: command<Organisation>()(organisationFields),
  updateOrganisation: command<Organisation>()(updateOrganisation),
  deleteOrganisation: command<Deleted>()(deleteInput),

  listActivities: query<ActivitySummary[]>()(listActivitiesInput),
  searchActivities: query<ActivitySummary[]>()(searchInput),
  getActivity: query<Activity>()(byId),
  createActivity: command<Activity>()(activityFields),
  updateActivity: command<Activity>()(updateActivity),
  deleteActivity: command<Deleted>()(deleteInput),

  listRecipients: query<Recipient[]>()(empty),
  getRecipient: query<Recipient>()(byId),
  createRecipient: command<Recipient>()(recipientFields),
  updateRecipient: command<Recipient>()(updateRecipient),
  deleteRecipient: command<Deleted>()(deleteInput),

  listTerms: query<Term[]>()(listTermsInput),
  createTerm: command<Term>()(termFields),
  updateTerm: command<Term>()(updateTerm),
  deleteTerm: command<Deleted>()(deleteInput),

  runChecks: query<Finding[]>()(runChecksInput),
  listHistory: query<HistoryEntry[]>()(listHistoryInput),
  verifyHistory: query<HistoryVerification>()(empty),
  pollChanges: query<ChangePoll>()(z.object({ since: z.number().int().optional() }).default({})),
  // Not a write: it leaves the register as it is, so a read-only register can be copied too.
  // overwrite: replace a file already there, only after the user confirmed (else an `exists` error).
  saveCopy: query<{ path: string }>()(z.object({ path: copyPath, overwrite: z.boolean().default(false) })),
  // Exports leave the register as it is. They run in a worker; poll getExportJob for progress.
  exportReport: query<{ jobId: string }>()(exportOptions),
  getExportJob: query<ExportJob>()(z.object({ jobId: idSchema })),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = NonNullable<Contract[M]['result']>;
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: RopaError };

/** What every transport exposes as `window.ropa`: one async function per contract method. */
export type RopaClient = { [M in MethodName]: (input?: InputOf<M>) => Promise<Outcome<ResultOf<M>>> };

export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
export type { Language };
