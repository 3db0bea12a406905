// A register's languages, kept in register_meta: `language` (primary, default English) and
// `languages` (JSON list of the further ones).
import { z } from 'zod';
import { LANGUAGES } from './api/schemas';
import { DEFAULT_LANGUAGES, type RegisterLanguages } from './api/translations';
import type { CoreContext } from './context';

const lang = z.enum(LANGUAGES);

export function registerLanguages(ctx: CoreContext): RegisterLanguages {
  const read = ctx.register.sqlite.prepare('SELECT value FROM register_meta WHERE key = ?').pluck();
  return languagesFromMeta((key) => read.get(key) as string | undefined);
}

/** The languages as the meta rows state them (a dump's rows, or the open register's). */
export function languagesFromMeta(get: (key: string) => string | undefined): RegisterLanguages {
  const primary = lang.safeParse(get('language')).data ?? DEFAULT_LANGUAGES.primary;
  let further: unknown = [];
  try {
    further = JSON.parse(get('languages') ?? '[]');
  } catch {
    further = [];
  }
  const list = z.array(lang).safeParse(further).data ?? [];
  return { primary, further: [...new Set(list)].filter((l) => l !== primary) };
}

/** Sets the languages (inside the caller's transaction). */
export function writeRegisterLanguages(ctx: CoreContext, languages: RegisterLanguages): void {
  const upsert = ctx.register.sqlite.prepare(
    'INSERT INTO register_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  upsert.run('language', languages.primary);
  upsert.run('languages', JSON.stringify(languages.further.filter((l) => l !== languages.primary)));
}
