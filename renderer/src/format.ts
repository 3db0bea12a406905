// Times and numbers in the UI language, through Intl: `{{at, when}}` in a translation (an i18next
// formatter, added by i18n.ts) or `useFormat()` where a component shows one outside a sentence.
// Times show in the user's time zone, named ("14:03 CET"), since colleagues sharing a register
// may sit in different zones; the register itself stores UTC.
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The Intl locale of a UI language: English is British unless the browser/OS says US English. */
export function intlLocale(lang: string, browser = typeof navigator === 'undefined' ? '' : navigator.language): string {
  if (lang !== 'en') return lang;
  return browser.toLowerCase().replace('_', '-') === 'en-us' ? 'en-US' : 'en-GB';
}

const WHEN: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** An ISO timestamp as date, minutes and zone in the UI language; anything else ("—") as given. */
export function formatWhen(iso: string, lang: string, timeZone?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(intlLocale(lang), { ...WHEN, ...(timeZone ? { timeZone } : {}) }).format(time);
}

export const formatNumber = (n: number, lang: string): string => new Intl.NumberFormat(intlLocale(lang)).format(n);

/** Adds `when` to i18next's formatters, beside its own `number`: `{{at, when}}`, `{{at, when(timeZone: UTC)}}`. */
export function addFormatters(i18n: I18n): void {
  i18n.services.formatter?.add('when', (value: unknown, lng: string | undefined, options: { timeZone?: string }) =>
    formatWhen(String(value), lng ?? 'en', options.timeZone),
  );
}

/** The formatting functions in the current UI language. */
export function useFormat(): { when: (iso: string) => string; number: (n: number) => string } {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return { when: (iso) => formatWhen(iso, lang), number: (n) => formatNumber(n, lang) };
}
