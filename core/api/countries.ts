// Countries as the register stores them (ISO 3166-1 alpha-2) and as people name them. Names come from
// the runtime's CLDR data (Intl.DisplayNames), so every language Node and Chromium know is covered
// without a bundled translation table. Browser-safe: used by the UI, the checks and the import.
import { LANGUAGES } from './enums';

/** Every officially assigned ISO 3166-1 alpha-2 code. */
// prettier-ignore
export const COUNTRY_CODES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS',
  'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN',
  'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE',
  'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM',
  'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM',
  'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC',
  'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK',
  'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG',
  'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS',
  'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO',
  'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
] as const;

/** The European Economic Area: the 27 EU member states plus Iceland, Liechtenstein and Norway. */
// prettier-ignore
export const EEA_COUNTRIES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE',
  'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
  'IS', 'LI', 'NO',
] as const;

const eea: ReadonlySet<string> = new Set(EEA_COUNTRIES);
const known: ReadonlySet<string> = new Set(COUNTRY_CODES);

/** True for an EEA country code (case-insensitive); a transfer anywhere else falls under Chapter V. */
export function isEea(code: string): boolean {
  return eea.has(code.toUpperCase());
}

/** True for an assigned ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  return known.has(code);
}

const namers = new Map<string, Intl.DisplayNames>();
function namer(language: string): Intl.DisplayNames {
  let n = namers.get(language);
  if (!n) {
    n = new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'code' });
    namers.set(language, n);
  }
  return n;
}

/** The country's name in `language` ("Verenigde Staten" for US in nl); the code itself if unknown. */
export function countryName(code: string, language: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  return namer(language).of(code.toUpperCase()) ?? code;
}

export type CountryOption = { code: string; name: string; eea: boolean };

/** Every country, named in `language` and sorted by that name as that language sorts. */
export function countryOptions(language: string): CountryOption[] {
  const collator = new Intl.Collator(language);
  return COUNTRY_CODES.map((code) => ({ code, name: countryName(code, language), eea: eea.has(code) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}

/** Lower case without accents or punctuation, so "Belgique", "BELGIË" and "belgie" compare equal. */
export function foldCountryText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let byName: Map<string, string> | undefined;

/**
 * The ISO code for a country written as people write it: the code itself ("us", "BE") or its name in
 * any of the register's languages (English, Dutch, French, German), ignoring case and accents.
 * Undefined when nothing matches exactly.
 */
export function countryCodeFor(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && known.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  if (!byName) {
    byName = new Map();
    for (const language of LANGUAGES) {
      for (const code of COUNTRY_CODES) {
        const key = foldCountryText(countryName(code, language));
        if (!byName.has(key)) byName.set(key, code);
      }
    }
  }
  return byName.get(foldCountryText(trimmed));
}
