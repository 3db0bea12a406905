// What a spreadsheet import reports before anything is written (the dry run, the app's review
// table) and after: per row and cell, what became what, what is uncertain and what was dropped.
export interface ImportCellReport {
  /** The column's header as the sheet has it. */
  column: string;
  /** The field the column fills, or 'ignore'. */
  field: string;
  value: string;
  became: string[];
  uncertain: string[];
  dropped: string[];
}

export interface ImportRowReport {
  /** The sheet's row number, as the spreadsheet shows it. */
  row: number;
  action: 'create' | 'update' | 'error';
  name: string;
  /** The activity updated (action 'update'). */
  activityId: string | null;
  error: string | null;
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
