// `ropa new FILE [--sample]`: a new register with the default vocabularies, optionally the sample.
import fs from 'node:fs';
import type { Command } from 'commander';
import { must } from '../../core/dispatcher';
import { newRegister } from '../../core/register';
import { fillSample } from '../../core/sample/index';
import { creatingUnderLock, FORCE_HELP } from '../locking';
import { visible } from '../escape';
import { asCliError, authorOf, type CommandModule } from '../support';

interface NewOptions {
  sample?: boolean;
  name?: string;
  force?: boolean;
}

function create(file: string, options: NewOptions, command: Command): void {
  const ctx = (() => {
    try {
      return newRegister(file, { author: authorOf(command), ...(options.name ? { name: options.name } : {}) });
    } catch (err) {
      throw asCliError(err);
    }
  })();
  try {
    if (options.sample) fillSample(ctx);
    const info = must(ctx, 'getRegisterInfo', {});
    const what = options.sample ? `the sample register (${info.counts.activities} activities)` : 'an empty register';
    process.stdout.write(
      `Created ${visible(info.fileName)}: ${what}, schema ${info.schemaVersion}, ${info.counts.terms} vocabulary terms.\n`,
    );
    ctx.register.close();
  } catch (err) {
    // A half-filled register would be worse than none.
    ctx.register.close();
    fs.rmSync(ctx.register.path, { force: true });
    throw asCliError(err);
  }
}

export const newCommand: CommandModule = (program) => {
  program
    .command('new')
    .description('create a new register file with the default vocabularies (refuses to overwrite a file)')
    .argument('<file>', 'path of the register file to create, e.g. register.sqlite')
    .option('--sample', "fill it with the sample register (Belgian Mobile ID's website processing)")
    .option('--name <title>', "the register's title (default: the file name)")
    .option('--force', FORCE_HELP)
    .action((file: string, options: NewOptions, command: Command) =>
      creatingUnderLock(file, authorOf(command), options.force === true, () => create(file, options, command)),
    );
};
