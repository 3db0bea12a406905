import type { CSSProperties } from 'react';
import { COLUMN_WIDTH } from './activityColumns';

/**
 * Header cells and virtual row cells share one width rule, so columns stay aligned. Only the width
 * is set per cell; the rest of a cell's look is the grid's `.cell` class, so a new row sets one
 * style property per cell rather than seven.
 */
export function cellStyle(columnId: string, widths: Record<string, number> = {}): CSSProperties {
  const width = widths[columnId] ?? COLUMN_WIDTH[columnId] ?? 160;
  return { flex: columnId === 'name' ? `1 0 ${width}px` : `0 0 ${width}px` };
}
