// Words of the register in the four languages the reports and the UI speak. Enum values stay
// English identifiers in the file; only their labels change with the language.
import type { DurationUnit, Language } from './schemas';

type Plural = { one: string; other: string };
const UNITS: Record<Language, Record<DurationUnit, Plural>> = {
  en: { days: { one: 'day', other: 'days' }, weeks: { one: 'week', other: 'weeks' }, months: { one: 'month', other: 'months' }, years: { one: 'year', other: 'years' } },
  nl: { days: { one: 'dag', other: 'dagen' }, weeks: { one: 'week', other: 'weken' }, months: { one: 'maand', other: 'maanden' }, years: { one: 'jaar', other: 'jaar' } },
  fr: { days: { one: 'jour', other: 'jours' }, weeks: { one: 'semaine', other: 'semaines' }, months: { one: 'mois', other: 'mois' }, years: { one: 'an', other: 'ans' } },
  de: { days: { one: 'Tag', other: 'Tage' }, weeks: { one: 'Woche', other: 'Wochen' }, months: { one: 'Monat', other: 'Monate' }, years: { one: 'Jahr', other: 'Jahre' } },
};

export function formatDuration(value: number, unit: DurationUnit, lang: Language): string {
  const words = UNITS[lang][unit];
  return `${value} ${value === 1 ? words.one : words.other}`;
}

export interface RetentionParts {
  durationValue: number | null;
  durationUnit: DurationUnit | null;
  criterion: string;
  trigger: string;
  /** Label of the data category or subject category the rule is limited to, if any. */
  scope: string;
}

/** "10 years after last use (Itsme users)" or "until consent is withdrawn". */
export function formatRetention(r: RetentionParts, lang: Language): string {
  const period = r.durationValue !== null && r.durationUnit !== null ? formatDuration(r.durationValue, r.durationUnit, lang) : '';
  const main = [period, r.trigger, period ? (r.criterion ? `— ${r.criterion}` : '') : r.criterion].filter(Boolean).join(' ');
  return r.scope ? `${main} (${r.scope})` : main;
}
