// The words of cookies in the four languages reports, notices and the UI speak: expiry, kind,
// party and the cookie columns. Kept beside labels.ts so a cookie is put into words in one place.
import type { Cookie } from './types';
import type { CookieExpiryUnit, CookieKind, CookieParty, Language } from './schemas';

type Plural = { one: string; other: string };

export interface CookieLabels {
  unit: Record<CookieExpiryUnit, Plural>;
  session: string;
  persistent: string;
  /** A cookie whose expiry is not recorded yet. */
  unknown: string;
  kind: Record<CookieKind, string>;
  party: Record<CookieParty, string>;
  /** The provider of a first-party cookie: the organisation itself. */
  us: string;
  field: {
    name: string;
    domain: string;
    provider: string;
    category: string;
    purpose: string;
    expiry: string;
    kind: string;
    party: string;
    activity: string;
  };
  sheet: string;
  uncategorised: string;
}

const EN: CookieLabels = {
  unit: {
    minutes: { one: 'minute', other: 'minutes' },
    hours: { one: 'hour', other: 'hours' },
    days: { one: 'day', other: 'days' },
    weeks: { one: 'week', other: 'weeks' },
    months: { one: 'month', other: 'months' },
    years: { one: 'year', other: 'years' },
  },
  session: 'Session',
  persistent: 'Persistent (until deleted)',
  unknown: 'Not stated',
  kind: { http_cookie: 'HTTP cookie', local_storage: 'Local storage', pixel: 'Pixel', sdk: 'SDK' },
  party: { first: 'First party', third: 'Third party' },
  us: 'Ourselves',
  field: {
    name: 'Cookie',
    domain: 'Domain',
    provider: 'Provider',
    category: 'Category',
    purpose: 'Purpose',
    expiry: 'Expiry',
    kind: 'Kind',
    party: 'Party',
    activity: 'Activity',
  },
  sheet: 'Cookies',
  uncategorised: 'Not categorised',
};

const NL: CookieLabels = {
  unit: {
    minutes: { one: 'minuut', other: 'minuten' },
    hours: { one: 'uur', other: 'uur' },
    days: { one: 'dag', other: 'dagen' },
    weeks: { one: 'week', other: 'weken' },
    months: { one: 'maand', other: 'maanden' },
    years: { one: 'jaar', other: 'jaar' },
  },
  session: 'Sessie',
  persistent: 'Permanent (tot verwijdering)',
  unknown: 'Niet vermeld',
  kind: { http_cookie: 'HTTP-cookie', local_storage: 'Lokale opslag', pixel: 'Pixel', sdk: 'SDK' },
  party: { first: 'Eigen cookie', third: 'Cookie van derden' },
  us: 'Wijzelf',
  field: {
    name: 'Cookie',
    domain: 'Domein',
    provider: 'Aanbieder',
    category: 'Categorie',
    purpose: 'Doel',
    expiry: 'Vervaltermijn',
    kind: 'Soort',
    party: 'Herkomst',
    activity: 'Verwerkingsactiviteit',
  },
  sheet: 'Cookies',
  uncategorised: 'Niet ingedeeld',
};

const FR: CookieLabels = {
  unit: {
    minutes: { one: 'minute', other: 'minutes' },
    hours: { one: 'heure', other: 'heures' },
    days: { one: 'jour', other: 'jours' },
    weeks: { one: 'semaine', other: 'semaines' },
    months: { one: 'mois', other: 'mois' },
    years: { one: 'an', other: 'ans' },
  },
  session: 'Session',
  persistent: 'Permanent (jusqu’à suppression)',
  unknown: 'Non indiquée',
  kind: { http_cookie: 'Cookie HTTP', local_storage: 'Stockage local', pixel: 'Pixel', sdk: 'SDK' },
  party: { first: 'Cookie interne', third: 'Cookie tiers' },
  us: 'Nous-mêmes',
  field: {
    name: 'Cookie',
    domain: 'Domaine',
    provider: 'Fournisseur',
    category: 'Catégorie',
    purpose: 'Finalité',
    expiry: 'Durée de conservation',
    kind: 'Type',
    party: 'Origine',
    activity: 'Activité de traitement',
  },
  sheet: 'Cookies',
  uncategorised: 'Non classé',
};

const DE: CookieLabels = {
  unit: {
    minutes: { one: 'Minute', other: 'Minuten' },
    hours: { one: 'Stunde', other: 'Stunden' },
    days: { one: 'Tag', other: 'Tage' },
    weeks: { one: 'Woche', other: 'Wochen' },
    months: { one: 'Monat', other: 'Monate' },
    years: { one: 'Jahr', other: 'Jahre' },
  },
  session: 'Sitzung',
  persistent: 'Dauerhaft (bis zur Löschung)',
  unknown: 'Nicht angegeben',
  kind: { http_cookie: 'HTTP-Cookie', local_storage: 'Lokaler Speicher', pixel: 'Pixel', sdk: 'SDK' },
  party: { first: 'Erstanbieter', third: 'Drittanbieter' },
  us: 'Wir selbst',
  field: {
    name: 'Cookie',
    domain: 'Domain',
    provider: 'Anbieter',
    category: 'Kategorie',
    purpose: 'Zweck',
    expiry: 'Speicherdauer',
    kind: 'Art',
    party: 'Herkunft',
    activity: 'Verarbeitungstätigkeit',
  },
  sheet: 'Cookies',
  uncategorised: 'Nicht eingeordnet',
};

const BY_LANG: Record<Language, CookieLabels> = { en: EN, nl: NL, fr: FR, de: DE };

export function cookieLabels(lang: Language): CookieLabels {
  return BY_LANG[lang];
}

/** "1 year", "Session", "Persistent (until deleted)"; "Not stated" while unknown. */
export function formatCookieExpiry(c: Pick<Cookie, 'expiry' | 'expiryValue' | 'expiryUnit'>, lang: Language): string {
  const L = BY_LANG[lang];
  if (c.expiry === 'session') return L.session;
  if (c.expiry === 'persistent') return L.persistent;
  if (c.expiry === 'duration' && c.expiryValue !== null && c.expiryUnit !== null) {
    const w = L.unit[c.expiryUnit];
    return `${c.expiryValue} ${c.expiryValue === 1 ? w.one : w.other}`;
  }
  return L.unknown;
}
