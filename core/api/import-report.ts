// What a spreadsheet import reports before anything is written (the dry run, the app's review
// table) and after: per row and cell, what became what, what is uncertain and what was dropped.
import type {
  ActivityRole,
  ActivityStatus,
  Art9Condition,
  DPIA_STATES,
  DurationUnit,
  LegalBasis,
  RecipientKind,
  Safeguard,
  TermKind,
} from './enums';
import type { RopaError } from './errors';

/** What a column can fill. Several columns may fill one list field (their values are appended). */
export const IMPORT_FIELDS = [
  'reference',
  'name',
  'department',
  'owner',
  'description',
  'purposes',
  'legalBases',
  'legitimateInterest',
  'art9Condition',
  'art10Basis',
  'sources',
  'dataSubjects',
  'dataCategories',
  'recipients',
  'processors',
  'jointControllers',
  'contractLinks',
  'transferCountries',
  'transferSafeguards',
  'transfers',
  'retention',
  'securityMeasures',
  'securityText',
  'securityDescription',
  'dpia',
  'dpiaLink',
  'automatedDecision',
  'automatedDecisionDetails',
  'role',
  'status',
  'endDate',
  'reviewDate',
  'notes',
  'ignore',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

// The review speaks the reader's language: the core reports what it read as notes (a kind and its
// values), never as sentences. The app words them with its locales (imports.note_*), the CLI with
// core/import/words.ts; enum values stay identifiers here, as in the register.

/** Fields a cell is copied into as it stands. */
export type ImportTextField =
  | 'reference'
  | 'name'
  | 'department'
  | 'owner'
  | 'description'
  | 'legitimateInterest'
  | 'art10Basis'
  | 'securityDescription'
  | 'dpiaLink'
  | 'automatedDecisionDetails'
  | 'notes';

/** What a value of a cell became. Long texts are cut to 60 characters (…). */
export type ImportBecame =
  | { kind: 'text'; field: ImportTextField; text: string }
  | { kind: 'automatedDecision'; yes: boolean }
  | { kind: 'purpose'; text: string }
  | { kind: 'legalBasis'; basis: LegalBasis }
  /** A basis cell pairing bases with a purpose; `added`: the purpose is not in the purposes column. */
  | { kind: 'purposeBases'; purpose: string; bases: LegalBasis[]; added: boolean }
  | { kind: 'art9'; condition: Art9Condition }
  | { kind: 'source'; text: string }
  | { kind: 'recipient'; name: string; recipientKind: RecipientKind }
  /** A contract link given to the processor it belongs to. */
  | { kind: 'agreement'; recipient: string; link: string }
  /** A contract link with no processor to hold it: kept in the notes. */
  | { kind: 'note'; text: string }
  | { kind: 'transfer'; country: string; safeguard: Safeguard }
  | {
      kind: 'retention';
      durationValue: number | null;
      durationUnit: DurationUnit | null;
      trigger: string;
      criterion: string;
      scope: string;
    }
  | { kind: 'dpia'; state: (typeof DPIA_STATES)[number] }
  | { kind: 'role'; role: ActivityRole }
  | { kind: 'status'; status: ActivityStatus }
  | { kind: 'date'; field: 'endDate' | 'reviewDate'; date: string }
  /** A vocabulary term; `termId` null for a term proposed by this import, `term` its English label. */
  | { kind: 'term'; termKind: TermKind; termId: string | null; term: string }
  /** The safeguards column, read with the countries column. */
  | { kind: 'safeguards' };

/** Read, but worth a look. */
export type ImportDoubt =
  | { kind: 'fuzzy'; value: string; termId: string; term: string; score: number }
  | { kind: 'newTerm'; value: string }
  | { kind: 'kindGuessed'; name: string; recipientKind: RecipientKind }
  | { kind: 'noPeriod'; text: string }
  | { kind: 'noSafeguard'; country: string };

/** Part of a cell nothing was made of. */
export type ImportDrop = { kind: 'unread'; text: string } | { kind: 'inEea'; country: string };

/** Why a row cannot be imported. `invalid`: the activity's schema refused a field (its message is the schema's). */
export type ImportRowError =
  | { kind: 'noName' }
  | { kind: 'duplicate'; row: number; same: 'reference' | 'name' }
  | { kind: 'invalid'; path: string; message: string };

export interface ImportCellReport {
  /** The column's header as the sheet has it. */
  column: string;
  /** The field the column fills, or 'ignore'. */
  field: string;
  value: string;
  became: ImportBecame[];
  uncertain: ImportDoubt[];
  dropped: ImportDrop[];
}

export interface ImportRowReport {
  /** The sheet's row number, as the spreadsheet shows it. */
  row: number;
  action: 'create' | 'update' | 'error';
  name: string;
  /** The activity updated (action 'update'). */
  activityId: string | null;
  error: ImportRowError | null;
  cells: ImportCellReport[];
}

export interface ImportColumnReport {
  index: number;
  header: string;
  field: string;
  /** Where the column's meaning came from. */
  from: 'profile' | 'saved mapping' | 'mapping' | 'unknown';
}

export interface ImportReport {
  source: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  sheet: string;
  sheets: string[];
  /** 1-based row number of the header. */
  headerRow: number;
  profile: string;
  profileLanguage: string;
  columns: ImportColumnReport[];
  rows: ImportRowReport[];
  newTerms: { kind: string; label: string; code: string }[];
  newRecipients: { name: string; kind: string }[];
  newOrganisation: string | null;
  counts: { create: number; update: number; error: number; uncertain: number; dropped: number };
}

export interface ImportResult {
  created: number;
  updated: number;
  newTerms: number;
  newRecipients: number;
  newOrganisation: boolean;
}

/** The sheet, header row and columns an import would use (the app's mapping step). */
export type ImportLayout = Pick<ImportReport, 'sheet' | 'headerRow' | 'profile' | 'profileLanguage' | 'columns'>;

/** A spreadsheet read by the app's import: kept in the register worker under `sourceId` until imported. */
export interface ImportSource {
  sourceId: string;
  /** The file's name (never its folder). */
  source: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  /** The visible sheets, each with its first rows (to choose the header row) and its row count. */
  sheets: { name: string; rows: string[][]; rowCount: number }[];
  /** The sheet and header row detected, with the columns a profile or an earlier mapping knows. */
  layout: ImportLayout;
}

/** One step of the app's import, run as a job in the register worker and polled with getImportJob. */
export interface ImportJob {
  jobId: string;
  /** read: the file; review: the dry run; write: the import itself. */
  stage: 'read' | 'review' | 'write';
  state: 'running' | 'done' | 'failed';
  /** Rows planned (review, write) and written (write), when known. */
  progress: { done: number; total: number } | null;
  source: ImportSource | null;
  report: ImportReport | null;
  result: ImportResult | null;
  error: RopaError | null;
}
