// The CLI's write commands honour the presence lock as the app does (core/lock.ts): someone else
// editing the register refuses the command with exit 3, unless --force ("open anyway").
import fs from 'node:fs';
import path from 'node:path';
import { acquireLock, describeHolders } from '../core/lock';
import { RopaFailure } from '../core/api/errors';
import { asCliError, CliError, EXIT } from './support';

export const FORCE_HELP = 'go ahead even though someone else has the register open for editing';

/** The engine's failure as a CliError; a lock refusal names the holders and the way past it. */
export function asWriteError(file: string, err: unknown): CliError {
  if (err instanceof RopaFailure && err.error.kind === 'locked') {
    return new CliError(
      `${path.basename(file)} is open for editing by ${describeHolders(err.error.holders)}; run again with --force if you are sure.`,
      EXIT.locked,
    );
  }
  return asCliError(err);
}

/**
 * Runs `create` (which makes a new file at `file`) under a presence lock on that path: a live lock
 * there means someone has a register of that name open, perhaps one they are about to save back.
 * Without the folder there is nothing to lock; `create` then refuses with its own message.
 */
export function creatingUnderLock<T>(file: string, author: string, force: boolean, create: () => T): T {
  if (!fs.existsSync(path.dirname(path.resolve(file)))) return create();
  let lock: ReturnType<typeof acquireLock>;
  try {
    lock = acquireLock(file, { user: author, force });
  } catch (err) {
    throw asWriteError(file, err);
  }
  try {
    return create();
  } finally {
    lock?.release();
  }
}
