// Every string of the UI goes through i18next. UI wording lives in locales/*.json; the register's
// own words (field names, enum values) come from core/api/labels.ts, written once for reports and UI.
// The language is the user's choice (header menu), else the browser's/OS's first language we speak.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { labelsFor } from '../../core/api/labels';
import type { Language } from '../../core/api/enums';
import { addFormatters } from './format';
import { initialLanguage, preferences } from './preferences';
import { UI_WORDING } from './wording';

async function loadLanguage(lang: Language): Promise<void> {
  if (i18n.hasResourceBundle(lang, 'translation')) return;
  const { default: wording } = await UI_WORDING[lang]();
  i18n.addResourceBundle(lang, 'translation', wording);
  i18n.addResourceBundle(lang, 'labels', labelsFor(lang));
}

const firstLanguage = initialLanguage();
void i18n.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng: firstLanguage,
  fallbackLng: 'en',
  ns: ['translation', 'labels'],
  defaultNS: 'translation',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});
addFormatters(i18n);
document.documentElement.lang = firstLanguage;

/** Resolves once the UI's first language (and English, the fallback) can be shown. */
export const languagesReady: Promise<void> = Promise.all([loadLanguage(firstLanguage), loadLanguage('en')]).then(
  () => undefined,
);

/** Switches the UI language and keeps the choice. */
export function chooseLanguage(lang: Language): void {
  preferences().set('language', lang);
  void loadLanguage(lang).then(() => i18n.changeLanguage(lang));
  document.documentElement.lang = lang;
}

export default i18n;
