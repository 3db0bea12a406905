import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, LEGAL_BASES } from '../../../core/api/enums';
import { Picker } from '../common/afterFirstPaint';
import type { FilterColumn } from './activityColumns';

export type FilterValues = Partial<Record<FilterColumn, string>>;

/** One picker per filterable column; departments are the ones the register actually uses. */
export const ActivityFilters = memo(function ActivityFilters({
  values,
  departments,
  onChange,
}: {
  values: FilterValues;
  departments: string[];
  onChange: (column: FilterColumn, value: string | null) => void;
}) {
  const { t } = useTranslation();
  const options = (group: string, values: readonly string[]) =>
    values.map((v) => ({ value: v, label: t(`labels:${group}.${v}`) }));
  const pickers: { column: FilterColumn; data: { value: string; label: string }[]; width: number }[] = [
    { column: 'role', data: options('role', ACTIVITY_ROLES), width: 160 },
    { column: 'status', data: options('status', ACTIVITY_STATUSES), width: 130 },
    { column: 'legalBases', data: options('legalBasis', LEGAL_BASES), width: 220 },
    { column: 'department', data: departments.map((d) => ({ value: d, label: d })), width: 190 },
  ];
  return pickers.map(({ column, data, width }) => (
    <Picker
      key={column}
      aria-label={t(`activities.filter.${column}`)}
      placeholder={t(`activities.filter.${column}`)}
      data={data}
      value={values[column] ?? null}
      onChange={(v) => onChange(column, v)}
      clearable
      searchable={column === 'department'}
      w={width}
      // The options are rendered when the picker opens, not kept (hidden) beside every picker from
      // the start: four lists of options and their positioning cost the first screen a good part of its render.
      comboboxProps={{ withinPortal: true, keepMounted: false }}
    />
  ));
});
