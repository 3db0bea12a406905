// The register as flat tables (one row per activity, recipient, transfer, retention rule): what the
// CSV and XLSX files hold. A further sheet (e.g. the history) is one more entry in `reportTables`.
import { ART30_REFERENCE, type Art30Heading } from '../labels';
import type { ReportActivity, ReportModel } from './model';

/** Text cells are neutralised against formula injection; numbers and dates are written as such. */
export type CellKind = 'text' | 'number' | 'date';
export type Cell = string | string[] | number | null;

export interface Column<T> {
  header: string;
  kind: CellKind;
  /** Width in characters, for spreadsheets. */
  width: number;
  value: (row: T) => Cell;
}

export interface ReportTable {
  /** Stable key, e.g. for the CSV file name. */
  key: 'activities' | 'recipients' | 'transfers' | 'retention' | 'history';
  title: string;
  columns: Omit<Column<never>, 'value'>[];
  rows: Cell[][];
}

function table<T>(key: ReportTable['key'], title: string, columns: Column<T>[], rows: T[]): ReportTable {
  return {
    key,
    title,
    columns: columns.map(({ header, kind, width }) => ({ header, kind, width })),
    rows: rows.map((r) => columns.map((c) => c.value(r))),
  };
}

function activityColumns(m: ReportModel): Column<ReportActivity>[] {
  const F = m.labels.field;
  // Headers of Art. 30 fields name their letter, so an auditor can map the columns to the Regulation.
  const art = (header: string, h: Art30Heading) => `${header} (${ART30_REFERENCE[h]})`;
  const text = (header: string, width: number, value: (a: ReportActivity) => Cell): Column<ReportActivity> => ({ header, kind: 'text', width, value });
  const date = (header: string, value: (a: ReportActivity) => string | null): Column<ReportActivity> => ({ header, kind: 'date', width: 12, value });
  return [
    text(F.reference, 12, (a) => a.reference),
    text(F.name, 30, (a) => a.name),
    text(art(F.organisation, 'c_a'), 24, (a) => a.organisation),
    text(F.role, 16, (a) => a.roleLabel),
    text(art(F.controllers, 'p_a'), 24, (a) => a.controllers),
    text(F.jointControllers, 24, (a) => a.jointControllers),
    text(F.status, 10, (a) => a.statusLabel),
    text(F.department, 16, (a) => a.department),
    text(F.owner, 16, (a) => a.owner),
    text(F.description, 40, (a) => a.description),
    text(art(F.purposes, 'c_b'), 40, (a) => a.purposes),
    text(F.legalBases, 28, (a) => a.legalBases),
    text(F.legitimateInterest, 30, (a) => a.legitimateInterest),
    text(F.art9Condition, 24, (a) => a.art9Condition),
    text(F.art10Basis, 24, (a) => a.art10Basis),
    text(F.sources, 24, (a) => a.sources),
    text(art(F.dataSubjects, 'c_c'), 28, (a) => a.dataSubjects),
    text(art(F.dataCategories, 'c_c'), 36, (a) => a.dataCategories),
    text(art(F.recipients, 'c_d'), 36, (a) => a.recipients),
    text(art(F.transfers, 'c_e'), 30, (a) => a.transfers.map((t) => [t.country, t.recipient, t.safeguard, t.safeguardDetails].filter(Boolean).join(' — '))),
    text(art(F.retention, 'c_f'), 36, (a) => a.retention.map((r) => r.text)),
    text(art(F.securityMeasures, 'c_g'), 32, (a) => a.securityMeasures),
    text(F.securityDescription, 32, (a) => a.securityDescription),
    text(F.dpia, 16, (a) => a.dpia),
    text(F.dpiaLink, 24, (a) => a.dpiaLink),
    text(F.automatedDecision, 10, (a) => a.automatedDecision),
    text(F.automatedDecisionDetails, 24, (a) => a.automatedDecisionDetails),
    date(F.endDate, (a) => a.endDate),
    date(F.reviewDate, (a) => a.reviewDate),
    text(F.notes, 30, (a) => a.notes),
    text(F.updatedAt, 22, (a) => a.updatedAt),
    text(F.updatedBy, 16, (a) => a.updatedBy),
    { header: F.version, kind: 'number', width: 8, value: (a) => a.version },
    text(F.id, 38, (a) => a.id),
  ];
}

export function activitiesTable(m: ReportModel): ReportTable {
  return table('activities', m.labels.report.sheetActivities, activityColumns(m), m.activities);
}

export function recipientsTable(m: ReportModel): ReportTable {
  const F = m.labels.field;
  type R = ReportModel['recipients'][number];
  return table<R>(
    'recipients',
    m.labels.report.sheetRecipients,
    [
      { header: F.recipient, kind: 'text', width: 30, value: (r) => r.name },
      { header: F.recipientKind, kind: 'text', width: 20, value: (r) => r.kind },
      { header: F.country, kind: 'text', width: 8, value: (r) => r.country },
      { header: F.contact, kind: 'text', width: 30, value: (r) => r.contact },
      { header: F.dpaSignedOn, kind: 'date', width: 14, value: (r) => r.dpaSignedOn },
      { header: F.dpaLink, kind: 'text', width: 30, value: (r) => r.dpaLink },
      { header: F.transferMechanism, kind: 'text', width: 28, value: (r) => r.transferMechanism },
      { header: F.notes, kind: 'text', width: 30, value: (r) => r.notes },
      { header: F.usedBy, kind: 'text', width: 40, value: (r) => r.usedBy },
      { header: F.id, kind: 'text', width: 38, value: (r) => r.id },
    ],
    m.recipients,
  );
}

export function transfersTable(m: ReportModel): ReportTable {
  const F = m.labels.field;
  type T = ReportActivity['transfers'][number];
  return table<T>(
    'transfers',
    m.labels.report.sheetTransfers,
    [
      { header: F.reference, kind: 'text', width: 12, value: (t) => t.reference },
      { header: F.activity, kind: 'text', width: 30, value: (t) => t.activity },
      { header: F.country, kind: 'text', width: 8, value: (t) => t.country },
      { header: F.recipient, kind: 'text', width: 28, value: (t) => t.recipient },
      { header: F.safeguard, kind: 'text', width: 34, value: (t) => t.safeguard },
      { header: F.safeguardDetails, kind: 'text', width: 40, value: (t) => t.safeguardDetails },
    ],
    m.activities.flatMap((a) => a.transfers),
  );
}

export function retentionTable(m: ReportModel): ReportTable {
  const F = m.labels.field;
  type R = ReportActivity['retention'][number];
  return table<R>(
    'retention',
    m.labels.report.sheetRetention,
    [
      { header: F.reference, kind: 'text', width: 12, value: (r) => r.reference },
      { header: F.activity, kind: 'text', width: 30, value: (r) => r.activity },
      { header: F.duration, kind: 'text', width: 14, value: (r) => r.duration },
      { header: F.trigger, kind: 'text', width: 28, value: (r) => r.trigger },
      { header: F.criterion, kind: 'text', width: 40, value: (r) => r.criterion },
      { header: F.scope, kind: 'text', width: 24, value: (r) => r.scope },
    ],
    m.activities.flatMap((a) => a.retention),
  );
}

/** The sheets of the workbook, in order. */
export function reportTables(m: ReportModel): ReportTable[] {
  return [activitiesTable(m), recipientsTable(m), transfersTable(m), retentionTable(m)];
}
