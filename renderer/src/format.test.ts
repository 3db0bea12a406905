// Issue 17, point 4: counts take their plural form and numbers and times their shape from the UI
// language, through the app's own locale files and i18next (as i18n.ts sets it up).
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { addFormatters, formatNumber, formatWhen, intlLocale } from './format';
import de from './locales/de.json';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';

// The browser's own language only decides between British and US English (format.ts).
beforeAll(() => vi.stubGlobal('navigator', { language: 'en-GB' }));

async function translator(lng: string): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({
    resources: { en: { translation: en }, nl: { translation: nl }, fr: { translation: fr }, de: { translation: de } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  addFormatters(i18n);
  return i18n.t;
}

// 14:05 UTC on 2 March 2026; shown in UTC here so the test does not depend on the machine's zone.
const AT = '2026-03-02T14:05:09.123Z';
const utc = { formatParams: { at: { timeZone: 'UTC' } } };

const EXPECTED = {
  en: {
    entries: ['1 entry', '2 entries'],
    shown: ['1 of 1 activity', '2 of 2 activities', '1,234 of 12,345 activities'],
    summary: '1 missing required particular and 2 points to confirm. Open an activity to complete it.',
    meta: 'Version 3 · last changed 2 Mar 2026, 14:05 UTC by Ann',
  },
  nl: {
    entries: ['1 item', '2 items'],
    shown: ['1 van 1 verwerking', '2 van 2 verwerkingen', '1.234 van 12.345 verwerkingen'],
    summary: '1 ontbrekend verplicht gegeven en 2 te bevestigen punten. Open een verwerking om ze aan te vullen.',
    meta: 'Versie 3 · laatst gewijzigd op 2 mrt 2026, 14:05 UTC door Ann',
  },
  fr: {
    entries: ['1 entrée', '2 entrées'],
    shown: ['1 sur 1 traitement', '2 sur 2 traitements', '1\u202f234 sur 12\u202f345 traitements'],
    summary: '1 mention obligatoire manquante et 2 points à confirmer. Ouvrez un traitement pour le compléter.',
    meta: 'Version 3 · dernière modification le 2 mars 2026, 14:05 UTC par Ann',
  },
  de: {
    entries: ['1 Eintrag', '2 Einträge'],
    shown: ['1 von 1 Tätigkeit', '2 von 2 Tätigkeiten', '1.234 von 12.345 Tätigkeiten'],
    summary:
      '1 fehlende Pflichtangabe und 2 zu bestätigende Punkte. Öffnen Sie eine Tätigkeit, um sie zu vervollständigen.',
    meta: 'Version 3 · zuletzt geändert am 2. März 2026, 14:05 UTC von Ann',
  },
};

describe.each(Object.entries(EXPECTED))('in %s', (lng, expected) => {
  it('writes a count of 1 and of 2 in their plural forms, with numbers in the language', async () => {
    const t = await translator(lng);
    expect([t('catalog.count', { count: 1 }), t('catalog.count', { count: 2 })]).toEqual(expected.entries);
    expect([
      t('activities.count', { shown: 1, count: 1 }),
      t('activities.count', { shown: 2, count: 2 }),
      t('activities.count', { shown: 1234, count: 12345 }),
    ]).toEqual(expected.shown);
    const summary = t('overview.summary', {
      missing: t('overview.missing', { count: 1 }),
      toConfirm: t('overview.toConfirm', { count: 2 }),
    });
    expect(summary).toBe(expected.summary);
  });

  it('writes a time as the language writes dates, with its zone', async () => {
    const t = await translator(lng);
    expect(t('editor.meta', { version: 3, at: AT, author: 'Ann', ...utc })).toBe(expected.meta);
  });
});

describe('format helpers', () => {
  it('use British English unless the browser says US English', () => {
    expect(intlLocale('en', 'en-US')).toBe('en-US');
    expect(intlLocale('en', 'en-IE')).toBe('en-GB');
    expect(intlLocale('nl', 'en-US')).toBe('nl');
    expect(formatWhen(AT, 'en', 'UTC')).toBe('2 Mar 2026, 14:05 UTC');
    vi.stubGlobal('navigator', { language: 'en-US' });
    expect(formatWhen(AT, 'en', 'UTC')).toBe('Mar 2, 2026, 02:05 PM UTC');
    vi.stubGlobal('navigator', { language: 'en-GB' });
  });

  it('leave what is not a time as it is, and group thousands per language', () => {
    expect(formatWhen('—', 'de')).toBe('—');
    expect(['en', 'nl', 'fr', 'de'].map((l) => formatNumber(1234567, l))).toEqual([
      '1,234,567',
      '1.234.567',
      '1\u202f234\u202f567',
      '1.234.567',
    ]);
  });
});
