// What the API returns: the records and reports every transport carries. Types only, so the
// contract, the errors and the UI can all import it without a cycle.
import type {
  ActivityFields,
  ActivityRole,
  ActivityStatus,
  CookieFields,
  LegalBasis,
  OrganisationFields,
  PurposeInput,
  RecipientFields,
  RetentionInput,
  TermFields,
  TransferInput,
} from './schemas';
import type { RegisterLanguages } from './translations';

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
export type Cookie = Stamp & CookieFields;
export type Transfer = Stamp & TransferInput;
export type RetentionRule = Stamp & RetentionInput;
export type Purpose = PurposeInput;
export type Activity = Stamp &
  Omit<ActivityFields, 'transfers' | 'retention'> & {
    transfers: Transfer[];
    retention: RetentionRule[];
    /** The union of the purposes' legal bases (read-only: set through the purposes). */
    legalBases: LegalBasis[];
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
  /** The primary language of its texts and the further ones it keeps translations in. */
  languages: RegisterLanguages;
  counts: {
    organisations: number;
    activities: number;
    activitiesByStatus: Record<ActivityStatus, number>;
    recipients: number;
    terms: number;
    transfers: number;
    retentionRules: number;
    cookies: number;
    historyEntries: number;
  };
  overdueReviews: number;
}

export type Severity = 'error' | 'warning';
export interface Finding {
  /**
   * What the finding is about; organisation and recipient findings have an empty activityId, a
   * cookie finding the activity the cookie serves ('' for none).
   */
  entity: 'activity' | 'organisation' | 'recipient' | 'cookie';
  entityId: string;
  activityId: string;
  /** The activity's name, or the organisation's, recipient's or cookie's. */
  activityName: string;
  reference: string;
  field: string;
  severity: Severity;
  code: string;
  /** "Art. 30(1)(a)", "Art. 5(2), 6(1)": what the finding rests on. */
  article: string;
  /** Whether Article 30 requires the particular or accountability (Art. 5(2), 24) recommends it. */
  requirement: 'art30' | 'accountability';
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

/** One field whose stored value is not what the replayed history says it should be. */
export interface DataDifference {
  /** The entity name the history uses: 'activity', 'organisation', 'recipient', 'term', … */
  entity: string;
  id: string;
  /** Its name (or label, or code) as stored, else as the history has it. */
  name: string;
  /** The field; '' for the whole row (stored but never recorded, or recorded but not stored). */
  field: string;
  /** JSON text of the values; null for a row that is not there. */
  stored: string | null;
  expected: string | null;
}

/** Whether a history head quoted on a report (`HASH` or `SEQ:HASH`) is still in the chain, unchanged. */
export interface AnchorCheck {
  anchor: string;
  ok: boolean;
  reason: string;
}

export interface HistoryVerification {
  ok: boolean;
  /** PRAGMA integrity_check; ['ok'] when the file is sound. */
  integrity: string[];
  entries: number;
  /** The newest entry's hash: quote it in exports to anchor the history outside the file. */
  headHash: string | null;
  /** The newest entry's seq, with headHash the head a report quotes. */
  headSeq: number | null;
  firstBreak: HistoryBreak | null;
  /** Gaps in the history's sequence, or a length that disagrees with the head or sqlite_sequence. */
  sequence: string[];
  /** The stored rows compared with the replayed history: the first 20 differences, and how many in all. */
  differences: DataDifference[];
  differenceCount: number;
  /** Why the data could not be compared (a damaged file, for instance); null when it was. */
  dataNotChecked: string | null;
  /** Stored activity list lines that are not what the tables give: the first 20, and how many in all. */
  listLines: string[];
  listLineCount: number;
  anchor: AnchorCheck | null;
}

/** Which register a window has open, and as whom it writes. */
export interface SessionInfo {
  path: string | null;
  fileName: string | null;
  readOnly: boolean;
  /** The name written into the history; the OS user's until the user sets one in the app. */
  author: string;
  /** False while the author is only the OS user's name: the app asks for the user's own on first start. */
  authorChosen: boolean;
  /**
   * The stored data is not what the history replays to (found by checkData): changes are refused,
   * and `readOnly` is true, until the user accepts the current data (acceptCurrentData).
   */
  dataHeld: boolean;
}

/** The check a register gets when the app opens it: do the stored rows say what the history replays to? */
export interface DataCheck {
  ok: boolean;
  /** The first 20 differences, and how many in all. */
  differences: DataDifference[];
  differenceCount: number;
  /** Why the data could not be compared, else null (then nothing is held). */
  notChecked: string | null;
}

/**
 * The checks that read the whole file, run in the background after the app opened a register
 * (opening itself reads only the header, the schema and register_meta).
 */
export interface OpenCheck {
  /** 'running' until quick_check (and the data check, then answered by checkData) has finished. */
  state: 'running' | 'done';
  /** What quick_check found when the file is damaged, in SQLite's words; null when sound or not yet known. */
  damage: string | null;
}

export type BackupReason = 'open' | 'daily' | 'before-restore';

/** One rolling backup of the open register (core/backup.ts). */
export interface BackupInfo {
  /** The file name; what restoreBackup takes. */
  name: string;
  path: string;
  createdAt: string;
  reason: BackupReason;
  size: number;
}
