// Dates as people type them: ISO (2025-03-15) everywhere, and the day-first forms of the user's
// locale (15/03/2025, 15.03.2025, 15-3-2025) or, only for US English, month-first (03/15/2025).
// Pure and browser-safe: the renderer's date field and the spreadsheet importer share it, so a
// date that one accepts the other reads the same way. Stored dates are always ISO YYYY-MM-DD.
//
//   parseDate(text, style)  -> { ok: true, iso } | { ok: false, reason }
//   formatDate(iso, style)  -> the date written in the style's display form
//   dateStyleOf(locale)     -> the style of a BCP 47 locale or UI language ('nl-BE' -> 'nl')
//   DATE_HINT[style]        -> the display form as a pattern for a hint ("DD-MM-YYYY")

/** How a locale writes dates. 'en-GB' is every English but US English. */
export const DATE_STYLES = ['en-GB', 'en-US', 'nl', 'fr', 'de'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/** Why a text is not a date: nothing typed, not a date pattern, or a pattern naming no real day. */
export type DateRefusal = 'empty' | 'format' | 'impossible';
export type ParsedDate = { ok: true; iso: string } | { ok: false; reason: DateRefusal };

/** Each style's display order and separator. */
const DISPLAY: Record<DateStyle, { order: 'dmy' | 'mdy'; sep: string }> = {
  'en-GB': { order: 'dmy', sep: '/' },
  'en-US': { order: 'mdy', sep: '/' },
  nl: { order: 'dmy', sep: '-' },
  fr: { order: 'dmy', sep: '/' },
  de: { order: 'dmy', sep: '.' },
};

/** The display form as a pattern, in the letters each language's users know. */
export const DATE_HINT: Record<DateStyle, string> = {
  'en-GB': 'DD/MM/YYYY',
  'en-US': 'MM/DD/YYYY',
  nl: 'DD-MM-JJJJ',
  fr: 'JJ/MM/AAAA',
  de: 'TT.MM.JJJJ',
};

/** One-line English reasons, for callers without a UI language (CLI, importer). */
export const DATE_REFUSAL_EN: Record<DateRefusal, string> = {
  empty: 'no date given',
  format: 'not a date: write it as YYYY-MM-DD or in the locale’s form',
  impossible: 'no such date in the calendar',
};

/** The date style of a BCP 47 locale ('nl-BE', 'en-US', 'de') or UI language; unknown ones get 'en-GB'. */
export function dateStyleOf(locale: string | null | undefined): DateStyle {
  const tag = (locale ?? '').trim().toLowerCase().replace('_', '-');
  if (tag === 'en-us') return 'en-US';
  const lang = tag.split('-')[0];
  if (lang === 'nl' || lang === 'fr' || lang === 'de') return lang;
  return 'en-GB';
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Day or month first, one or two digits each, one separator used twice, a four-digit year.
const LOCAL = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function toIso(year: number, month: number, day: number): ParsedDate {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { ok: false, reason: 'impossible' };
  return { ok: true, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/**
 * Reads a typed date. Accepted: ISO (YYYY-MM-DD, leading zeros optional) in every style; in the
 * day-first styles D/M/YYYY, D.M.YYYY and D-M-YYYY; in 'en-US' M/D/YYYY and M-D-YYYY only
 * (a dot form is European, so it is refused there rather than guessed). Never rolls over:
 * 31.02.2025 and 2025-13-45 are refused as impossible.
 */
export function parseDate(text: string, style: DateStyle): ParsedDate {
  const s = text.trim();
  if (s === '') return { ok: false, reason: 'empty' };
  const iso = ISO.exec(s);
  if (iso) return toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = LOCAL.exec(s);
  if (!local) return { ok: false, reason: 'format' };
  const [, first, sep, second, year] = local;
  if (DISPLAY[style].order === 'mdy') {
    if (sep === '.') return { ok: false, reason: 'format' };
    return toIso(Number(year), Number(first), Number(second));
  }
  return toIso(Number(year), Number(second), Number(first));
}

// Month names and their usual short forms in English, Dutch, French and German, without accents
// (compared after folding): "3 March 2024", "3 maart 2024", "3 mars 2024", "3. März 2024".
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'januari', 'janvier', 'janv', 'januar', 'janner'],
  ['february', 'feb', 'februari', 'fevrier', 'fevr', 'fev', 'februar'],
  ['march', 'mar', 'maart', 'mrt', 'mars', 'marz', 'mrz'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mei', 'mai'],
  ['june', 'jun', 'juni', 'juin'],
  ['july', 'jul', 'juli', 'juillet', 'juil'],
  ['august', 'aug', 'augustus', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'decembre', 'dezember', 'dez'],
];
const MONTH_OF = new Map(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const foldMonth = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
// Day first ("3 March 2024", "3. März 2024", "1er mars 2024", "3rd of May 2024") or month first ("March 3, 2024").
const DAY_MONTH = /^(\d{1,2})(?:\.|er|st|nd|rd|th)?\s+(?:of\s+)?(\p{L}+\.?)\s*,?\s+(\d{4})$/u;
const MONTH_DAY = /^(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})$/u;

/**
 * A date written with its month's name in English, Dutch, French or German, as spreadsheets and
 * documents have them: "3 March 2024", "3 maart 2024", "3 mars 2024", "3. März 2024",
 * "March 3, 2024". Numeric and ISO dates are left to `parseDate`; impossible days are refused.
 */
export function parseWrittenDate(text: string): ParsedDate {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s === '') return { ok: false, reason: 'empty' };
  const dm = DAY_MONTH.exec(s);
  const md = dm ? null : MONTH_DAY.exec(s);
  const [day, name, year] = dm ? [dm[1]!, dm[2]!, dm[3]!] : md ? [md[2]!, md[1]!, md[3]!] : [];
  const month = name === undefined ? undefined : MONTH_OF.get(foldMonth(name));
  if (month === undefined) return { ok: false, reason: 'format' };
  return toIso(Number(year), month, Number(day));
}

/** An ISO date (YYYY-MM-DD) in the style's display form; anything else is returned unchanged. */
export function formatDate(iso: string, style: DateStyle): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const { order, sep } = DISPLAY[style];
  return order === 'mdy' ? [mo, d, y].join(sep) : [d, mo, y].join(sep);
}

/** Every way `parseDate` accepts a given day in a style: for tests and for documentation. */
export function acceptedForms(year: number, month: number, day: number, style: DateStyle): string[] {
  const y = pad(year, 4);
  const iso = [`${y}-${pad(month)}-${pad(day)}`, `${y}-${month}-${day}`];
  const pairs =
    DISPLAY[style].order === 'mdy'
      ? [
          [pad(month), pad(day)],
          [String(month), String(day)],
        ]
      : [
          [pad(day), pad(month)],
          [String(day), String(month)],
        ];
  const seps = DISPLAY[style].order === 'mdy' ? ['/', '-'] : ['/', '.', '-'];
  return [...iso, ...pairs.flatMap(([a, b]) => seps.map((sep) => `${a}${sep}${b}${sep}${y}`))];
}
