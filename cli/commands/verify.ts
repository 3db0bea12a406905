// `ropa verify FILE [--anchor HASH|SEQ:HASH] [--json]`: can this register be trusted? SQLite's
// integrity_check, the history's hash chain and sequence, the stored data against the history
// replayed, the stored list lines against the tables, and optionally a head quoted on a report.
// Exit 0 sound, 1 damaged, rewritten or not what its history says, 2 not a register. Never writes.
import type { Command } from 'commander';
import type { HistoryBreak, HistoryVerification } from '../../core/api/contract';
import { describeDifference, LISTED } from '../../core/data-check';
import { isAnchor, verifyFile } from '../../core/verify';
import { visibleLines } from '../escape';
import { asCliError, CliError, EXIT, printJson, type CommandModule } from '../support';

function describeBreak(b: HistoryBreak): string {
  const who = b.at ? ` (${b.at} by ${b.author ?? 'unknown'})` : '';
  return `history entry ${b.seq}${who}: ${b.reason}`;
}

const more = (shown: number, count: number, what: string) =>
  count > shown ? `  … and ${count - shown} more ${what} (${count} in all)\n` : '';

function printVerification(file: string, v: HistoryVerification): void {
  const out = (s: string) => process.stdout.write(visibleLines(s));
  const sound = v.integrity.length === 1 && v.integrity[0] === 'ok';
  out(sound ? 'File integrity: ok\n' : `File integrity: DAMAGED\n${v.integrity.map((l) => `  ${l}\n`).join('')}`);
  if (v.firstBreak) out(`History: BROKEN at ${describeBreak(v.firstBreak)}\n`);
  else
    out(`History: ${v.entries} entries, chain intact${v.headHash ? `, head ${v.headSeq ?? '?'}:${v.headHash}` : ''}\n`);
  if (v.sequence.length) out(`Sequence: BROKEN\n${v.sequence.map((l) => `  ${l}\n`).join('')}`);
  if (v.dataNotChecked) out(`Data: not compared with the history (${v.dataNotChecked})\n`);
  else if (v.differenceCount === 0) out('Data: as the history says\n');
  else {
    out(`Data: ${v.differenceCount} difference${v.differenceCount === 1 ? '' : 's'} from what the history says\n`);
    out(v.differences.map((d) => `  ${describeDifference(d)}\n`).join(''));
    out(more(Math.min(v.differences.length, LISTED), v.differenceCount, 'differences'));
  }
  if (v.listLineCount > 0) {
    out(`List lines: ${v.listLineCount} not what the tables say\n`);
    out(v.listLines.map((l) => `  ${l}\n`).join(''));
    out(more(v.listLines.length, v.listLineCount, 'list lines'));
  }
  if (v.anchor) out(`Anchor ${v.anchor.anchor}: ${v.anchor.ok ? 'ok' : 'FAILED'}: ${v.anchor.reason}\n`);
  out(v.ok ? `${file} verified.\n` : `${file} FAILED verification.\n`);
}

export const verifyCommand: CommandModule = (program) => {
  program
    .command('verify')
    .description(
      'check the file, that the history was not rewritten and that the data is what the history says (exit 0 sound, 1 not, 2 not a register)',
    )
    .argument('<file>', 'register file')
    .option(
      '--anchor <head>',
      'a history head quoted on a report (HASH or SEQ:HASH): fails unless it is still in the chain',
    )
    .option('--json', 'print JSON instead of text')
    .action((file: string, options: { json?: boolean; anchor?: string }, _command: Command) => {
      if (options.anchor !== undefined && !isAnchor(options.anchor))
        throw new CliError('--anchor must be HASH or SEQ:HASH, the 64 hex digits of a history head (e.g. 42:9f86d0…).');
      let result: HistoryVerification;
      try {
        result = verifyFile(file, { anchor: options.anchor });
      } catch (err) {
        throw asCliError(err);
      }
      if (options.json) printJson(result);
      else printVerification(file, result);
      process.exitCode = result.ok ? EXIT.ok : EXIT.failure;
    });
};
