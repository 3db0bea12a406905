// Creating and opening registers as the app, the CLI and the tests see them: the file rules come
// from db/, the default content (vocabularies, sample) from the core.
import { createRegisterFile, openRegister, type OpenOptions, type Register } from '../db/open';
import { registerMeta, terms } from '../db/schema';
import { createContext, type CoreContext } from './context';
import { newStamp } from './stamps';
import { DEFAULT_TERMS } from './vocabulary';

export interface NewRegisterOptions {
  migrationsFolder?: string;
  author: string;
  /** Shown as the register's title; defaults to the file name. */
  name?: string;
}

function seedVocabulary(ctx: CoreContext): void {
  ctx.register.db
    .insert(terms)
    .values(
      DEFAULT_TERMS.map((t) => ({
        description: '',
        special: false,
        criminal: false,
        ...t,
        ...newStamp(ctx),
        builtIn: true,
      })),
    )
    .run();
}

/** A new register file with the default vocabularies; refuses to overwrite an existing file. */
export function newRegister(file: string, options: NewRegisterOptions): CoreContext {
  const register = createRegisterFile(
    file,
    options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {},
  );
  const ctx = createContext(register, options.author);
  register.sqlite.transaction(() => {
    seedVocabulary(ctx);
    const meta = [
      { key: 'created_at', value: ctx.now() },
      ...(options.name ? [{ key: 'name', value: options.name }] : []),
    ];
    ctx.register.db.insert(registerMeta).values(meta).run();
  })();
  return ctx;
}

export function openSession(file: string, author: string, options: OpenOptions = {}): CoreContext {
  const register: Register = openRegister(file, options);
  return createContext(register, author);
}
