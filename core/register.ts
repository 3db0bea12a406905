// Creating and opening registers as the app, the CLI and the tests see them: the file rules come
// from db/, the default content (vocabularies, sample) from the core.
import { createRegisterFile, openForReading, openRegister, type OpenOptions, type ReadableRegister } from '../db/open';
import { registerMeta } from '../db/schema';
import { createContext, type CoreContext } from './context';
import { DATA_STEPS } from './data-steps';
import { insertBuiltInTerms } from './terms';
import { DEFAULT_TERMS } from './vocabulary';

export interface NewRegisterOptions {
  migrationsFolder?: string;
  author: string;
  /** Shown as the register's title; defaults to the file name. */
  name?: string;
  /** The clock its history is written by (tests that need a register made on a given day). */
  now?: () => string;
}

/** A new register file with the default vocabularies; refuses to overwrite an existing file. */
export function newRegister(file: string, options: NewRegisterOptions): CoreContext {
  const register = createRegisterFile(
    file,
    options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {},
  );
  const ctx = createContext(register, options.author, options.now);
  register.sqlite.transaction(() => {
    insertBuiltInTerms(ctx, DEFAULT_TERMS);
    const meta = [
      { key: 'created_at', value: ctx.now() },
      ...(options.name ? [{ key: 'name', value: options.name }] : []),
    ];
    ctx.register.db.insert(registerMeta).values(meta).run();
  })();
  return ctx;
}

/** Opens a register for `author`, upgrading an older one (with its data steps) unless read-only. */
export function openSession(file: string, author: string, options: Omit<OpenOptions, 'dataSteps'> = {}): CoreContext {
  return createContext(openRegister(file, { ...options, dataSteps: DATA_STEPS }), author);
}

/**
 * Opens a register for reading without changing it, an older one through an upgraded temporary
 * copy (db/open.ts openForReading); `register.upgradedFrom` says which schema the user's file has then.
 */
export function openSessionForReading(
  file: string,
  author: string,
  options: Pick<OpenOptions, 'migrationsFolder'> = {},
): ReadingContext {
  const register = openForReading(file, { ...options, dataSteps: DATA_STEPS });
  return { ...createContext(register, author), register };
}

/** A context on a register opened for reading only. */
export type ReadingContext = CoreContext & { readonly register: ReadableRegister };
