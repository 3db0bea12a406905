// Every string of the UI goes through i18next. UI wording lives in locales/*.json; the register's
// own words (field names, enum values) come from core/api/labels.ts, written once for reports and UI.
// The language is the user's choice (header menu), else the browser's/OS's first language we speak.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { labelsFor } from '../../core/api/labels';
import { LANGUAGES, type Language } from '../../core/api/schemas';
import { addFormatters } from './format';
import de from './locales/de.json';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';
import { initialLanguage, preferences } from './preferences';

const ui = { en, nl, fr, de };
const resources = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, { translation: ui[lang], labels: labelsFor(lang) }]),
);

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  ns: ['translation', 'labels'],
  defaultNS: 'translation',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});
addFormatters(i18n);
document.documentElement.lang = i18n.language;

/** Switches the UI language and keeps the choice. */
export function chooseLanguage(lang: Language): void {
  preferences().set('language', lang);
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18n;
