// `ropa import FILE export.json`: re-creates a register from a JSON export, ids, stamps, versions
// and history included. The new file appears only when the whole export was valid and written.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { importRegister } from '../../core/reports/import';
import { creatingUnderLock, FORCE_HELP } from '../locking';
import { asCliError, authorOf, CliError, EXIT, type CommandModule } from '../support';

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

export const importCommand: CommandModule = (program) => {
  program
    .command('import')
    .description('create a new register from a JSON export (ropa export --format json)')
    .argument('<file>', 'register file to create (must not exist)')
    .argument('<export>', 'JSON export file')
    .option('--force', FORCE_HELP)
    .option(
      '--new-history',
      'import an export whose data does not match its own history, starting a new history that names the source file and its fingerprint',
    )
    .action((file: string, json: string, options: { force?: boolean; newHistory?: boolean }, command: Command) => {
      const counts = runImport(file, json, authorOf(command), options.force === true, options.newHistory === true);
      process.stdout.write(
        `Created ${path.resolve(file)}: ${counts.organisations} organisations, ${counts.activities} activities, ${counts.recipients} recipients, ${counts.terms} terms, ${counts.history} history entries.\n`,
      );
    });
};
