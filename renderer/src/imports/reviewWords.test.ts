// The import review's notes in each UI language: every kind of note worded from the locales, none
// left as a key or an empty placeholder, and the register's words (bases, kinds, countries, units,
// term labels) in the language asked for.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../core/api/enums';
import type { ImportBecame, ImportDoubt, ImportDrop, ImportRowError } from '../../../core/api/import-report';
import { labelsFor } from '../../../core/api/labels';
import de from '../locales/de.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import nl from '../locales/nl.json';
import { becameText, doubtText, dropText, rowErrorText, type ReviewWording } from './reviewWords';

const WORDING = { en, nl, fr, de };
const STYLE = { en: 'en-GB', nl: 'nl', fr: 'fr', de: 'de' } as const;

async function wording(lang: Language): Promise<ReviewWording> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: lang,
    resources: { [lang]: { translation: WORDING[lang], labels: labelsFor(lang) } },
    ns: ['translation', 'labels'],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return {
    t: i18n.t,
    lang,
    dateStyle: STYLE[lang],
    termLabel: (id, english) => (id === 'customers' && lang === 'nl' ? 'Klanten' : english),
  };
}

const BECAME: ImportBecame[] = [
  { kind: 'text', field: 'department', text: 'HR' },
  { kind: 'automatedDecision', yes: true },
  { kind: 'purpose', text: 'Payroll' },
  { kind: 'legalBasis', basis: 'legal_obligation' },
  { kind: 'purposeBases', purpose: 'analytics', bases: ['consent'], added: true },
  { kind: 'purposeBases', purpose: 'security', bases: ['legitimate_interests'], added: false },
  { kind: 'art9', condition: 'explicit_consent' },
  { kind: 'source', text: 'the data subject' },
  { kind: 'recipient', name: 'Mailchimp', recipientKind: 'processor' },
  { kind: 'agreement', recipient: 'Mailchimp', link: 'https://dpa.example' },
  { kind: 'note', text: 'https://contract.example' },
  { kind: 'transfer', country: 'US', safeguard: 'standard_contractual_clauses' },
  {
    kind: 'retention',
    durationValue: 5,
    durationUnit: 'years',
    trigger: 'na uitdiensttreding',
    criterion: '',
    scope: '',
  },
  { kind: 'dpia', state: 'done' },
  { kind: 'role', role: 'processor' },
  { kind: 'status', status: 'active' },
  { kind: 'date', field: 'reviewDate', date: '2026-03-15' },
  { kind: 'term', termKind: 'data_subject', termId: 'customers', term: 'Customers' },
  { kind: 'term', termKind: 'data_subject', termId: null, term: 'Ruimtevaarders' },
  { kind: 'safeguards' },
];
const DOUBTS: ImportDoubt[] = [
  { kind: 'fuzzy', value: 'Klantn', termId: 'customers', term: 'Customers', score: 0.86 },
  { kind: 'newTerm', value: 'Ruimtevaarders' },
  { kind: 'kindGuessed', name: 'HMRC', recipientKind: 'third_party' },
  { kind: 'noPeriod', text: 'until withdrawn' },
  { kind: 'noSafeguard', country: 'IN' },
];
const DROPS: ImportDrop[] = [
  { kind: 'unread', text: 'onbekend' },
  { kind: 'inEea', country: 'FR' },
];
const ERRORS: ImportRowError[] = [
  { kind: 'noName' },
  { kind: 'duplicate', row: 3, same: 'reference' },
  { kind: 'duplicate', row: 3, same: 'name' },
  { kind: 'invalid', path: 'name', message: 'Too long' },
];

describe('the import review in the UI language', () => {
  it.each(['en', 'nl', 'fr', 'de'] as const)('words every kind of note in %s', async (lang) => {
    const w = await wording(lang);
    const texts = [
      ...BECAME.map((n) => becameText(n, w)),
      ...DOUBTS.map((n) => doubtText(n, w)),
      ...DROPS.map((n) => dropText(n, w)),
      ...ERRORS.map((e) => rowErrorText(e, w)),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/imports\.|labels:|{{|undefined|\bnull\b/);
      expect(text.trim()).not.toBe('');
    }
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('speaks Dutch to a Dutch user, with the register’s words in Dutch', async () => {
    const w = await wording('nl');
    expect(doubtText(DOUBTS[0]!, w)).toBe('“Klantn” komt overeen met “Klanten” (score 0,86)');
    expect(doubtText(DOUBTS[1]!, w)).toBe(
      '“Ruimtevaarders” staat niet in de woordenlijst: voorgesteld als nieuwe term',
    );
    expect(becameText(BECAME[3]!, w)).toBe('Rechtsgrond: Wettelijke verplichting');
    expect(becameText(BECAME[11]!, w)).toBe('Doorgifte naar Verenigde Staten: Modelcontractbepalingen (art. 46)');
    expect(becameText(BECAME[12]!, w)).toBe('Bewaartermijn: 5 jaar na uitdiensttreding');
    expect(becameText(BECAME[16]!, w)).toBe('Herzieningsdatum: 15-03-2026');
    expect(dropText(DROPS[1]!, w)).toBe('Frankrijk (in de EER: geen doorgifte)');
    expect(rowErrorText(ERRORS[1]!, w)).toBe('Beschrijft dezelfde verwerking als rij 3 (zelfde referentie).');
  });
});
