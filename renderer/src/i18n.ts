// Every string of the UI goes through i18next. UI wording lives in locales/*.json; the register's
// own words (field names, enum values) come from core/api/labels.ts, written once for reports and UI.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { labelsFor } from '../../core/api/labels';
import { LANGUAGES } from '../../core/api/schemas';
import de from './locales/de.json';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';

const ui = { en, nl, fr, de };
const resources = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, { translation: ui[lang], labels: labelsFor(lang) }]),
);

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  ns: ['translation', 'labels'],
  defaultNS: 'translation',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export default i18n;
