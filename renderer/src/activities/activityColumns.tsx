// The activities table's columns and the TanStack Table features they use (v9: features and row
// models are declared up front, once, outside the component).
import { Badge } from '@mantine/core';
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
import type { ActivitySummary } from '../../../core/api/contract';
import { formatDate, type DateStyle } from '../../../core/api/dates';
import type { ActivityStatus } from '../../../core/api/schemas';
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

const STATUS_COLOR: Record<ActivityStatus, string> = { draft: 'yellow', active: 'teal', retired: 'gray' };
const today = () => new Date().toISOString().slice(0, 10);

/** `lang`: the UI language, for the time of the last change (format.ts). */
export function activityColumns(t: TFunction, dateStyle: DateStyle, lang: string): ActivityColumn[] {
  // Each label is looked up once per set of columns: a row in view then renders without i18next.
  const labels = new Map<string, string>();
  const word = (key: string): string => {
    let text = labels.get(key);
    if (text === undefined) labels.set(key, (text = t(key)));
    return text;
  };
  const label = (group: string) => (v: string) => word(`labels:${group}.${v}`);
  const special = t('activities.special');
  const transfers = t('activities.transfers');
  const overdue = t('activities.overdue');
  return [
    { accessorKey: 'reference', header: t('labels:field.reference') },
    {
      accessorKey: 'name',
      header: t('labels:field.name'),
      cell: ({ row }) => (
        <span style={{ display: 'flex', gap: 6, alignItems: 'center', minWidth: 0 }}>
          <span style={{ fontWeight: 500, overflow: 'hidden', textOverflow: 'ellipsis' }}>{row.original.name}</span>
          {/* A native title, not a Mantine Tooltip: cheap enough to render in every visible row. */}
          {row.original.hasSpecialCategories && (
            <span title={special} style={{ display: 'inline-flex' }}>
              <IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" aria-label={special} />
            </span>
          )}
          {row.original.hasTransfers && (
            <span title={transfers} style={{ display: 'inline-flex' }}>
              <IconWorld size={14} color="var(--mantine-color-blue-6)" aria-label={transfers} />
            </span>
          )}
        </span>
      ),
    },
    { accessorKey: 'organisationName', header: t('labels:field.organisation') },
    {
      accessorKey: 'role',
      header: t('labels:field.role'),
      cell: ({ getValue }) => label('role')(getValue() as string),
    },
    {
      accessorKey: 'status',
      header: t('labels:field.status'),
      cell: ({ getValue }) => {
        const s = getValue() as ActivityStatus;
        return (
          <Badge variant="light" color={STATUS_COLOR[s]} size="sm">
            {label('status')(s)}
          </Badge>
        );
      },
    },
    { accessorKey: 'department', header: t('labels:field.department') },
    { accessorKey: 'owner', header: t('labels:field.owner') },
    {
      accessorKey: 'legalBases',
      header: t('labels:field.legalBases'),
      enableSorting: false,
      cell: ({ getValue }) => (getValue() as string[]).map(label('legalBasis')).join(', '),
    },
    {
      accessorKey: 'dataCategories',
      header: t('labels:field.dataCategories'),
      enableSorting: false,
      cell: ({ getValue }) => (getValue() as string[]).join(', '),
    },
    { accessorKey: 'retention', header: t('labels:field.retention') },
    {
      accessorKey: 'reviewDate',
      header: t('labels:field.reviewDate'),
      cell: ({ getValue }) => {
        const d = getValue() as string | null;
        if (!d) return '';
        return d < today() ? (
          <span style={{ color: 'var(--mantine-color-red-7)', fontWeight: 500 }} title={overdue}>
            {formatDate(d, dateStyle)}
          </span>
        ) : (
          formatDate(d, dateStyle)
        );
      },
    },
    {
      accessorKey: 'updatedAt',
      header: t('labels:field.updatedAt'),
      cell: ({ getValue }) => formatWhen(String(getValue()), lang),
    },
  ];
}
