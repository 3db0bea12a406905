// What the API returns: the records and reports every transport carries. Types only, so the
// contract, the errors and the UI can all import it without a cycle.
import type {
  ActivityFields,
  ActivityRole,
  ActivityStatus,
  LegalBasis,
  OrganisationFields,
  RecipientFields,
  RetentionInput,
  TermFields,
  TransferInput,
} from './schemas';

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
