import { Group, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySummary } from '../../../core/contract';
import { activityColumns, features, globalSearch, HIDDEN_BY_DEFAULT, type FilterColumn } from './activityColumns';
import { ActivityFilters, type FilterValues } from './ActivityFilters';
import { ColumnMenu } from './ColumnMenu';
import { ActivityGrid } from './ActivityGrid';

/** All summaries are loaded once; search, filters and sorting run here, in memory. */
export function ActivitiesTable({ data, onOpen }: { data: ActivitySummary[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const columns = useMemo(() => activityColumns(t), [t]);
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (a) => a.id,
    globalFilterFn: globalSearch,
    getColumnCanGlobalFilter: (column) => column.id === 'name',
    initialState: { columnVisibility: HIDDEN_BY_DEFAULT, sorting: [{ id: 'reference', desc: false }] },
  });
  const departments = useMemo(() => [...new Set(data.map((a) => a.department).filter(Boolean))].sort((a, b) => a.localeCompare(b)), [data]);
  const filters: FilterValues = Object.fromEntries(table.state.columnFilters.map((f) => [f.id, f.value as string]));
  const setFilter = (column: FilterColumn, value: string | null) => table.getColumn(column)?.setFilterValue(value ?? undefined);
  const rows = table.getRowModel().rows;
  const leaves = table.getVisibleLeafColumns();

  return (
    <Stack gap="sm" h="100%">
      <Group gap="xs" wrap="wrap">
        <TextInput
          aria-label={t('activities.search')}
          placeholder={t('activities.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={String(table.state.globalFilter ?? '')}
          onChange={(e) => table.setGlobalFilter(e.currentTarget.value)}
          w={300}
        />
        <ActivityFilters values={filters} departments={departments} onChange={setFilter} />
        <Group gap="xs" ml="auto" wrap="nowrap">
          <Text size="sm" c="dimmed" data-testid="row-count" aria-live="polite">
            {t('activities.count', { shown: rows.length, total: data.length })}
          </Text>
          <ColumnMenu
            columns={table.getAllLeafColumns().map((c) => ({
              id: c.id,
              label: String(c.columnDef.header),
              visible: c.getIsVisible(),
              toggle: (v) => c.toggleVisibility(v),
            }))}
          />
        </Group>
      </Group>
      <ActivityGrid rows={rows} columns={leaves} onOpen={onOpen} />
    </Stack>
  );
}
