// The activities table's columns and the TanStack Table features they use (v9: features and row
// models are declared up front, once, outside the component).
import { IconAlertTriangle, IconWorld } from '@tabler/icons-react';
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type Row,
  type Table,
} from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { ActivitySummary } from '../../../core/api/contract';
import { formatDate, type DateStyle } from '../../../core/api/dates';
import { formatWhen } from '../format';

export const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnVisibilityFeature,
  // No sorted or filtered row model: rows arrive sorted (sortSummaries.ts) and are filtered before
  // rendering (filterSummaries.ts); the table keeps the state, the columns and renders the cells.
});
type Features = typeof features;
export type ActivityRow = Row<Features, ActivitySummary>;
export type ActivityTable = Table<Features, ActivitySummary>;
export type ActivityColumn = ColumnDef<Features, ActivitySummary>;

/** Columns a user can filter with a picker: role, status, legal basis, department. */
export const FILTER_COLUMNS = ['role', 'status', 'legalBases', 'department'] as const;
export type FilterColumn = (typeof FILTER_COLUMNS)[number];

/** Fixed widths keep header and virtual rows aligned; `name` takes the remaining space. */
export const COLUMN_WIDTH: Record<string, number> = {
  reference: 120,
  name: 280,
  organisationName: 200,
  role: 130,
  status: 100,
  department: 170,
  owner: 150,
  legalBases: 220,
  dataCategories: 260,
  retention: 220,
  reviewDate: 130,
  updatedAt: 170,
};
export const HIDDEN_BY_DEFAULT = {
  organisationName: false,
  owner: false,
  dataCategories: false,
  retention: false,
  updatedAt: false,
};

const today = () => new Date().toISOString().slice(0, 10);

/** How a column shows an activity: the grid renders each cell in view with it, directly. */
export type ShowCell = (a: ActivitySummary) => ReactNode;

export interface ActivityColumns {
  /** For the table's state: sorting, visibility, filters, and the header cells. */
  defs: ActivityColumn[];
  /**
   * Each column's cell by column id. The rows render from these rather than through the table's
   * rows and cells: a row object, twelve cell objects and their contexts per activity shown cost
   * more than the cells themselves, on every first screen and every keystroke that brings rows into view.
   */
  cells: Record<string, ShowCell>;
}

/**
 * `lang`: the UI language, for the time of the last change (format.ts). `statusClass`: the class
 * that draws a status as Mantine's light Badge does (ActivityGrid.module.css).
 */
export function activityColumns(
  t: TFunction,
  dateStyle: DateStyle,
  lang: string,
  statusClass: string,
): ActivityColumns {
  // Each label is looked up once per set of columns: a row in view then renders without i18next.
  const labels = new Map<string, string>();
  const word = (key: string): string => {
    let label = labels.get(key);
    if (label === undefined) labels.set(key, (label = t(key)));
    return label;
  };
  const label = (group: string) => (v: string) => word(`labels:${group}.${v}`);
  const special = t('activities.special');
  const transfers = t('activities.transfers');
  const overdue = t('activities.overdue');
  const cells: Record<string, ShowCell> = {
    reference: (a) => a.reference,
    name: (a) => (
      <span style={{ display: 'flex', gap: 6, alignItems: 'center', minWidth: 0 }}>
        <span style={{ fontWeight: 500, overflow: 'hidden', textOverflow: 'ellipsis' }}>{a.name}</span>
        {/* A native title, not a Mantine Tooltip: cheap enough to render in every visible row. */}
        {a.hasSpecialCategories && (
          <span title={special} style={{ display: 'inline-flex' }}>
            <IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" aria-label={special} />
          </span>
        )}
        {a.hasTransfers && (
          <span title={transfers} style={{ display: 'inline-flex' }}>
            <IconWorld size={14} color="var(--mantine-color-blue-6)" aria-label={transfers} />
          </span>
        )}
      </span>
    ),
    organisationName: (a) => a.organisationName,
    role: (a) => label('role')(a.role),
    // Mantine's light Badge drawn by a class (ActivityGrid.module.css): a Badge works its colours
    // out anew on every render, in every row.
    status: (a) => (
      <span className={statusClass} data-status={a.status}>
        {label('status')(a.status)}
      </span>
    ),
    department: (a) => a.department,
    owner: (a) => a.owner,
    legalBases: (a) => a.legalBases.map(label('legalBasis')).join(', '),
    dataCategories: (a) => a.dataCategories.join(', '),
    retention: (a) => a.retention,
    reviewDate: (a) => {
      const d = a.reviewDate;
      if (!d) return '';
      return d < today() ? (
        <span style={{ color: 'var(--mantine-color-red-7)', fontWeight: 500 }} title={overdue}>
          {formatDate(d, dateStyle)}
        </span>
      ) : (
        formatDate(d, dateStyle)
      );
    },
    updatedAt: (a) => formatWhen(a.updatedAt, lang),
  };
  const column = (
    key: keyof ActivitySummary & string,
    header: string,
    options: { enableSorting?: boolean } = {},
  ): ActivityColumn => {
    const show = cells[key]!;
    return { accessorKey: key, header, ...options, cell: ({ row }) => show(row.original) };
  };
  const noSort = { enableSorting: false };
  return {
    cells,
    defs: [
      column('reference', t('labels:field.reference')),
      column('name', t('labels:field.name')),
      column('organisationName', t('labels:field.organisation')),
      column('role', t('labels:field.role')),
      column('status', t('labels:field.status')),
      column('department', t('labels:field.department')),
      column('owner', t('labels:field.owner')),
      column('legalBases', t('labels:field.legalBases'), noSort),
      column('dataCategories', t('labels:field.dataCategories'), noSort),
      column('retention', t('labels:field.retention')),
      column('reviewDate', t('labels:field.reviewDate')),
      column('updatedAt', t('labels:field.updatedAt')),
    ],
  };
}
