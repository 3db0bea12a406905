// The activities table as the user left it, per register: which columns show, the sort and the
// column widths. Kept with the user's preferences under the register's path, so each register
// opens the way it was last used.
import type { SortingState, ColumnVisibilityState } from '@tanstack/react-table';
import { preferences } from '../preferences';

export interface TableState {
  sorting: SortingState;
  columnVisibility: ColumnVisibilityState;
  widths: Record<string, number>;
}

export const MIN_WIDTH = 60;
export const MAX_WIDTH = 1_200;

const key = (registerPath: string) => `activities-table:${registerPath}`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What was kept for this register, with anything malformed (an older version, a hand edit) dropped. */
export function readTableState(text: string | null, fallback: TableState): TableState {
  if (!text) return fallback;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fallback;
  }
  if (!isRecord(raw)) return fallback;
  const sorting = Array.isArray(raw.sorting)
    ? raw.sorting.filter(
        (s): s is { id: string; desc: boolean } =>
          isRecord(s) && typeof s.id === 'string' && typeof s.desc === 'boolean',
      )
    : fallback.sorting;
  const visibility = isRecord(raw.columnVisibility)
    ? Object.fromEntries(
        Object.entries(raw.columnVisibility).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'),
      )
    : fallback.columnVisibility;
  const widths = isRecord(raw.widths)
    ? Object.fromEntries(
        Object.entries(raw.widths)
          .filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]))
          .map(([id, w]) => [id, clampWidth(w)]),
      )
    : fallback.widths;
  return {
    sorting: sorting.map((s) => ({ id: s.id, desc: s.desc })),
    columnVisibility: visibility,
    widths,
  };
}

export const clampWidth = (w: number): number => Math.round(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w)));

export function loadTableState(registerPath: string, fallback: TableState): TableState {
  return readTableState(preferences().get(key(registerPath)), fallback);
}

export function saveTableState(registerPath: string, state: TableState): void {
  preferences().set(key(registerPath), JSON.stringify(state));
}
