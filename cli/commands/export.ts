// `ropa export FILE --format pdf|csv|xlsx|json -o OUT`: an Article 30 report of the register for
// auditors, written by a worker thread that opens the register read-only.
import fs from 'node:fs';
import path from 'node:path';
import { Option } from 'commander';
import { RopaFailure } from '../../core/api/errors';
import {
  CSV_DELIMITERS,
  REPORT_FORMATS,
  type ExportOptions,
  type ExportProgress,
  type ExportResult,
} from '../../core/api/export-options';
import { parseExportOptions } from '../../core/reports/export-input';
import { exportInWorker } from '../../core/reports/worker';
import { ACTIVITY_STATUSES, LANGUAGES, type ActivityStatus } from '../../core/api/schemas';
import {
  renderTemplate,
  TEMPLATE_PROFILES,
  templateTable,
  type TemplateProfile,
} from '../../core/import/template-export';
import { openSessionForReading } from '../../core/register';
import { checkWriteTarget } from '../../core/write-target';
import { visible } from '../escape';
import { asCliError, CliError, EXIT, type CommandModule } from '../support';

interface ExportFlags {
  format: ExportOptions['format'];
  output: string;
  lang: NonNullable<ExportOptions['lang']>;
  organisation?: string;
  status?: string[];
  delimiter?: string;
  asOf?: string;
  overwrite?: boolean;
  profile?: TemplateProfile;
}

function statuses(values: string[] | undefined): ActivityStatus[] | undefined {
  if (!values) return undefined;
  const list = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const wrong = list.find((v) => !(ACTIVITY_STATUSES as readonly string[]).includes(v));
  if (wrong) throw new CliError(`--status ${wrong} is not a status; use ${ACTIVITY_STATUSES.join(', ')}.`);
  return list as ActivityStatus[];
}

function delimiter(value: string | undefined): ExportOptions['delimiter'] {
  if (value === undefined) return ',';
  const d = value === '\\t' || value === 'tab' ? '\t' : value;
  if (!(CSV_DELIMITERS as readonly string[]).includes(d))
    throw new CliError(`--delimiter must be , or ; or tab, not ${JSON.stringify(value)}.`);
  return d as ExportOptions['delimiter'];
}

function progressLine(p: ExportProgress): void {
  if (!process.stderr.isTTY) return;
  const share = p.total > 0 ? ` ${Math.round((100 * p.done) / p.total)}%` : '';
  process.stderr.write(`\r${p.phase}${share}   `);
}

function summary(r: ExportResult): string {
  const pages = r.pages === null ? '' : `, ${r.pages} pages`;
  return r.files
    .map((f) => `Wrote ${visible(f.path)} (${r.activities} activities${pages}, ${f.bytes} bytes)`)
    .join('\n');
}

/** `--profile`: the activities in a template's layout, one CSV file or a one-sheet workbook. */
async function runTemplateExport(file: string, flags: ExportFlags, profile: TemplateProfile): Promise<ExportResult> {
  if (flags.format !== 'csv' && flags.format !== 'xlsx')
    throw new CliError(`--profile writes csv or xlsx, not ${flags.format}.`);
  const out = path.resolve(flags.output);
  const ctx = (() => {
    try {
      return openSessionForReading(path.resolve(file), 'ropa export');
    } catch (err) {
      throw new CliError(asCliError(err).message, EXIT.file);
    }
  })();
  try {
    checkWriteTarget(out, { overwrite: flags.overwrite === true, registerPath: ctx.register.path });
    const table = templateTable(ctx, profile, flags.lang);
    const bytes = await renderTemplate(table, flags.format, delimiter(flags.delimiter));
    fs.writeFileSync(out, bytes);
    return {
      format: flags.format,
      files: [{ path: out, bytes: bytes.length }],
      activities: table.rows.length,
      pages: null,
    };
  } catch (err) {
    if (err instanceof RopaFailure && (err.error.kind === 'file' || err.error.kind === 'exists'))
      throw new CliError(
        err.error.kind === 'exists' ? `${err.error.message} Add --overwrite to replace it.` : err.error.message,
        EXIT.file,
      );
    throw asCliError(err);
  } finally {
    ctx.register.close();
  }
}

export async function runExport(file: string, flags: ExportFlags): Promise<ExportResult> {
  if (flags.profile) return runTemplateExport(file, flags, flags.profile);
  const options: ExportOptions = {
    format: flags.format,
    path: path.resolve(flags.output),
    lang: flags.lang,
    delimiter: delimiter(flags.delimiter),
    ...(flags.organisation ? { organisationId: flags.organisation } : {}),
    ...(flags.status ? { status: statuses(flags.status) } : {}),
    ...(flags.asOf ? { asOf: flags.asOf } : {}),
    overwrite: flags.overwrite === true,
  };
  try {
    return await exportInWorker(path.resolve(file), parseExportOptions(options), progressLine);
  } catch (err) {
    if (err instanceof RopaFailure && (err.error.kind === 'file' || err.error.kind === 'exists'))
      throw new CliError(
        err.error.kind === 'exists' ? `${err.error.message} Add --overwrite to replace it.` : err.error.message,
        EXIT.file,
      );
    throw asCliError(err);
  } finally {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  }
}

export const exportCommand: CommandModule = (program) => {
  program
    .command('export')
    .description('write an Article 30 report of the register (PDF, CSV, XLSX) or a full JSON export')
    .argument('<file>', 'register file')
    .addOption(new Option('--format <format>', 'report format').choices(REPORT_FORMATS).makeOptionMandatory())
    .requiredOption(
      '-o, --output <path>',
      'file to write (for CSV the activities file; recipients go to OUT-recipients.csv)',
    )
    .addOption(new Option('--lang <lang>', 'language of labels and vocabulary terms').choices(LANGUAGES).default('en'))
    .option('--organisation <id>', 'only the activities of this organisation')
    .option('--status <status...>', `only activities with these statuses (${ACTIVITY_STATUSES.join(', ')})`)
    .option('--delimiter <char>', 'CSV delimiter: , (default), ; for European Excel, or tab')
    .option('--overwrite', 'replace files already at the output path (else exit 2)')
    .addOption(
      new Option(
        '--profile <template>',
        'csv/xlsx in a template’s columns: ICO, Belgian APD (--lang nl|fr) or CNIL',
      ).choices(TEMPLATE_PROFILES),
    )
    .option('--as-of <date>', 'date the report states (YYYY-MM-DD); default: the register’s last change')
    .action(async (file: string, flags: ExportFlags) => {
      process.stdout.write(`${summary(await runExport(file, flags))}\n`);
    });
};
