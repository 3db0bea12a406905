// The activities table's columns and the TanStack Table features they use (v9: features and row
// models are declared up front, once, outside the component).
import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconWorld } from '@tabler/icons-react';
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  type ColumnDef,
  type FilterFn,
  type Row,
} from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { ActivitySummary } from '../../../core/contract';
import type { ActivityStatus } from '../../../core/schemas';
import { searchText } from './searchText';

export const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});
type Features = typeof features;
export type ActivityRow = Row<Features, ActivitySummary>;
export type ActivityColumn = ColumnDef<Features, ActivitySummary>;

/** Columns a user can filter with a picker: role, status, legal basis, department. */
export const FILTER_COLUMNS = ['role', 'status', 'legalBases', 'department'] as const;
export type FilterColumn = (typeof FILTER_COLUMNS)[number];

/** Fixed widths keep header and virtual rows aligned; `name` takes the remaining space. */
export const COLUMN_WIDTH: Record<string, number> = {
  reference: 100, name: 280, organisationName: 200, role: 130, status: 100, department: 170, owner: 150,
  legalBases: 220, dataCategories: 260, retention: 220, reviewDate: 130, updatedAt: 170,
};
export const HIDDEN_BY_DEFAULT = { organisationName: false, owner: false, dataCategories: false, retention: false, updatedAt: false };

const equals: FilterFn<Features, ActivitySummary> = (row, id, value) => row.getValue(id) === value;
const listHas: FilterFn<Features, ActivitySummary> = (row, id, value) => (row.getValue(id) as string[]).includes(value as string);
/** The global search runs once per row over its cached search text, not once per column. */
export const globalSearch: FilterFn<Features, ActivitySummary> = (row, _id, value) => searchText(row.original).includes(value as string);
globalSearch.resolveFilterValue = (value: unknown) => String(value).trim().toLowerCase();

const STATUS_COLOR: Record<ActivityStatus, string> = { draft: 'yellow', active: 'teal', retired: 'gray' };
const today = () => new Date().toISOString().slice(0, 10);

export function activityColumns(t: TFunction): ActivityColumn[] {
  const label = (group: string) => (v: string) => t(`labels:${group}.${v}`);
  return [
    { accessorKey: 'reference', header: t('labels:field.reference'), sortFn: 'alphanumeric' },
    {
      accessorKey: 'name',
      header: t('labels:field.name'),
      cell: ({ row }) => (
        <Group gap={6} wrap="nowrap" miw={0}>
          <Text size="sm" fw={500} truncate>
            {row.original.name}
          </Text>
          {row.original.hasSpecialCategories && (
            <Tooltip label={t('activities.special')}>
              <IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" aria-label={t('activities.special')} />
            </Tooltip>
          )}
          {row.original.hasTransfers && (
            <Tooltip label={t('activities.transfers')}>
              <IconWorld size={14} color="var(--mantine-color-blue-6)" aria-label={t('activities.transfers')} />
            </Tooltip>
          )}
        </Group>
      ),
    },
    { accessorKey: 'organisationName', header: t('labels:field.organisation') },
    { accessorKey: 'role', header: t('labels:field.role'), filterFn: equals, cell: ({ getValue }) => label('role')(getValue() as string) },
    {
      accessorKey: 'status',
      header: t('labels:field.status'),
      filterFn: equals,
      cell: ({ getValue }) => {
        const s = getValue() as ActivityStatus;
        return (
          <Badge variant="light" color={STATUS_COLOR[s]} size="sm">
            {t(`labels:status.${s}`)}
          </Badge>
        );
      },
    },
    { accessorKey: 'department', header: t('labels:field.department'), filterFn: equals },
    { accessorKey: 'owner', header: t('labels:field.owner') },
    {
      accessorKey: 'legalBases',
      header: t('labels:field.legalBases'),
      filterFn: listHas,
      enableSorting: false,
      cell: ({ getValue }) => (getValue() as string[]).map(label('legalBasis')).join(', '),
    },
    { accessorKey: 'dataCategories', header: t('labels:field.dataCategories'), enableSorting: false, cell: ({ getValue }) => (getValue() as string[]).join(', ') },
    { accessorKey: 'retention', header: t('labels:field.retention') },
    {
      accessorKey: 'reviewDate',
      header: t('labels:field.reviewDate'),
      cell: ({ getValue }) => {
        const d = getValue() as string | null;
        if (!d) return '';
        return d < today() ? (
          <Text size="sm" c="red" fw={500} title={t('activities.overdue')}>
            {d}
          </Text>
        ) : (
          d
        );
      },
    },
    { accessorKey: 'updatedAt', header: t('labels:field.updatedAt'), cell: ({ getValue }) => String(getValue()).slice(0, 16).replace('T', ' ') },
  ];
}
