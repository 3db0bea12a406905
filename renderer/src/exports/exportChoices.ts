// What the user picks in the export dialog, and the contract's export options it becomes.
import type { ActivitySummary } from '../../../core/api/contract';
import type { ExportOptions, ReportFormat } from '../../../core/api/export-options';
import type { ActivityStatus, Language } from '../../../core/api/schemas';

export const ALL = 'all';

export interface ExportChoices {
  format: ReportFormat;
  lang: Language;
  organisationId: string;
  status: ActivityStatus | typeof ALL;
  /** Only the activities the Activities table shows under its search and filters. */
  onlyShown: boolean;
  path: string;
  /** The register as it stood at the end of this day (UTC), rebuilt from its history; null: as it is now. */
  asOf: string | null;
}

/** A JSON export is the whole register (it must import back whole), so it takes no filters. */
export const takesFilters = (format: ReportFormat): boolean => format !== 'json';

export function exportOptionsOf(
  c: ExportChoices,
  path: string,
  shown: readonly ActivitySummary[] | null,
): ExportOptions {
  const filtered = takesFilters(c.format);
  return {
    format: c.format,
    lang: c.lang,
    path,
    ...(filtered && c.organisationId !== ALL ? { organisationId: c.organisationId } : {}),
    ...(filtered && c.status !== ALL ? { status: [c.status] } : {}),
    ...(filtered && c.onlyShown && shown ? { activityIds: shown.map((a) => a.id) } : {}),
    ...(c.asOf ? { asOf: c.asOf } : {}),
  };
}
