// What an export can be asked for. Zod only (no node modules), so the contract — and through it
// the renderer's forms — can import these schemas.
import { z } from 'zod';
import { ACTIVITY_STATUSES, AUDIENCES, idSchema, LANGUAGES } from './schemas';
import { NOTICE_FORMATS, REPORT_FORMATS, type NoticeFormat, type ReportFormat } from './enums';
import type { RopaError } from './errors';

export { NOTICE_FORMATS, REPORT_FORMATS, type NoticeFormat, type ReportFormat };

export const CSV_DELIMITERS = [',', ';', '\t'] as const;

export const reportFilter = z.object({
  lang: z.enum(LANGUAGES).default('en'),
  organisationId: idSchema.optional(),
  status: z.array(z.enum(ACTIVITY_STATUSES)).max(ACTIVITY_STATUSES.length).optional(),
  activityIds: z.array(idSchema).max(100_000).optional(),
  /** The register as it stood then (a date: the end of that day, UTC; or an ISO time), replayed from its history. */
  asOf: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
});
export type ReportFilter = z.input<typeof reportFilter>;

const absolutePath = z
  .string()
  .trim()
  .max(4_096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'must be an absolute path');

export const exportOptions = reportFilter
  .extend({
    format: z.enum(REPORT_FORMATS),
    /** The file to write; for CSV the activities file, with the recipients file beside it. */
    path: absolutePath,
    delimiter: z.enum(CSV_DELIMITERS).default(','),
    /** Replace files already there; only after the user confirmed "Replace …?" (else an `exists` error). */
    overwrite: z.boolean().default(false),
  })
  .superRefine((o, ctx) => {
    // The extension must name the format, so an export can never overwrite the register file itself.
    if (!o.path.toLowerCase().endsWith(`.${o.format}`))
      ctx.addIssue({ code: 'custom', path: ['path'], message: `must end in .${o.format}` });
    // A JSON export is the whole register (it must import back whole); a selection would silently drop rows.
    if (o.format === 'json' && (o.organisationId || o.status || o.activityIds)) {
      ctx.addIssue({
        code: 'custom',
        path: ['format'],
        message: 'a JSON export always holds the whole register; remove the organisation, status and activity filters',
      });
    }
  });
export type ExportOptions = z.input<typeof exportOptions>;
/** Options once validated (defaults filled): what the dispatcher hands on, and the export worker renders. */
export type ParsedExportOptions = z.output<typeof exportOptions>;

/** Public documents generated from the register (core/notices/). Cookie policies are to come. */
export const NOTICE_KINDS = ['privacy', 'cookies'] as const;

/** Which notice: its kind, the audience whose published activities it describes, its language. */
export const noticeInput = z.object({
  kind: z.enum(NOTICE_KINDS).default('privacy'),
  audience: z.enum(AUDIENCES).default('website'),
  lang: z.enum(LANGUAGES).default('en'),
});
export type NoticeInput = z.input<typeof noticeInput>;

export const noticeExportOptions = noticeInput
  .extend({
    format: z.enum(NOTICE_FORMATS),
    path: absolutePath,
    /** Replace a file already there; only after the user confirmed (else an `exists` error). */
    overwrite: z.boolean().default(false),
  })
  .superRefine((o, ctx) => {
    if (!o.path.toLowerCase().endsWith(`.${o.format}`))
      ctx.addIssue({ code: 'custom', path: ['path'], message: `must end in .${o.format}` });
  });
export type NoticeExportOptions = z.input<typeof noticeExportOptions>;

export interface NoticeResult {
  path: string;
  bytes: number;
  /** The activities the notice describes. */
  activities: number;
}

/** The changes report (core/reports/changes.ts): every change of a period, in words. */
export const CHANGES_FORMATS = ['pdf', 'xlsx', 'csv', 'json'] as const;
export type ChangesFormat = (typeof CHANGES_FORMATS)[number];
/** A date (the end of that day, UTC) or a full ISO 8601 time. */
const moment = z.iso.datetime({ offset: true }).or(z.iso.date());

export const changesExportOptions = z
  .object({
    /** The period starts after this moment… */
    since: moment,
    /** …and ends at this one (default: the newest change). */
    until: moment.optional(),
    format: z.enum(CHANGES_FORMATS),
    lang: z.enum(LANGUAGES).default('en'),
    path: absolutePath,
    /** Replace a file already there; only after the user confirmed (else an `exists` error). */
    overwrite: z.boolean().default(false),
  })
  .superRefine((o, ctx) => {
    if (!o.path.toLowerCase().endsWith(`.${o.format}`))
      ctx.addIssue({ code: 'custom', path: ['path'], message: `must end in .${o.format}` });
  });
export type ChangesExportOptions = z.input<typeof changesExportOptions>;
export type ParsedChangesExportOptions = z.output<typeof changesExportOptions>;

export interface ExportProgress {
  phase: 'model' | 'render' | 'write';
  done: number;
  total: number;
}

export interface ExportResult {
  format: ReportFormat | NoticeFormat;
  files: { path: string; bytes: number }[];
  activities: number;
  /** PDF only. */
  pages: number | null;
  /** A changes report: how many changed fields it lists. */
  changes?: number;
}

/** An export started through the contract: the UI polls it for progress. */
export interface ExportJob {
  jobId: string;
  /** Exports run one at a time; later ones wait their turn. */
  state: 'queued' | 'running' | 'done' | 'failed';
  progress: ExportProgress | null;
  result: ExportResult | null;
  error: RopaError | null;
}
