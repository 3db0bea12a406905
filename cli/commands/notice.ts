// `ropa notice FILE --kind privacy|cookies [--audience A] --lang L --format html|md|docx|pdf -o OUT`:
// the privacy notice of one audience, or the cookie policy, generated from the register (core/notices/). Reads the register
// as `export` does (never changes it) and refuses to replace a file unless --overwrite (or --force).
import path from 'node:path';
import { Option, type Command } from 'commander';
import { RopaFailure } from '../../core/api/errors';
import {
  NOTICE_FORMATS,
  NOTICE_KINDS,
  type NoticeExportOptions,
  type NoticeFormat,
  type NoticeResult,
} from '../../core/api/export-options';
import { AUDIENCES, LANGUAGES } from '../../core/api/schemas';
import { prepareNotice } from '../../core/notices';
import { visible } from '../escape';
import { asCliError, CliError, EXIT, withRegister, type CommandModule } from '../support';

interface NoticeFlags {
  kind: NoticeExportOptions['kind'];
  audience: NonNullable<NoticeExportOptions['audience']>;
  lang: NonNullable<NoticeExportOptions['lang']>;
  format?: NoticeFormat;
  output: string;
  overwrite?: boolean;
  force?: boolean;
}

function formatOf(flags: NoticeFlags): NoticeFormat {
  if (flags.format) return flags.format;
  const ext = path.extname(flags.output).slice(1).toLowerCase();
  if ((NOTICE_FORMATS as readonly string[]).includes(ext)) return ext as NoticeFormat;
  throw new CliError(
    `--format is missing and ${visible(path.basename(flags.output))} does not end in .${NOTICE_FORMATS.join(', .')}.`,
  );
}

export async function runNotice(file: string, flags: NoticeFlags, command: Command): Promise<NoticeResult> {
  const options: NoticeExportOptions = {
    kind: flags.kind,
    audience: flags.audience,
    lang: flags.lang,
    format: formatOf(flags),
    path: path.resolve(flags.output),
    overwrite: flags.overwrite === true || flags.force === true,
  };
  try {
    // The notice is read while the register is open; rendering and writing follow once it is closed.
    const write = withRegister(file, command, (ctx) => prepareNotice(ctx, options, {}));
    return await write();
  } catch (err) {
    if (err instanceof RopaFailure && err.error.kind === 'exists')
      throw new CliError(`${err.error.message} Add --overwrite to replace it.`, EXIT.file);
    throw asCliError(err);
  }
}

export const noticeCommand: CommandModule = (program) => {
  program
    .command('notice')
    .description(
      'write the privacy notice of one audience or the cookie policy (HTML, Markdown, DOCX or PDF), generated from the register',
    )
    .argument('<file>', 'register file')
    .addOption(
      new Option('--kind <kind>', 'privacy: the privacy notice; cookies: the cookie policy')
        .choices(NOTICE_KINDS)
        .default('privacy'),
    )
    .addOption(
      new Option('--audience <audience>', 'whose notice: the activities published to them')
        .choices(AUDIENCES)
        .default('website'),
    )
    .addOption(new Option('--lang <lang>', 'language of the notice').choices(LANGUAGES).default('en'))
    .addOption(
      new Option('--format <format>', 'file format (default: the output file’s extension)').choices(NOTICE_FORMATS),
    )
    .requiredOption('-o, --output <path>', 'file to write')
    .option('--overwrite', 'replace a file already at the output path (else exit 2)')
    .option('--force', 'the same as --overwrite')
    .action(async (file: string, flags: NoticeFlags, command: Command) => {
      const r = await runNotice(file, flags, command);
      process.stdout.write(`Wrote ${visible(r.path)} (${r.activities} activities, ${r.bytes} bytes)\n`);
    });
};
