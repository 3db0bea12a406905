// Each language's UI wording is its own chunk, fetched when the language is first used: the first
// load carries one language's, not four. The entry (main.tsx) asks for the first language's as the
// code starts and i18n.ts imports the same chunk later, so it is fetched once, beside the app's code.
import type { Language } from '../../core/api/enums';

export const UI_WORDING: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./locales/en.json'),
  nl: () => import('./locales/nl.json'),
  fr: () => import('./locales/fr.json'),
  de: () => import('./locales/de.json'),
};
