import { Box, Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { flexRender, type Column } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySummary } from '../../../core/contract';
import type { ActivityRow, features } from './activityColumns';
import { cellStyle } from './cellStyle';

const ROW_HEIGHT = 40;
type ActivityColumn = Column<typeof features, ActivitySummary>;

function HeaderCell({ column }: { column: ActivityColumn }) {
  const sorted = column.getIsSorted();
  const title = String(column.columnDef.header);
  return (
    <Table.Th component="div" role="columnheader" style={cellStyle(column.id)} aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}>
      {column.getCanSort() ? (
        <UnstyledButton onClick={column.getToggleSortingHandler()} fw={600} fz="sm">
          <Group gap={4} wrap="nowrap">
            {title}
            {sorted === 'asc' && <IconArrowUp size={14} />}
            {sorted === 'desc' && <IconArrowDown size={14} />}
          </Group>
        </UnstyledButton>
      ) : (
        title
      )}
    </Table.Th>
  );
}

/**
 * Only the rows in view (plus a few) are in the DOM. The grid takes the keyboard: arrows move the
 * current row, Home/End jump, Enter opens it.
 */
export function ActivityGrid({ rows, columns, onOpen }: { rows: ActivityRow[]; columns: ActivityColumn[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(0);
  const active = Math.min(current, rows.length - 1);
  // This build does not use the React Compiler, so nothing memoizes around the virtualizer.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });

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
    <Box
      ref={scroller}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="activity-grid"
      style={{ overflow: 'auto', flex: 1, minHeight: 240, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}
    >
      <Table component="div" role="grid" aria-label={t('activities.tableLabel')} aria-rowcount={rows.length + 1} style={{ display: 'grid' }} highlightOnHover>
        <Table.Thead component="div" role="rowgroup" style={{ display: 'grid', position: 'sticky', top: 0, zIndex: 1, background: 'var(--mantine-color-gray-0)' }}>
          <Table.Tr component="div" role="row" style={{ display: 'flex' }}>
            {columns.map((column) => (
              <HeaderCell key={column.id} column={column} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody component="div" role="rowgroup" style={{ display: 'grid', position: 'relative', height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const selected = item.index === active;
            return (
              <Table.Tr
                component="div"
                role="row"
                key={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                data-activity-id={row.id}
                onClick={() => onOpen(row.id)}
                style={{
                  display: 'flex',
                  position: 'absolute',
                  width: '100%',
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  cursor: 'pointer',
                  background: selected ? 'var(--mantine-color-indigo-0)' : undefined,
                }}
              >
                {row.getVisibleCells().map((cell) => (
                  <Table.Td component="div" role="gridcell" key={cell.id} style={cellStyle(cell.column.id)}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
