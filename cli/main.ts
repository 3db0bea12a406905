// The `ropa` command. Each command lives in its own module under cli/commands/; adding one is an
// import and an entry in COMMANDS.
import { Command, CommanderError } from 'commander';
import { changesCommand } from './commands/changes';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { infoCommand } from './commands/info';
import { newCommand } from './commands/new';
import { noticeCommand } from './commands/notice';
import { upgradeCommand } from './commands/upgrade';
import { verifyCommand } from './commands/verify';
import { visible } from './escape';
import { asCliError, type CommandModule } from './support';

const COMMANDS: CommandModule[] = [
  newCommand,
  infoCommand,
  checkCommand,
  exportCommand,
  noticeCommand,
  importCommand,
  verifyCommand,
  changesCommand,
  upgradeCommand,
];

export function buildProgram(): Command {
  const program = new Command('ropa')
    .description('Work with RoPA Registry files (GDPR Article 30 records of processing activities).')
    .option('--author <name>', 'name recorded in the history of changes (default: $ROPA_AUTHOR or your user name)')
    .showHelpAfterError('(run ropa --help for usage)')
    .exitOverride();
  for (const add of COMMANDS) add(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    // Commander has already printed its own `error: ...` line (or the help text).
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    const failure = asCliError(err);
    process.stderr.write(`error: ${visible(failure.message.replace(/\s*\n\s*/g, ' '))}\n`);
    process.exitCode = failure.exitCode;
  }
}

await main(process.argv);
