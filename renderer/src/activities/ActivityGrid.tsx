import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { flexRender, type Column } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySummary } from '../../../core/api/contract';
import type { ActivityRow, features } from './activityColumns';
import classes from './ActivityGrid.module.css';
import { cellStyle } from './cellStyle';

const ROW_HEIGHT = 40;
const HEAD_HEIGHT = 42;
type ActivityColumn = Column<typeof features, ActivitySummary>;

function HeaderCell({ column }: { column: ActivityColumn }) {
  const sorted = column.getIsSorted();
  const title = String(column.columnDef.header);
  return (
    <div
      role="columnheader"
      className={classes.cell}
      style={{ ...cellStyle(column.id), height: HEAD_HEIGHT }}
      aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      {column.getCanSort() ? (
        <UnstyledButton onClick={column.getToggleSortingHandler()} className={classes.sortButton}>
          <Group gap={4} wrap="nowrap">
            {title}
            {sorted === 'asc' && <IconArrowUp size={14} />}
            {sorted === 'desc' && <IconArrowDown size={14} />}
          </Group>
        </UnstyledButton>
      ) : (
        title
      )}
    </div>
  );
}

/**
 * Only the rows in view (plus a few) are in the DOM. The grid takes the keyboard: arrows move the
 * current row, Page Up/Down and Home/End jump, Enter opens it.
 */
export function ActivityGrid(props: {
  shown: ActivitySummary[];
  rowOf: (id: string) => ActivityRow;
  columns: ActivityColumn[];
  onOpen: (id: string) => void;
}) {
  const { shown: rows, rowOf, columns, onOpen } = props;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(0);
  const active = Math.min(current, rows.length - 1);
  // This build does not use the React Compiler, so nothing memoizes around the virtualizer.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollPaddingStart: HEAD_HEIGHT,
  });

  const move = (to: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    setCurrent(next);
    virtualizer.scrollToIndex(next);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + page),
      PageUp: () => move(active - page),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => {
        const row = rows[active];
        if (row) onOpen(row.id);
      },
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  return (
    // The grid is one tab stop: arrows, Page keys, Home/End and Enter act on the active (aria-selected) row.
    <div
      ref={scroller}
      role="grid"
      aria-label={t('activities.tableLabel')}
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="activity-grid"
      className={classes.scroller}
    >
      <div className={classes.grid}>
        <div role="row" className={classes.head}>
          {columns.map((column) => (
            <HeaderCell key={column.id} column={column} />
          ))}
        </div>
        {rows.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="xl">
            {t('activities.noMatch')}
          </Text>
        )}
        <div role="rowgroup" className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rowOf(rows[item.index]!.id);
            return (
              // Keyboard users open the active row with Enter on the grid (its onKeyDown above).
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <div
                role="row"
                key={row.id}
                className={classes.row}
                aria-rowindex={item.index + 2}
                aria-selected={item.index === active}
                data-activity-id={row.id}
                tabIndex={-1}
                onClick={() => onOpen(row.id)}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                {row.getVisibleCells().map((cell) => (
                  <div role="gridcell" key={cell.id} className={classes.cell} style={cellStyle(cell.column.id)}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
