// `ropa upgrade FILE [--force]`: brings a register of an older schema up to this build's, in
// place, exactly as opening it for editing in the app does (backup copy beside it first, then the
// SQL migrations and each version's data step, core/data-steps.ts). It writes the file, so it takes
// the presence lock: refused while someone else is editing, unless --force.
import path from 'node:path';
import type { Command } from 'commander';
import { openLocked } from '../../core/lock';
import { asWriteError, FORCE_HELP } from '../locking';
import { olderSchema } from '../../db/open';
import { visible } from '../escape';
import { authorOf, withRegister, type CommandModule } from '../support';

function upgrade(file: string, force: boolean, command: Command): string {
  const name = path.basename(file);
  const from = olderSchema(file);
  if (from === null) {
    // Current (or not a register at all, which the read-only open refuses): nothing to write.
    const version = withRegister(file, command, (ctx) => ctx.register.schemaVersion);
    return `${name} is already at schema ${version}; nothing to do.`;
  }
  let session: ReturnType<typeof openLocked>;
  try {
    session = openLocked(file, authorOf(command), { force });
  } catch (err) {
    throw asWriteError(file, err);
  }
  const { schemaVersion, backupPath } = session.ctx.register;
  session.close();
  const kept = backupPath ? `; the previous version is kept as ${backupPath}` : '';
  return `Upgraded ${name} from schema ${from} to ${schemaVersion}${kept}.`;
}

export const upgradeCommand: CommandModule = (program) => {
  program
    .command('upgrade')
    .description(
      'upgrade a register of an older schema in place, keeping a backup copy beside it (exit 3 while someone else edits it)',
    )
    .argument('<file>', 'register file')
    .option('--force', FORCE_HELP)
    .action((file: string, options: { force?: boolean }, command: Command) => {
      process.stdout.write(`${visible(upgrade(file, options.force === true, command))}\n`);
    });
};
