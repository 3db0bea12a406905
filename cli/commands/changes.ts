// `ropa changes FILE --since WHEN [--until WHEN] [--format pdf|xlsx|csv|json] [--lang L] -o OUT`:
// every change in a period, grouped by record (activities first), with who, when, field, before and
// after in words of the chosen language. Reads the register read-only.
import path from 'node:path';
import { Option, type Command } from 'commander';
import { LANGUAGES, type Language } from '../../core/api/schemas';
import { CHANGES_FORMATS, writeChanges, type ChangesFormat } from '../../core/reports/changes';
import { withReadableRegister } from '../../core/reports/read-register';
import { asCliError, CliError, EXIT, type CommandModule } from '../support';

interface ChangesFlags {
  since: string;
  until?: string;
  format: ChangesFormat;
  lang: Language;
  output: string;
  overwrite?: boolean;
}

export const changesCommand: CommandModule = (program) => {
  program
    .command('changes')
    .description('write every change of a period (who, when, field, before → after) as PDF, XLSX, CSV or JSON')
    .argument('<file>', 'register file')
    .requiredOption(
      '--since <when>',
      'start of the period: a date (YYYY-MM-DD, from the end of that day, UTC) or an ISO time',
    )
    .option('--until <when>', 'end of the period (a date means the end of that day, UTC); default: now')
    .addOption(new Option('--format <format>', 'report format').choices(CHANGES_FORMATS).default('pdf'))
    .addOption(new Option('--lang <lang>', 'language of labels and terms').choices(LANGUAGES).default('en'))
    .requiredOption('-o, --output <path>', 'file to write')
    .option('--overwrite', 'replace the file if it exists')
    .action(async (file: string, flags: ChangesFlags, _command: Command) => {
      let result: { path: string; changes: number };
      try {
        result = await withReadableRegister(path.resolve(file), {}, (ctx) =>
          writeChanges(ctx, {
            since: flags.since,
            until: flags.until,
            format: flags.format,
            lang: flags.lang,
            path: path.resolve(flags.output),
            overwrite: flags.overwrite === true,
          }),
        );
      } catch (err) {
        const e = asCliError(err);
        throw new CliError(
          e.message,
          /already exists|cannot be opened|not a RoPA/.test(e.message) ? EXIT.file : e.exitCode,
        );
      }
      process.stdout.write(`Wrote ${result.path} (${result.changes} changed fields)\n`);
    });
};
