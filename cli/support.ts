// What every command shares: the author, opening a register for reading, failures with exit codes.
import os from 'node:os';
import type { Command } from 'commander';
import { RegisterFileError } from '../db/open';
import type { CoreContext } from '../core/context';
import { RopaFailure } from '../core/errors';
import { openSession } from '../core/register';

export const EXIT = {
  ok: 0,
  /** Something went wrong, or `check` found errors. */
  failure: 1,
  /** The register file could not be opened or created. */
  file: 2,
} as const;

/** A failure the user can act on: printed as one `error:` line, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
  }
}

/** One command module: adds its command to the program. */
export type CommandModule = (program: Command) => void;

export function authorOf(command: Command): string {
  const given = (command.optsWithGlobals() as { author?: string }).author ?? process.env.ROPA_AUTHOR;
  if (given?.trim()) return given.trim();
  try {
    return os.userInfo().username;
  } catch {
    // Containers may run as a uid without a passwd entry.
    return 'unknown';
  }
}

/** Turns the engine's failures into CliErrors with the right exit code. */
export function asCliError(err: unknown): CliError {
  if (err instanceof CliError) return err;
  if (err instanceof RegisterFileError) return new CliError(err.message, EXIT.file);
  if (err instanceof RopaFailure) return new CliError(err.error.message);
  return new CliError((err as Error)?.message ?? String(err));
}

/** Runs `fn` on a register opened read-only, so inspecting a file never changes it. */
export function withRegister<T>(file: string, command: Command, fn: (ctx: CoreContext) => T): T {
  let ctx: CoreContext;
  try {
    ctx = openSession(file, authorOf(command), { readOnly: true });
  } catch (err) {
    throw asCliError(err);
  }
  try {
    return fn(ctx);
  } finally {
    ctx.register.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Two aligned columns: label and value. */
export function printPairs(pairs: [string, string | number][]): void {
  const width = Math.max(...pairs.map(([k]) => k.length));
  for (const [k, v] of pairs) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
}
