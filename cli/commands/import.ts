// `ropa import FILE export.json`: re-creates a register from a JSON export, ids, stamps, versions
// and history included. The new file appears only when the whole export was valid and written.
import fs from 'node:fs';
import path from 'node:path';
import { importRegister } from '../../core/reports/import';
import { asCliError, CliError, EXIT, type CommandModule } from '../support';

export function runImport(file: string, json: string): ReturnType<typeof importRegister> {
  let text: string;
  try {
    text = fs.readFileSync(json, 'utf8');
  } catch (err) {
    throw new CliError(`${json} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'unknown error'}).`, EXIT.file);
  }
  try {
    return importRegister(text, file, path.basename(json));
  } catch (err) {
    const failure = asCliError(err);
    throw new CliError(failure.message, EXIT.file);
  }
}

export const importCommand: CommandModule = (program) => {
  program
    .command('import')
    .description('create a new register from a JSON export (ropa export --format json)')
    .argument('<file>', 'register file to create (must not exist)')
    .argument('<export>', 'JSON export file')
    .action((file: string, json: string) => {
      const counts = runImport(file, json);
      process.stdout.write(
        `Created ${path.resolve(file)}: ${counts.organisations} organisations, ${counts.activities} activities, ${counts.recipients} recipients, ${counts.terms} terms, ${counts.history} history entries.\n`,
      );
    });
};
