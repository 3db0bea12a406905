// What every command shares: the author, opening a register for reading, failures with exit codes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { APPLICATION_ID, currentSchemaVersion, RegisterFileError } from '../db/open';
import type { CoreContext } from '../core/context';
import { RopaFailure } from '../core/api/errors';
import { openSession } from '../core/register';

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

/** The schema version of a register of ours older than this build, else null. */
export function olderSchema(file: string): number | null {
  try {
    const probe = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const version = probe.pragma('user_version', { simple: true }) as number;
      return probe.pragma('application_id', { simple: true }) === APPLICATION_ID && version < currentSchemaVersion()
        ? version
        : null;
    } finally {
      probe.close();
    }
  } catch {
    return null;
  }
}

/**
 * Runs `fn` on a register opened read-only, so inspecting a file never changes it. A register of
 * an older schema cannot be upgraded read-only, so it is read from an upgraded copy in a temporary
 * folder instead, under the same file name so messages still name the user's file.
 */
export function withRegister<T>(file: string, command: Command, fn: (ctx: CoreContext, source: Source) => T): T {
  const author = authorOf(command);
  const fromVersion = olderSchema(file);
  const tmp = fromVersion === null ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-cli-'));
  let ctx: CoreContext;
  try {
    if (tmp === null) ctx = openSession(file, author, { readOnly: true });
    else {
      const copy = path.join(tmp, path.basename(file));
      fs.copyFileSync(file, copy);
      ctx = openSession(copy, author);
      process.stderr.write(
        `note: ${path.basename(file)} has schema ${fromVersion}; read from an upgraded copy, the file itself is unchanged (ropa upgrade, or opening it in the app, upgrades it).\n`,
      );
    }
  } catch (err) {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    throw asCliError(err);
  }
  try {
    return fn(ctx, { path: path.resolve(file), schemaVersion: fromVersion ?? ctx.register.schemaVersion });
  } finally {
    ctx.register.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
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
