// `ropa verify FILE [--json]`: can this register be trusted? SQLite's integrity_check plus the
// history's hash chain. Exit 0 sound, 1 damaged or history rewritten (naming the first broken
// entry), 2 the file is not a register. Never writes to the file.
import type { Command } from 'commander';
import type { HistoryBreak, HistoryVerification } from '../../core/api/contract';
import { verifyFile } from '../../core/verify';
import { asCliError, EXIT, printJson, type CommandModule } from '../support';

function describeBreak(b: HistoryBreak): string {
  const who = b.at ? ` (${b.at} by ${b.author ?? 'unknown'})` : '';
  return `history entry ${b.seq}${who}: ${b.reason}`;
}

function printVerification(file: string, v: HistoryVerification): void {
  const sound = v.integrity.length === 1 && v.integrity[0] === 'ok';
  process.stdout.write(
    sound ? 'File integrity: ok\n' : `File integrity: DAMAGED\n${v.integrity.map((l) => `  ${l}\n`).join('')}`,
  );
  if (v.firstBreak) process.stdout.write(`History: BROKEN at ${describeBreak(v.firstBreak)}\n`);
  else process.stdout.write(`History: ${v.entries} entries, chain intact${v.headHash ? `, head ${v.headHash}` : ''}\n`);
  process.stdout.write(v.ok ? `${file} verified.\n` : `${file} FAILED verification.\n`);
}

export const verifyCommand: CommandModule = (program) => {
  program
    .command('verify')
    .description(
      'check the file (integrity_check) and that the history was not rewritten (exit 0 sound, 1 broken, 2 not a register)',
    )
    .argument('<file>', 'register file')
    .option('--json', 'print JSON instead of text')
    .action((file: string, options: { json?: boolean }, _command: Command) => {
      let result: HistoryVerification;
      try {
        result = verifyFile(file);
      } catch (err) {
        throw asCliError(err);
      }
      if (options.json) printJson(result);
      else printVerification(file, result);
      process.exitCode = result.ok ? EXIT.ok : EXIT.failure;
    });
};
