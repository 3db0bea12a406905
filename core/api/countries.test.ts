import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, EEA_COUNTRIES, countryCodeFor, countryName, countryOptions, isEea } from './countries';

describe('countries', () => {
  it('lists the 249 assigned ISO 3166-1 codes once each, the 30 EEA countries among them', () => {
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(COUNTRY_CODES.length).toBe(249);
    expect(EEA_COUNTRIES.length).toBe(30);
    for (const code of EEA_COUNTRIES) expect(COUNTRY_CODES).toContain(code);
  });

  it('tells EEA countries from third countries', () => {
    expect(isEea('BE')).toBe(true);
    expect(isEea('no')).toBe(true);
    expect(isEea('CH')).toBe(false);
    expect(isEea('GB')).toBe(false);
    expect(isEea('US')).toBe(false);
  });

  it('names countries in the UI language', () => {
    expect(countryName('US', 'en')).toBe('United States');
    expect(countryName('US', 'nl')).toBe('Verenigde Staten');
    expect(countryName('BE', 'fr')).toBe('Belgique');
    expect(countryName('DE', 'de')).toBe('Deutschland');
    expect(countryName('', 'en')).toBe('');
  });

  it('sorts the picker by name as the language sorts', () => {
    const nl = countryOptions('nl');
    expect(nl).toHaveLength(249);
    const names = nl.map((o) => o.name);
    expect(names.indexOf('België')).toBeLessThan(names.indexOf('Brazilië'));
    expect(nl.find((o) => o.code === 'NL')).toEqual({ code: 'NL', name: 'Nederland', eea: true });
    expect(nl.find((o) => o.code === 'US')?.eea).toBe(false);
  });

  it('reads a code or a name in any of the four languages, ignoring case and accents', () => {
    expect(countryCodeFor('us')).toBe('US');
    expect(countryCodeFor('United States')).toBe('US');
    expect(countryCodeFor('verenigde staten')).toBe('US');
    expect(countryCodeFor('Belgie')).toBe('BE');
    expect(countryCodeFor('BELGIQUE')).toBe('BE');
    expect(countryCodeFor('Vereinigte Staaten')).toBe('US');
    expect(countryCodeFor('  Allemagne ')).toBe('DE');
    expect(countryCodeFor('Atlantis')).toBeUndefined();
    expect(countryCodeFor('UN')).toBeUndefined();
  });
});
