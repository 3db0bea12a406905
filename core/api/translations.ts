// Which text of a field a reader in a given language gets: the register's primary language is the
// field itself, a further language its translation, and a missing translation falls back to the
// primary text, flagged so reports can mark it and the editor can show it as missing.
import type { Language, Translations } from './schemas';

export interface RegisterLanguages {
  primary: Language;
  further: Language[];
}

export const DEFAULT_LANGUAGES: RegisterLanguages = { primary: 'en', further: [] };

export interface Shown<T> {
  value: T;
  /** True when `lang` is one of the register's further languages and lacks this text. */
  fallback: boolean;
}

/** The text of `field` in `lang`. Empty primary texts never count as missing translations. */
export function textIn<T extends string | string[]>(
  translations: Translations | undefined,
  field: string,
  primaryValue: T,
  lang: Language,
  languages: RegisterLanguages,
): Shown<T> {
  if (lang === languages.primary || !languages.further.includes(lang)) return { value: primaryValue, fallback: false };
  const own = translations?.[lang]?.[field];
  const present = Array.isArray(own) ? own.length > 0 : typeof own === 'string' && own.trim() !== '';
  if (present) return { value: own as T, fallback: false };
  const empty = Array.isArray(primaryValue) ? primaryValue.length === 0 : primaryValue.trim() === '';
  return { value: primaryValue, fallback: !empty };
}

/** Further languages that lack a text the primary language has. */
export function missingTranslations(
  translations: Translations | undefined,
  fields: Record<string, string | string[]>,
  languages: RegisterLanguages,
): { lang: Language; field: string }[] {
  const out: { lang: Language; field: string }[] = [];
  for (const lang of languages.further)
    for (const [field, value] of Object.entries(fields))
      if (textIn(translations, field, value, lang, languages).fallback) out.push({ lang, field });
  return out;
}
