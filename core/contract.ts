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
  type ActivityFields,
  type Language,
  type OrganisationFields,
  type RecipientFields,
  type TermFields,
  type TransferInput,
  type RetentionInput,
  type ActivityRole,
  type ActivityStatus,
  type LegalBasis,
} from './schemas';
import type { RopaError } from './errors';
import { exportOptions, type ExportJob } from './reports/options';

/** Who and when, on every editable row. */
export interface Stamp {
  id: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

export type Organisation = Stamp & OrganisationFields;
export type Term = Stamp & TermFields & { builtIn: boolean };
export type Recipient = Stamp & RecipientFields;
export type Transfer = Stamp & TransferInput;
export type RetentionRule = Stamp & RetentionInput;
export type Activity = Stamp &
  Omit<ActivityFields, 'transfers' | 'retention'> & {
    transfers: Transfer[];
    retention: RetentionRule[];
  };

/** One row of the activities table: what the list shows without loading every detail. */
export interface ActivitySummary {
  id: string;
  version: number;
  reference: string;
  name: string;
  organisationId: string;
  organisationName: string;
  role: ActivityRole;
  status: ActivityStatus;
  department: string;
  owner: string;
  purposes: string[];
  legalBases: LegalBasis[];
  dataSubjects: string[];
  dataCategories: string[];
  recipients: string[];
  retention: string;
  hasSpecialCategories: boolean;
  hasTransfers: boolean;
  reviewDate: string | null;
  updatedAt: string;
  updatedBy: string;
}

export interface RegisterInfo {
  path: string;
  fileName: string;
  schemaVersion: number;
  readOnly: boolean;
  name: string;
  counts: {
    organisations: number;
    activities: number;
    activitiesByStatus: Record<ActivityStatus, number>;
    recipients: number;
    terms: number;
    transfers: number;
    retentionRules: number;
    historyEntries: number;
  };
  overdueReviews: number;
}

export type Severity = 'error' | 'warning';
export interface Finding {
  activityId: string;
  activityName: string;
  reference: string;
  field: string;
  severity: Severity;
  code: string;
  message: string;
}

export interface HistoryEntry {
  seq: number;
  at: string;
  author: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  changes: Record<string, { before: unknown; after: unknown }>;
  hash: string;
}

/** Someone who has the register open, from the presence lock files beside it (core/lock.ts). */
export interface LockHolder {
  id: string;
  user: string;
  host: string;
  pid: number;
  since: string;
  heartbeat: string;
  readOnly: boolean;
}

/** What the UI polls every few seconds: whether others committed changes, and who else is here. */
export interface ChangePoll {
  /** PRAGMA data_version of this connection; it moves only when another connection commits. */
  dataVersion: number;
  /** True when `dataVersion` differs from the `since` the caller passed. */
  changed: boolean;
  others: LockHolder[];
}

/** The first place the history chain (or the file) stops being trustworthy. */
export interface HistoryBreak {
  seq: number;
  at: string | null;
  author: string | null;
  reason: string;
}

export interface HistoryVerification {
  ok: boolean;
  /** PRAGMA integrity_check; ['ok'] when the file is sound. */
  integrity: string[];
  entries: number;
  /** The newest entry's hash: quote it in exports to anchor the history outside the file. */
  headHash: string | null;
  firstBreak: HistoryBreak | null;
}

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
  saveCopy: query<{ path: string }>()(z.object({ path: copyPath })),
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
