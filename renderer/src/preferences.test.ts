import { describe, expect, it } from 'vitest';
import { languageFromLocales } from './preferences';

describe('languageFromLocales', () => {
  it('takes the first browser/OS language the UI speaks, by its language part', () => {
    expect(languageFromLocales(['nl-BE', 'en'])).toBe('nl');
    expect(languageFromLocales(['fr_BE'])).toBe('fr');
    expect(languageFromLocales(['pt-BR', 'de-AT', 'fr'])).toBe('de');
    expect(languageFromLocales(['en-US'])).toBe('en');
  });
  it('falls back to English', () => {
    expect(languageFromLocales(['ja-JP'])).toBe('en');
    expect(languageFromLocales([])).toBe('en');
  });
});
