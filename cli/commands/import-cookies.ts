// `ropa import FILE cookies.json|.csv|.xlsx --cookies`: the cookies of a JSON cookie list exported by a
// browser's developer tools or a cookie extension, or of a spreadsheet (core/import/cookie-sheet.ts),
// into an existing register (core/import/cookie-list.ts).
// --dry-run prints what each cookie would become and writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../../core/context';
import {
  applyCookieImport,
  describeCookiePlan,
  parseCookieList,
  planCookieImport,
  type CookieImportOptions,
  type ListedCookie,
} from '../../core/import/cookie-list';
import { readCookieSheet } from '../../core/import/cookie-sheet';
import { formatOf, readSource } from '../../core/import/index';
import { openLocked } from '../../core/lock';
import { openSessionForReading } from '../../core/register';
import { asWriteError } from '../locking';
import { asCliError, CliError, EXIT } from '../support';

export interface CookieImportFlags extends CookieImportOptions {
  dryRun?: boolean;
  force?: boolean;
}

async function readList(sourceFile: string): Promise<ListedCookie[]> {
  if (formatOf(sourceFile) !== null) {
    let book;
    try {
      book = await readSource(sourceFile);
    } catch (err) {
      throw new CliError(asCliError(err).message, EXIT.file);
    }
    try {
      return readCookieSheet(book, path.basename(sourceFile));
    } catch (err) {
      throw asCliError(err);
    }
  }
  let text: string;
  try {
    text = fs.readFileSync(sourceFile, 'utf8');
  } catch (err) {
    throw new CliError(
      `${sourceFile} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
      EXIT.file,
    );
  }
  try {
    return parseCookieList(text, path.basename(sourceFile));
  } catch (err) {
    throw asCliError(err);
  }
}

export async function runCookieImport(
  file: string,
  sourceFile: string,
  author: string,
  flags: CookieImportFlags,
): Promise<string> {
  if (!fs.existsSync(file))
    throw new CliError(`${file} does not exist; create the register first (ropa new).`, EXIT.file);
  const list = await readList(sourceFile);
  const source = path.basename(sourceFile);
  const options: CookieImportOptions = {
    ...(flags.site !== undefined ? { site: flags.site } : {}),
    ...(flags.activity !== undefined ? { activity: flags.activity } : {}),
  };
  if (flags.dryRun) {
    let ctx: CoreContext;
    try {
      ctx = openSessionForReading(file, author);
    } catch (err) {
      throw asCliError(err);
    }
    try {
      return describeCookiePlan(planCookieImport(ctx, list, source, options));
    } catch (err) {
      throw asCliError(err);
    } finally {
      ctx.register.close();
    }
  }
  let session: ReturnType<typeof openLocked>;
  try {
    session = openLocked(file, author, { force: flags.force === true });
  } catch (err) {
    throw asWriteError(file, err);
  }
  try {
    const plan = planCookieImport(session.ctx, list, source, options);
    const r = applyCookieImport(session.ctx, plan);
    const providers = r.newProviders ? `, ${r.newProviders} new providers (recipients)` : '';
    return `Updated ${path.basename(file)} from ${source}: ${r.created} cookies created, ${r.updated} updated, ${r.unchanged} unchanged${providers}.`;
  } catch (err) {
    throw asCliError(err);
  } finally {
    session.close();
  }
}
