// The register as flat tables (one row per activity, recipient, transfer, retention rule): what the
// CSV and XLSX files hold. A further sheet (e.g. the history) is one more entry in `reportTables`.
import { ART30_REFERENCE, type Art30Heading } from '../api/labels';
import { cookieLabels } from '../api/cookie-labels';
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
  key:
    | 'activities'
    | 'organisations'
    | 'recipients'
    | 'transfers'
    | 'retention'
    | 'cookies'
    | 'history'
    | 'about'
    | 'changes';
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

const text = <T>(header: string, width: number, value: (row: T) => Cell): Column<T> => ({
  header,
  kind: 'text',
  width,
  value,
});
const date = <T>(header: string, width: number, value: (row: T) => string | null): Column<T> => ({
  header,
  kind: 'date',
  width,
  value,
});

/** The first two columns of every per-activity sheet, so its rows can be matched to the activities sheet. */
const activityRef = <T extends { reference: string; activity: string }>(m: ReportModel): Column<T>[] => [
  text(m.labels.field.reference, 12, (r) => r.reference),
  text(m.labels.field.activity, 30, (r) => r.activity),
];

function activityColumns(m: ReportModel): Column<ReportActivity>[] {
  const F = m.labels.field;
  // Headers of Art. 30 fields name their letter, so an auditor can map the columns to the Regulation.
  const art = (header: string, h: Art30Heading) => `${header} (${ART30_REFERENCE[h]})`;
  const t = text<ReportActivity>;
  return [
    t(F.reference, 12, (a) => a.reference),
    t(F.name, 30, (a) => a.name),
    t(art(F.organisation, 'c_a'), 24, (a) => a.organisation),
    t(F.role, 16, (a) => a.roleLabel),
    t(art(F.controllers, 'p_a'), 24, (a) => a.controllers),
    t(art(F.jointControllers, 'c_a'), 32, (a) => a.jointControllerContacts),
    t(F.status, 10, (a) => a.statusLabel),
    t(F.department, 16, (a) => a.department),
    t(F.owner, 16, (a) => a.owner),
    t(F.description, 40, (a) => a.description),
    t(art(m.labels.report.purposesAndBases, 'c_b'), 60, (a) => a.purposes),
    t(F.legalBases, 28, (a) => a.legalBases),
    t(F.art9Condition, 24, (a) => a.art9Condition),
    t(F.art10Basis, 24, (a) => a.art10Basis),
    t(F.sources, 24, (a) => a.sources),
    t(art(F.dataSubjects, 'c_c'), 28, (a) => a.dataSubjects),
    t(art(F.dataCategories, 'c_c'), 36, (a) => a.dataCategories),
    t(art(F.recipients, 'c_d'), 36, (a) => a.recipients),
    t(art(F.transfers, 'c_e'), 30, (a) => a.transfers.map((t) => t.text)),
    t(art(F.retention, 'c_f'), 36, (a) => a.retention.map((r) => r.text)),
    t(art(F.securityMeasures, 'c_g'), 32, (a) => a.securityMeasures),
    t(F.securityDescription, 32, (a) => a.securityDescription),
    t(F.dpia, 16, (a) => a.dpia),
    t(F.dpiaLink, 24, (a) => a.dpiaLink),
    t(F.automatedDecision, 10, (a) => a.automatedDecision),
    t(F.automatedDecisionDetails, 24, (a) => a.automatedDecisionDetails),
    date<ReportActivity>(F.endDate, 12, (a) => a.endDate),
    date<ReportActivity>(F.reviewDate, 12, (a) => a.reviewDate),
    t(F.notes, 30, (a) => a.notes),
    t(F.updatedAt, 22, (a) => a.updatedAt),
    t(F.updatedBy, 16, (a) => a.updatedBy),
    { header: F.version, kind: 'number', width: 8, value: (a) => a.version },
    t(F.id, 38, (a) => a.id),
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
      text(F.recipient, 30, (r) => r.name),
      text(F.recipientKind, 20, (r) => r.kind),
      text(F.country, 8, (r) => r.country),
      text(F.contact, 30, (r) => r.contact),
      date(F.dpaSignedOn, 14, (r) => r.dpaSignedOn),
      text(F.dpaLink, 30, (r) => r.dpaLink),
      text(F.transferMechanism, 28, (r) => r.transferMechanism),
      text(F.notes, 30, (r) => r.notes),
      text(F.usedBy, 40, (r) => r.usedBy),
      text(F.id, 38, (r) => r.id),
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
      ...activityRef<T>(m),
      text(F.country, 8, (t) => t.country),
      text(F.recipient, 28, (t) => t.recipient),
      text(F.safeguard, 34, (t) => t.safeguard),
      text(F.safeguardDetails, 40, (t) => t.safeguardDetails),
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
      ...activityRef<R>(m),
      text(F.duration, 14, (r) => r.duration),
      text(F.trigger, 28, (r) => r.trigger),
      text(F.criterion, 40, (r) => r.criterion),
      text(F.scope, 24, (r) => r.scope),
    ],
    m.activities.flatMap((a) => a.retention),
  );
}

/** Art. 30(1)(a) and 30(2)(a): the organisations the register is of, and the controllers it processes for. */
export function organisationsTable(m: ReportModel): ReportTable {
  const F = m.labels.field;
  type O = ReportModel['allOrganisations'][number];
  return table<O>(
    'organisations',
    m.labels.report.sheetOrganisations,
    [
      text(F.organisation, 30, (o) => o.name),
      text(F.organisationKind, 18, (o) => o.kind),
      text(F.enterpriseNumber, 16, (o) => o.enterpriseNumber),
      text(F.address, 36, (o) => o.address),
      text(F.country, 8, (o) => o.country),
      text(F.email, 26, (o) => o.email),
      text(F.phone, 16, (o) => o.phone),
      text(F.website, 26, (o) => o.website),
      text(F.representative, 30, (o) => o.representative),
      text(F.dpo, 40, (o) => o.dpo),
    ],
    m.allOrganisations,
  );
}

/** The cookies and similar trackers, each with the activity it serves. */
export function cookiesTable(m: ReportModel): ReportTable {
  const C = cookieLabels(m.lang).field;
  type K = ReportModel['cookies'][number];
  return table<K>(
    'cookies',
    cookieLabels(m.lang).sheet,
    [
      text(C.name, 24, (c) => c.name),
      text(C.domain, 22, (c) => c.domain),
      text(C.provider, 22, (c) => c.provider),
      text(m.labels.field.country, 8, (c) => c.providerCountry),
      text(C.party, 14, (c) => c.party),
      text(C.kind, 14, (c) => c.kind),
      text(C.category, 20, (c) => c.category),
      text(C.purpose, 50, (c) => c.purpose),
      text(C.expiry, 18, (c) => c.expiry),
      text(C.activity, 30, (c) => c.activity),
      text(m.labels.field.id, 38, (c) => c.id),
    ],
    m.cookies,
  );
}

/** The sheets of the workbook, in order. */
export function reportTables(m: ReportModel): ReportTable[] {
  return [
    activitiesTable(m),
    organisationsTable(m),
    recipientsTable(m),
    transfersTable(m),
    retentionTable(m),
    cookiesTable(m),
  ];
}
