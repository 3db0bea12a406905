import { useTranslation } from 'react-i18next';
import { dateStyleOf, type DateStyle } from '../../core/api/dates';
import { LANGUAGES, type Language } from '../../core/api/enums';

/** The UI language as one of the register's languages (labels, summaries). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'en';
}

/** Each language by its own name, as a language menu lists them. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
};

/** A language's name in the UI language, for sentences ("Missing in English", "Ontbreekt in het Engels"). */
export function languageNameIn(code: Language, ui: Language): string {
  try {
    const name = new Intl.DisplayNames([ui], { type: 'language' }).of(code);
    return name && name !== code ? name : LANGUAGE_NAMES[code];
  } catch {
    return LANGUAGE_NAMES[code];
  }
}

/**
 * How dates are written in the UI: the UI language's way; for English, US month-first only when the
 * browser/OS says en-US.
 */
export function useDateStyle(): DateStyle {
  const lang = useLanguage();
  if (lang !== 'en') return dateStyleOf(lang);
  const region = typeof navigator === 'undefined' ? '' : navigator.language;
  return dateStyleOf(region) === 'en-US' ? 'en-US' : 'en-GB';
}
