import type { CSSProperties } from 'react';
import { COLUMN_WIDTH } from './activityColumns';

/** Header cells and virtual row cells share one width rule, so columns stay aligned. */
export function cellStyle(columnId: string, widths: Record<string, number> = {}): CSSProperties {
  const width = widths[columnId] ?? COLUMN_WIDTH[columnId] ?? 160;
  return {
    display: 'flex',
    alignItems: 'center',
    flex: columnId === 'name' ? `1 0 ${width}px` : `0 0 ${width}px`,
    minWidth: 0,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
  };
}
