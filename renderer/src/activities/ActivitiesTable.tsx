import { Badge, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySummary } from '../../../core/api/contract';
import { activityColumns, features, HIDDEN_BY_DEFAULT, type FilterColumn } from './activityColumns';
import { ActivityFilters, type FilterValues } from './ActivityFilters';
import { ColumnMenu } from './ColumnMenu';
import { publishShownActivities } from '../exports/shownActivities';
import { useDateStyle, useLanguage } from '../language';
import { ActivityGrid } from './ActivityGrid';
import { filterSummaries } from './filterSummaries';
import { searchText } from '../../../core/api/search';
import { SEARCH_TARGET, takeSearchRequest } from '../keyboard/shortcuts';
import { sortSummaries } from './sortSummaries';
import { clampWidth, loadTableState, saveTableState, type TableState } from './tableState';
import type { ActivityQuery, Only } from '../route';

/** All summaries are loaded once; sorting, then search and filters, run here in memory. */
const DEFAULTS: TableState = {
  sorting: [{ id: 'reference', desc: false }],
  columnVisibility: HIDDEN_BY_DEFAULT,
  widths: {},
};

export function ActivitiesTable({
  data,
  onOpen,
  registerPath,
  query,
}: {
  data: ActivitySummary[];
  onOpen: (id: string) => void;
  /** The table's columns, sort and widths are kept per register. */
  registerPath: string;
  /** Where an Overview tile sent the user: a status picked, or only overdue reviews or transfers. */
  query: ActivityQuery;
}) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const dateStyle = useDateStyle();
  const columns = useMemo(() => activityColumns(t, dateStyle, i18n.language), [t, dateStyle, i18n.language]);
  const [kept] = useState(() => loadTableState(registerPath, DEFAULTS));
  const [sorting, setSorting] = useState<SortingState>(kept.sorting);
  const [widths, setWidths] = useState(kept.widths);
  const sorted = useMemo(() => sortSummaries(data, sorting, lang), [data, sorting, lang]);
  const table = useTable({
    features,
    columns,
    data: sorted,
    manualSorting: true,
    manualFiltering: true,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (a) => a.id,
    initialState: {
      columnVisibility: { ...HIDDEN_BY_DEFAULT, ...kept.columnVisibility },
      columnFilters: query.status ? [{ id: 'status', value: query.status }] : [],
    },
  });
  const [only, setOnly] = useState<Only | null>(query.only ?? null);
  // Build the search texts while the user reads the first rows, not on their first keystroke.
  useEffect(() => {
    const idle = requestIdleCallback(() => data.forEach(searchText));
    return () => cancelIdleCallback(idle);
  }, [data]);
  const departments = useMemo(
    () => [...new Set(data.map((a) => a.department).filter(Boolean))].sort((a, b) => a.localeCompare(b)),
    [data],
  );
  const { columnFilters, columnVisibility } = table.state;
  useEffect(
    () => saveTableState(registerPath, { sorting, columnVisibility, widths }),
    [registerPath, sorting, columnVisibility, widths],
  );
  const resize = useCallback((id: string, width: number) => setWidths((w) => ({ ...w, [id]: clampWidth(width) })), []);
  const filters: FilterValues = useMemo(
    () => Object.fromEntries(columnFilters.map((f) => [f.id, f.value as string])),
    [columnFilters],
  );
  const setFilter = useCallback(
    (column: FilterColumn, value: string | null) => table.getColumn(column)?.setFilterValue(value ?? undefined),
    [table],
  );
  const toggles = useMemo(
    () =>
      table.getAllLeafColumns().map((c) => ({
        id: c.id,
        label: String(c.columnDef.header),
        visible: columnVisibility[c.id] !== false,
        toggle: (v: boolean) => c.toggleVisibility(v),
      })),
    [table, columnVisibility],
  );
  const search = String(table.state.globalFilter ?? '');
  const shown = useMemo(
    () => filterSummaries(sorted, columnFilters, search, only),
    [sorted, columnFilters, search, only],
  );
  // The export dialog offers "only these activities" while a search or filter narrows the table.
  useEffect(() => publishShownActivities(shown.length < data.length ? shown : null), [shown, data]);
  useEffect(() => () => publishShownActivities(null), []);
  const leaves = table.getVisibleLeafColumns();

  return (
    <Stack gap="sm" h="100%">
      <Group gap="xs" wrap="wrap">
        <TextInput
          {...{ [SEARCH_TARGET]: true }}
          ref={(box) => {
            if (box && takeSearchRequest()) box.focus();
          }}
          aria-label={t('activities.search')}
          placeholder={t('activities.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => table.setGlobalFilter(e.currentTarget.value)}
          w={300}
        />
        <ActivityFilters values={filters} departments={departments} onChange={setFilter} />
        {only && (
          <Badge
            size="lg"
            variant="light"
            tt="none"
            fw={500}
            data-testid="only-filter"
            rightSection={
              <CloseButton
                size="xs"
                aria-label={t('activities.only.remove', { what: t(`activities.only.${only}`) })}
                onClick={() => setOnly(null)}
              />
            }
          >
            {t(`activities.only.${only}`)}
          </Badge>
        )}
        <Group gap="xs" ml="auto" wrap="nowrap">
          <Text size="sm" c="dimmed" data-testid="row-count" aria-live="polite">
            {t('activities.count', { shown: shown.length, count: data.length })}
          </Text>
          <ColumnMenu columns={toggles} />
        </Group>
      </Group>
      <ActivityGrid
        shown={shown}
        rowOf={(id) => table.getRow(id)}
        columns={leaves}
        widths={widths}
        onResize={resize}
        onOpen={onOpen}
      />
    </Stack>
  );
}
