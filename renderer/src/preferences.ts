// The user's own choices in this window: UI language (and, through it, the date style). Kept in the
// browser's storage until the host keeps them in settings.json (see setPreferenceStore).
import { LANGUAGES, type Language } from '../../core/api/enums';

export interface PreferenceStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

const local: PreferenceStore = {
  get: (key) => {
    try {
      return window.localStorage.getItem(`ropa.${key}`);
    } catch {
      return null;
    }
  },
  set: (key, value) => {
    try {
      window.localStorage.setItem(`ropa.${key}`, value);
    } catch {
      // Storage refused (private mode, quota): the choice lasts for this window only.
    }
  },
};
let store: PreferenceStore = local;
export const preferences = (): PreferenceStore => store;
export function setPreferenceStore(next: PreferenceStore): void {
  store = next;
}

const isLanguage = (s: string): s is Language => (LANGUAGES as readonly string[]).includes(s);

/** The first of the browser's/OS's preferred languages the UI speaks ('nl-BE' -> 'nl'), else English. */
export function languageFromLocales(locales: readonly string[]): Language {
  for (const tag of locales) {
    const lang = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLanguage(lang)) return lang;
  }
  return 'en';
}

export function initialLanguage(): Language {
  const saved = store.get('language');
  if (saved && isLanguage(saved)) return saved;
  const nav =
    typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  return languageFromLocales(nav.filter(Boolean));
}
