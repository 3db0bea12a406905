import { Badge, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySummary } from '../../../core/api/contract';
import { activityColumns, features, HIDDEN_BY_DEFAULT, type FilterColumn } from './activityColumns';
import { ActivityFilters, type FilterValues } from './ActivityFilters';
import { ColumnMenu } from './ColumnMenu';
import { publishShownActivities } from '../exports/shownActivities';
import { useDateStyle, useLanguage } from '../language';
import { ActivityGrid } from './ActivityGrid';
import gridClasses from './ActivityGrid.module.css';
import { narrowingFilter } from './filterSummaries';
import { SearchIndex } from './searchIndex';
import { SEARCH_TARGET, takeSearchRequest } from '../keyboard/shortcuts';
import { leadingRows, sortSummaries } from './sortSummaries';
import type { ActivityRows } from './activityRows';
import { clampWidth, loadTableState, saveTableState, type TableState } from './tableState';
import type { ActivityQuery, Only } from '../route';

/** All summaries are loaded once; sorting, then search and filters, run here in memory. */
const DEFAULTS: TableState = {
  sorting: [{ id: 'reference', desc: false }],
  columnVisibility: HIDDEN_BY_DEFAULT,
  widths: {},
};
/**
 * The table itself holds no rows: a row model over every activity would cost a row object per
 * activity on each load (100,000 at the large end), and only the rows in view are ever rendered.
 */
const NO_ROWS: ActivitySummary[] = [];
const NO_DEPARTMENTS: string[] = [];

/**
 * Builds the search index while the user reads the first rows, not on their first keystroke: in
 * slices that leave every frame time to scroll, however long the list. Then, with time to spare,
 * runs a search the user will not see, so that their first keystrokes find its code compiled.
 */
function buildWhenIdle(index: SearchIndex): () => void {
  let idle = 0;
  const slice = (deadline: IdleDeadline) => {
    let done = index.complete;
    while (!done && deadline.timeRemaining() > 1) done = index.grow(500);
    if (!done) idle = requestIdleCallback(slice);
    else if (deadline.timeRemaining() > 4) index.warmUp();
  };
  idle = requestIdleCallback(slice);
  return () => cancelIdleCallback(idle);
}

/** The departments the register uses, A to Z: one pass, no list of 100,000 names in between. */
function departmentsOf(data: readonly ActivitySummary[]): string[] {
  const seen = new Set<string>();
  for (const a of data) if (a.department) seen.add(a.department);
  return [...seen].sort((a, b) => a.localeCompare(b));
}

/**
 * The search box holds its own text (uncontrolled) and is memoised: a keystroke then re-renders the
 * rows and the count, not the box, its label and its icon (Mantine's input works out its styles on
 * every render, about a millisecond per keystroke of the table's frame).
 */
const SearchBox = memo(function SearchBox({ onSearch }: { onSearch: (text: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextInput
      {...{ [SEARCH_TARGET]: true }}
      ref={(box) => {
        if (box && takeSearchRequest()) box.focus();
      }}
      aria-label={t('activities.search')}
      placeholder={t('activities.searchPlaceholder')}
      leftSection={<IconSearch size={16} />}
      defaultValue=""
      onChange={(e) => onSearch(e.currentTarget.value)}
      w={300}
    />
  );
});

export function ActivitiesTable({
  rows,
  onOpen,
  registerPath,
  query,
}: {
  /** Every activity, or only the first ones while the rest load (activityRows.ts). */
  rows: ActivityRows;
  onOpen: (id: string) => void;
  /** The table's columns, sort and widths are kept per register. */
  registerPath: string;
  /** Where an Overview tile sent the user: a status picked, or only overdue reviews or transfers. */
  query: ActivityQuery;
}) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const dateStyle = useDateStyle();
  const { defs: columns, cells } = useMemo(
    () => activityColumns(t, dateStyle, i18n.language, gridClasses.status ?? ''),
    [t, dateStyle, i18n.language],
  );
  const [kept] = useState(() => loadTableState(registerPath, DEFAULTS));
  const [sorting, setSorting] = useState<SortingState>(kept.sorting);
  const [widths, setWidths] = useState(kept.widths);
  const { list: data, total, complete } = rows;
  const sorted = useMemo(() => (complete ? sortSummaries(data, sorting, lang) : data), [complete, data, sorting, lang]);
  const live = useTable({
    features,
    columns,
    data: NO_ROWS,
    manualSorting: true,
    // Every sortable column holds text, which sorts A to Z first (the table would guess this from
    // its rows, and it holds none).
    sortDescFirst: false,
    manualFiltering: true,
    state: { sorting },
    onSortingChange: setSorting,
    initialState: {
      columnVisibility: { ...HIDDEN_BY_DEFAULT, ...kept.columnVisibility },
      columnFilters: query.status ? [{ id: 'status', value: query.status }] : [],
    },
  });
  // useTable answers a new object on every render (its options spread in) around one instance whose
  // methods and state store stay the same. Callbacks and memos below hold on to the first answer,
  // so a keystroke leaves them (and the rows and pickers they feed) as they were.
  const [table] = useState(() => live);
  const [only, setOnly] = useState<Only | null>(query.only ?? null);
  const index = useMemo(() => new SearchIndex(data), [data]);
  useEffect(() => buildWhenIdle(index), [index]);
  // The picker offers the register's departments, which only the whole list knows (and sorting
  // them by the collation costs its start-up, some milliseconds the first screen need not wait for).
  const departments = useMemo(() => (complete ? departmentsOf(data) : NO_DEPARTMENTS), [complete, data]);
  const { columnFilters, columnVisibility } = live.state;
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
  const allColumns = table.getAllLeafColumns();
  const toggles = useMemo(
    () =>
      allColumns.map((c) => ({
        id: c.id,
        label: String(c.columnDef.header),
        visible: columnVisibility[c.id] !== false,
        toggle: (v: boolean) => c.toggleVisibility(v),
      })),
    [allColumns, columnVisibility],
  );
  const search = String(live.state.globalFilter ?? '');
  const onSearch = useCallback((text: string) => table.setGlobalFilter(text), [table]);
  const filter = useMemo(() => narrowingFilter(index), [index]);
  // With only the first rows here, the table shows them if they are its first rows as it stands;
  // a search, filter or sort waits for the whole list (null: nothing to show yet), and whatever
  // the user set meanwhile applies once it is here.
  const narrowed = search !== '' || columnFilters.length > 0 || only !== null;
  const shown = useMemo(
    () => (complete ? filter(sorted, columnFilters, search, only) : narrowed ? null : leadingRows(data, sorting, lang)),
    [complete, filter, sorted, data, columnFilters, search, only, narrowed, sorting, lang],
  );
  // The export dialog offers "only these activities" while a search or filter narrows the table.
  // Published when the browser is idle: the dialog reads it when opened, and publishing at once
  // would render the (closed) dialog again with every keystroke.
  useEffect(() => {
    const idle = requestIdleCallback(() => publishShownActivities(shown && shown.length < total ? shown : null), {
      timeout: 250,
    });
    return () => cancelIdleCallback(idle);
  }, [shown, total]);
  useEffect(() => () => publishShownActivities(null), []);
  const leaves = table.getVisibleLeafColumns();

  return (
    <Stack gap="sm" h="100%">
      <Group gap="xs" wrap="wrap">
        <SearchBox onSearch={onSearch} />
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
            {t('activities.count', { shown: complete && shown ? shown.length : total, count: total })}
          </Text>
          <ColumnMenu columns={toggles} />
        </Group>
      </Group>
      <ActivityGrid
        shown={shown ?? NO_ROWS}
        total={complete ? undefined : total}
        sorting={sorting}
        columns={leaves}
        cells={cells}
        widths={widths}
        onResize={resize}
        onOpen={onOpen}
      />
    </Stack>
  );
}
