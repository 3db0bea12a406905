// `ropa info FILE [--json]`: schema version and how many of each entity the register holds.
import path from 'node:path';
import type { Command } from 'commander';
import type { RegisterInfo } from '../../core/api/contract';
import { must } from '../../core/dispatcher';
import { printJson, printPairs, withRegister, type CommandModule } from '../support';

function printInfo(info: RegisterInfo): void {
  const c = info.counts;
  const s = c.activitiesByStatus;
  printPairs([
    ['Register', info.name],
    ['File', info.path],
    ['Schema version', info.schemaVersion],
    ['Organisations', c.organisations],
    ['Activities', `${c.activities} (active ${s.active}, draft ${s.draft}, retired ${s.retired})`],
    ['Recipients', c.recipients],
    ['Vocabulary terms', c.terms],
    ['Transfers', c.transfers],
    ['Retention rules', c.retentionRules],
    ['Cookies', c.cookies],
    ['History entries', c.historyEntries],
    ['Overdue reviews', info.overdueReviews],
  ]);
}

export const infoCommand: CommandModule = (program) => {
  program
    .command('info')
    .description('show the schema version and the number of each kind of entry')
    .argument('<file>', 'register file')
    .option('--json', 'print JSON instead of a table')
    .action((file: string, options: { json?: boolean }, command: Command) => {
      const info = withRegister(file, command, (ctx, source): RegisterInfo => {
        const read = must(ctx, 'getRegisterInfo', {});
        // Describe the user's file, also when it was read from an upgraded copy.
        // The CLI never writes the file it describes.
        return {
          ...read,
          path: source.path,
          fileName: path.basename(source.path),
          schemaVersion: source.schemaVersion,
          readOnly: true,
        };
      });
      if (options.json) printJson(info);
      else printInfo(info);
    });
};
