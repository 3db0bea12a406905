// What every command shares: the author, opening a register for reading, failures with exit codes.
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { RegisterFileError } from '../db/open';
import type { CoreContext } from '../core/context';
import { RopaFailure } from '../core/api/errors';
import { openSessionForReading, type ReadingContext } from '../core/register';
import { safeJson, visible } from './escape';

export const EXIT = {
  ok: 0,
  /** Something went wrong, or `check` found errors. */
  failure: 1,
  /** The register file could not be opened or created. */
  file: 2,
  /** A write command refused: someone else has the register open for editing (see --force). */
  locked: 3,
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

/** The file the user named, which may differ from the register `fn` reads (see withRegister). */
export interface Source {
  path: string;
  schemaVersion: number;
}

/**
 * Runs `fn` on a register opened for reading, so inspecting a file never changes it: an older
 * schema is read from an upgraded temporary copy (db/open.ts openForReading), with a note.
 */
export function withRegister<T>(file: string, command: Command, fn: (ctx: CoreContext, source: Source) => T): T {
  let ctx: ReadingContext;
  try {
    ctx = openSessionForReading(file, authorOf(command));
  } catch (err) {
    throw asCliError(err);
  }
  const from = ctx.register.upgradedFrom;
  if (from !== null)
    process.stderr.write(
      `note: ${path.basename(file)} has schema ${from}; read from an upgraded copy, the file itself is unchanged (ropa upgrade, or opening it in the app, upgrades it).\n`,
    );
  try {
    return fn(ctx, { path: path.resolve(file), schemaVersion: from ?? ctx.register.schemaVersion });
  } finally {
    ctx.register.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${safeJson(value)}\n`);
}

/** Two aligned columns: label and value. */
export function printPairs(pairs: [string, string | number][]): void {
  const width = Math.max(...pairs.map(([k]) => k.length));
  for (const [k, v] of pairs) process.stdout.write(`${k.padEnd(width)}  ${visible(v)}\n`);
}
