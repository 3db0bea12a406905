import { Center, Group, Loader, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { Column, SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ActivitySummary } from '../../../core/api/contract';
import { useAfterFirstPaint } from '../common/afterFirstPaint';
import { COLUMN_WIDTH, type features, type ShowCell } from './activityColumns';
import classes from './ActivityGrid.module.css';
import { cellStyle } from './cellStyle';

const ROW_HEIGHT = 40;
const HEAD_HEIGHT = 42;
type ActivityColumn = Column<typeof features, ActivitySummary>;

const RESIZE_STEP = 16;

/** Memoised: a keystroke in the search box changes the rows, never the header. */
const HeaderCell = memo(function HeaderCell({
  column,
  sorted,
  widths,
  onResize,
}: {
  column: ActivityColumn;
  /** The column's sort, a prop so that the memo sees it change (the column object stays the same). */
  sorted: false | 'asc' | 'desc';
  widths: Record<string, number>;
  onResize: (id: string, width: number) => void;
}) {
  const { t } = useTranslation();
  const title = String(column.columnDef.header);
  const style = cellStyle(column.id, widths);
  const width = () => widths[column.id] ?? COLUMN_WIDTH[column.id] ?? 160;
  // Dragging the edge sets the width; arrow keys on the focused edge do the same in steps.
  const startDrag = (e: PointerEvent<HTMLButtonElement>) => {
    e.preventDefault();
    e.stopPropagation();
    const from = e.clientX;
    const cell = e.currentTarget.parentElement;
    const start = cell ? cell.getBoundingClientRect().width : width();
    const moveTo = (ev: globalThis.PointerEvent) => onResize(column.id, start + ev.clientX - from);
    const stop = () => {
      window.removeEventListener('pointermove', moveTo);
      window.removeEventListener('pointerup', stop);
    };
    window.addEventListener('pointermove', moveTo);
    window.addEventListener('pointerup', stop);
  };
  const keyResize = (e: KeyboardEvent<HTMLButtonElement>) => {
    const delta = e.key === 'ArrowRight' ? RESIZE_STEP : e.key === 'ArrowLeft' ? -RESIZE_STEP : 0;
    if (!delta) return;
    e.preventDefault();
    e.stopPropagation();
    onResize(column.id, width() + delta);
  };
  return (
    <div
      role="columnheader"
      className={`${classes.cell} ${classes.headCell}`}
      style={{ ...style, height: HEAD_HEIGHT }}
      aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
      title={title}
    >
      {column.getCanSort() ? (
        // The whole cell sorts, not only its text.
        <UnstyledButton onClick={column.getToggleSortingHandler()} className={classes.sortButton}>
          <Group gap={4} wrap="nowrap" miw={0}>
            <span className={classes.headText}>{title}</span>
            {sorted === 'asc' && <IconArrowUp size={14} />}
            {sorted === 'desc' && <IconArrowDown size={14} />}
          </Group>
        </UnstyledButton>
      ) : (
        <span className={classes.headText}>{title}</span>
      )}
      <button
        type="button"
        aria-label={t('activities.resizeColumn', { column: title })}
        className={classes.resizer}
        onPointerDown={startDrag}
        onKeyDown={keyResize}
        onClick={(e) => e.stopPropagation()}
      />
    </div>
  );
});

const sortOf = (sorting: SortingState, id: string): false | 'asc' | 'desc' => {
  const rule = sorting.find((s) => s.id === id);
  return rule ? (rule.desc ? 'desc' : 'asc') : false;
};

/** The rows a scroll position shows, by index (the header row excluded). */
function rowsInView(scroller: HTMLElement, count: number): [first: number, last: number] {
  const first = Math.floor(scroller.scrollTop / ROW_HEIGHT);
  const last = Math.floor((scroller.scrollTop + scroller.clientHeight - HEAD_HEIGHT) / ROW_HEIGHT);
  return [first, Math.min(count - 1, last)];
}

/** The first and last row in the DOM, by index. */
function rowsRendered(scroller: HTMLElement): [first: number, last: number] {
  const rows = scroller.querySelectorAll('[role="row"][aria-rowindex]');
  const index = (row: Element | undefined) => Number(row?.getAttribute('aria-rowindex') ?? NaN) - 2;
  return [index(rows[0]), index(rows[rows.length - 1])];
}

/**
 * The virtualizer renders the rows for a new scroll position before the frame is painted, but now
 * and then, after a long jump, it leaves the rows of the last position for a frame, and the view
 * shows no rows at all (`npm run bench browser-100k` counts such frames). This listener, after the
 * virtualizer's own, renders at once when the rows in the DOM do not cover the view.
 */
function useRowsCoverView(scroller: React.RefObject<HTMLDivElement | null>, count: number): void {
  const [, render] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const cover = () => {
      const [first, last] = rowsInView(el, count);
      const [from, to] = rowsRendered(el);
      if (count > 0 && !(from <= first && last <= to)) flushSync(render);
    };
    el.addEventListener('scroll', cover, { passive: true });
    return () => el.removeEventListener('scroll', cover);
  }, [scroller, count]);
}

/**
 * Rows rendered beyond the view on each side, so that a scroll finds them there. Every row in the
 * DOM is rendered, laid out and painted again by a search keystroke that changes the rows, so they
 * cost every such key: 3 rather than 8 (21 rows instead of 26 in a 900-pixel window) took a fifth
 * off those keys (`npm run bench browser`). A wheel step (100 px) stays within them, and a longer
 * jump is covered by useRowsCoverView.
 */
const OVERSCAN = 3;

/** Whether a cell, or the text inside it, is cut off. */
const isCut = (cell: HTMLElement): boolean =>
  [cell, ...cell.querySelectorAll<HTMLElement>('*')].some((el) => el.scrollWidth > el.clientWidth + 1);

/** A cut-off cell shows its whole text as the mouse's tooltip (set on hover, when it is cut). */
function showCutText(e: MouseEvent<HTMLDivElement>): void {
  const cell = (e.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
  if (cell) cell.title = isCut(cell) ? (cell.textContent ?? '') : '';
}

/** The visible columns with what a row needs of each: its cell and its style (one object per column, shared by every row). */
interface RowColumn {
  id: string;
  show: ShowCell;
  style: CSSProperties;
}

/**
 * A row's cells render again only when its activity, the columns or their widths change: a
 * keystroke in the search box, a scroll or a new current row leaves the rows still in view alone.
 */
const RowCells = memo(function RowCells({ activity, columns }: { activity: ActivitySummary; columns: RowColumn[] }) {
  return columns.map((c) => (
    <div role="gridcell" key={c.id} className={classes.cell} style={c.style}>
      {c.show(activity)}
    </div>
  ));
});

const GridRow = memo(function GridRow({
  activity,
  index,
  start,
  active,
  describedBy,
  columns,
  onOpen,
}: {
  activity: ActivitySummary;
  index: number;
  start: number;
  active: boolean;
  describedBy: string | undefined;
  columns: RowColumn[];
  onOpen: (id: string) => void;
}) {
  const row = useRef<HTMLDivElement>(null);
  // The row's element now shows another activity (rows are kept by position, below): a cut-off
  // cell's tooltip, set on hover for the last one, would show that one's text under a resting mouse.
  const { id } = activity;
  useLayoutEffect(() => {
    for (const cell of row.current?.querySelectorAll('[role="gridcell"][title]') ?? []) cell.removeAttribute('title');
  }, [id]);
  return (
    // Keyboard users open the active row with Enter on the grid (its onKeyDown below).
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <div
      ref={row}
      role="row"
      className={classes.row}
      aria-rowindex={index + 2}
      aria-selected={active}
      aria-describedby={describedBy}
      data-activity-id={activity.id}
      tabIndex={-1}
      onClick={() => onOpen(activity.id)}
      // Keyboard users get the same full text below the current row (the grid's fullText).
      // eslint-disable-next-line jsx-a11y/mouse-events-have-key-events
      onMouseOver={showCutText}
      style={{ height: ROW_HEIGHT, transform: `translateY(${start}px)` }}
    >
      <RowCells activity={activity} columns={columns} />
    </div>
  );
});

/**
 * Only the rows in view (plus a few) are in the DOM. The grid takes the keyboard: arrows move the
 * current row, Page Up/Down and Home/End jump, Enter opens it.
 */
export function ActivityGrid(props: {
  shown: readonly ActivitySummary[];
  /**
   * Set while the whole list loads: how many rows it will have. The grid is marked busy and its
   * scrollbar sized for all of them, so that it does not jump when they come.
   */
  total?: number | undefined;
  /** The table's sort (ActivitiesTable's own state, which the header shows). */
  sorting: SortingState;
  /** The visible columns, for the header… */
  columns: ActivityColumn[];
  /** …and each column's cell by id (activityColumns.tsx). */
  cells: Record<string, ShowCell>;
  widths: Record<string, number>;
  onResize: (id: string, width: number) => void;
  onOpen: (id: string) => void;
}) {
  const { shown: rows, total, sorting, columns, cells, widths, onResize, onOpen } = props;
  const rowColumns = useMemo(
    () => columns.map((c) => ({ id: c.id, show: cells[c.id] ?? (() => null), style: cellStyle(c.id, widths) })),
    [columns, cells, widths],
  );
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(0);
  const active = Math.min(current, rows.length - 1);
  // The first screen holds the rows a window-high grid shows and no more (in a window 900 pixels
  // high, 23 rows instead of 26); the grid is measured, and the rows for scrolling rendered, right
  // after its paint. Measured sooner, the grid would cost the first screen a layout of its own and
  // a second render, and every effect of the first one would run before it is painted.
  const painted = useAfterFirstPaint();
  // This build does not use the React Compiler, so nothing memoizes around the virtualizer.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => (painted ? scroller.current : null),
    estimateSize: () => ROW_HEIGHT,
    overscan: painted ? OVERSCAN : 0,
    scrollPaddingStart: HEAD_HEIGHT,
    // The window's size until the grid is measured: the first render already holds the first
    // rows, instead of an empty grid rendered again once measured.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });

  useRowsCoverView(scroller, rows.length);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    setCurrent(next);
    virtualizer.scrollToIndex(next);
  };
  // While the grid has the keyboard, the current row's cut-off cells show their whole text below it.
  const [focused, setFocused] = useState(false);
  const [cut, setCut] = useState<{ id: string; texts: string[] } | null>(null);
  const activeId = rows[active]?.id ?? null;
  useEffect(() => {
    if (!focused || !activeId) return;
    const frame = requestAnimationFrame(() => {
      const row = scroller.current?.querySelector(`[data-activity-id="${CSS.escape(activeId)}"]`);
      const texts = [...(row?.querySelectorAll<HTMLElement>('[role="gridcell"]') ?? [])]
        .filter(isCut)
        .map((c) => c.textContent ?? '')
        .filter(Boolean);
      setCut(texts.length ? { id: activeId, texts } : null);
    });
    return () => cancelAnimationFrame(frame);
  }, [focused, activeId, widths, columns]);
  const fullText = focused && cut && cut.id === activeId ? cut : null;
  const activeItem = virtualizer.getVirtualItems().find((i) => i.index === active);

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
      aria-rowcount={(total ?? rows.length) + 1}
      aria-busy={total !== undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(e) => e.target === e.currentTarget && setFocused(true)}
      onBlur={() => setFocused(false)}
      data-testid="activity-grid"
      className={classes.scroller}
    >
      <div className={classes.grid}>
        <div role="row" className={classes.head}>
          {columns.map((column) => (
            <HeaderCell
              key={column.id}
              column={column}
              sorted={sortOf(sorting, column.id)}
              widths={widths}
              onResize={onResize}
            />
          ))}
        </div>
        {rows.length === 0 &&
          (total === undefined ? (
            <Text c="dimmed" size="sm" ta="center" py="xl">
              {t('activities.noMatch')}
            </Text>
          ) : (
            <Center py="xl">
              <Loader size="sm" aria-label={t('state.loading')} />
            </Center>
          ))}
        <div
          role="rowgroup"
          className={classes.body}
          style={{ height: rows.length === 0 ? 0 : Math.max(virtualizer.getTotalSize(), (total ?? 0) * ROW_HEIGHT) }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const activity = rows[item.index]!;
            return (
              // Keyed by position, not by activity: a keystroke that changes the rows in view then
              // puts new text into the row elements already there, instead of removing them and
              // building and styling new ones (a third less work for the keys that change the rows).
              <GridRow
                key={item.index}
                activity={activity}
                index={item.index}
                start={item.start}
                active={item.index === active}
                describedBy={fullText && item.index === active ? 'activity-full-text' : undefined}
                columns={rowColumns}
                onOpen={onOpen}
              />
            );
          })}
          {fullText && activeItem && (
            <div
              id="activity-full-text"
              role="tooltip"
              className={classes.fullText}
              style={{ transform: `translateY(${activeItem.start + ROW_HEIGHT}px)` }}
            >
              {fullText.texts.map((text, i) => (
                <div key={i}>{text}</div>
              ))}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
