// `ropa import FILE export.json`: re-creates a register from a JSON export, ids, stamps, versions
// and history included. The new file appears only when the whole export was valid and written.
import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { formatOf, PROFILE_IDS } from '../../core/import/index';
import { importRegister } from '../../core/reports/import';
import { creatingUnderLock, FORCE_HELP } from '../locking';
import { visible } from '../escape';
import { asCliError, authorOf, CliError, EXIT, type CommandModule } from '../support';
import { runCookieImport, type CookieImportFlags } from './import-cookies';
import { runSheetImport, type SheetImportFlags } from './import-sheet';

export function runImport(
  file: string,
  json: string,
  author: string,
  force = false,
  newHistory = false,
): ReturnType<typeof importRegister> {
  let text: string;
  try {
    text = fs.readFileSync(json, 'utf8');
  } catch (err) {
    throw new CliError(
      `${json} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
      EXIT.file,
    );
  }
  try {
    return creatingUnderLock(file, author, force, () =>
      importRegister(text, file, path.basename(json), { newHistory, author }),
    );
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(asCliError(err).message, EXIT.file);
  }
}

type ImportFlags = SheetImportFlags & CookieImportFlags & { newHistory?: boolean; cookies?: boolean };

export const importCommand: CommandModule = (program) => {
  program
    .command('import')
    .description(
      'create a new register from a JSON export (ropa export --format json), or import activities from a spreadsheet (.csv, .xlsx) into a register (created when missing)',
    )
    .argument('<file>', 'register file (a JSON export needs a new one; a spreadsheet adds to it or creates it)')
    .argument('<source>', 'JSON export, a .csv / .xlsx sheet, or (--cookies) a JSON cookie list')
    .option(
      '--cookies',
      "the source is a cookie list (a browser's or cookie extension's JSON export, or a .csv / .xlsx with name, domain, provider, category, purpose, expiry columns): its cookies go into FILE",
    )
    .option(
      '--site <domain>',
      "cookies: the website they were read on, for first/third party (default: the organisation's website)",
    )
    .option('--activity <ref|name>', 'cookies: the activity they serve (its reference or name)')
    .addOption(
      new Option('--profile <profile>', 'spreadsheet layout (auto picks the best and says which)')
        .choices(['auto', ...PROFILE_IDS])
        .default('auto'),
    )
    .option(
      '--mapping <map.json>',
      'spreadsheet: column mapping { "Header": "field" }, saved in the register for the next import',
    )
    .option('--sheet <name>', 'spreadsheet: the sheet to read (also a hidden one)')
    .option('--header-row <n>', 'spreadsheet: the header row number (default: detected)', (v) => Number.parseInt(v, 10))
    .option('--dry-run', 'spreadsheet, cookies: show what every cell or cookie would become, write nothing')
    .option('--json', 'spreadsheet: the report as JSON')
    .option('--force', FORCE_HELP)
    .option(
      '--new-history',
      'JSON export: import an export whose data does not match its own history, starting a new history that names the source file and its fingerprint',
    )
    .action(async (file: string, source: string, options: ImportFlags, command: Command) => {
      if (options.cookies) {
        process.stdout.write(`${await runCookieImport(file, source, authorOf(command), options)}\n`);
        return;
      }
      // Routed by extension: the JSON import stays as it is; .csv/.xlsx go to the spreadsheet import.
      if (formatOf(source) !== null) {
        const out = await runSheetImport(file, source, authorOf(command), options);
        if (out) process.stdout.write(`${out}\n`);
        return;
      }
      const counts = runImport(file, source, authorOf(command), options.force === true, options.newHistory === true);
      process.stdout.write(
        `Created ${visible(path.resolve(file))}: ${counts.organisations} organisations, ${counts.activities} activities, ${counts.recipients} recipients, ${counts.terms} terms, ${counts.history} history entries.\n`,
      );
    });
};
