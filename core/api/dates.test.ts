import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptedForms,
  DATE_STYLES,
  dateStyleOf,
  formatDate,
  parseDate,
  parseWrittenDate,
  type DateStyle,
} from './dates';

const style = fc.constantFrom(...DATE_STYLES);
// Every real day of years 1000-9999, as the calendar (not our parser) knows them.
const realDay = fc
  .date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => ({
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    iso: d.toISOString().slice(0, 10),
  }));

describe('parseDate', () => {
  it('reads back any real date written in any accepted form of any style', () => {
    fc.assert(
      fc.property(realDay, style, fc.boolean(), (day, s, spaced) => {
        for (const text of acceptedForms(day.y, day.m, day.d, s)) {
          expect(parseDate(spaced ? `  ${text} ` : text, s)).toEqual({ ok: true, iso: day.iso });
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads back its own display form', () => {
    fc.assert(
      fc.property(realDay, style, (day, s) => {
        expect(parseDate(formatDate(day.iso, s), s)).toEqual({ ok: true, iso: day.iso });
      }),
    );
  });

  it('never turns an impossible day, month or year into a date', () => {
    const impossible = fc.oneof(
      // A day past the month's end (29-31 where the month is shorter) or day 0.
      fc
        .record({
          y: fc.integer({ min: 1000, max: 9999 }),
          m: fc.integer({ min: 1, max: 12 }),
          d: fc.integer({ min: 29, max: 99 }),
        })
        .filter(({ y, m, d }) => d > new Date(Date.UTC(y, m, 0)).getUTCDate()),
      fc.record({ y: fc.integer({ min: 1000, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.constant(0) }),
      // Month 0 or 13-99.
      fc.record({
        y: fc.integer({ min: 1000, max: 9999 }),
        m: fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })),
        d: fc.integer({ min: 1, max: 28 }),
      }),
    );
    fc.assert(
      fc.property(impossible, style, ({ y, m, d }, s) => {
        for (const text of acceptedForms(y, m, d, s))
          expect(parseDate(text, s)).toEqual({ ok: false, reason: 'impossible' });
      }),
      { numRuns: 2_000 },
    );
  });

  it('never turns arbitrary text into anything but a real ISO date', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), style, (text, s) => {
        const out = parseDate(text, s);
        if (!out.ok) return;
        const [y, m, d] = out.iso.split('-').map(Number) as [number, number, number];
        const back = new Date(Date.UTC(y, m - 1, d));
        expect(back.toISOString().slice(0, 10)).toBe(out.iso);
        expect(y).toBeGreaterThanOrEqual(1000);
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads the dates of the issue the way a Belgian officer meant them, or refuses them', () => {
    expect(parseDate('15/03/2024', 'nl')).toEqual({ ok: true, iso: '2024-03-15' });
    expect(parseDate('31.12.2025', 'de')).toEqual({ ok: true, iso: '2025-12-31' });
    expect(parseDate('1-2-2025', 'fr')).toEqual({ ok: true, iso: '2025-02-01' });
    expect(parseDate('2025-13-45', 'nl')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDate('31.02.2025', 'de')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDate('next tuesday', 'en-GB')).toEqual({ ok: false, reason: 'format' });
    expect(parseDate('', 'en-GB')).toEqual({ ok: false, reason: 'empty' });
    expect(parseDate('15/3/24', 'en-GB')).toEqual({ ok: false, reason: 'format' });
  });

  it('reads month first only in US English', () => {
    expect(parseDate('03/04/2024', 'en-US')).toEqual({ ok: true, iso: '2024-03-04' });
    expect(parseDate('03/04/2024', 'en-GB')).toEqual({ ok: true, iso: '2024-04-03' });
    expect(parseDate('12/31/2025', 'en-US')).toEqual({ ok: true, iso: '2025-12-31' });
    expect(parseDate('12/31/2025', 'nl')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDate('31.12.2025', 'en-US')).toEqual({ ok: false, reason: 'format' });
  });
});

describe('formatDate and dateStyleOf', () => {
  it('writes each style in its own form', () => {
    const shown: Record<DateStyle, string> = {
      'en-GB': '05/03/2024',
      'en-US': '03/05/2024',
      nl: '05-03-2024',
      fr: '05/03/2024',
      de: '05.03.2024',
    };
    for (const s of DATE_STYLES) expect(formatDate('2024-03-05', s)).toBe(shown[s]);
  });

  it('takes the style from a locale tag', () => {
    expect(dateStyleOf('nl-BE')).toBe('nl');
    expect(dateStyleOf('fr')).toBe('fr');
    expect(dateStyleOf('de-AT')).toBe('de');
    expect(dateStyleOf('en-US')).toBe('en-US');
    expect(dateStyleOf('en_us')).toBe('en-US');
    expect(dateStyleOf('en')).toBe('en-GB');
    expect(dateStyleOf('pt-BR')).toBe('en-GB');
    expect(dateStyleOf(undefined)).toBe('en-GB');
  });
});

describe('parseWrittenDate: the month by its name in English, Dutch, French and German', () => {
  it.each([
    ['3 March 2024', '2024-03-03'],
    ['3 maart 2024', '2024-03-03'],
    ['3 mars 2024', '2024-03-03'],
    ['3. März 2024', '2024-03-03'],
    ['3. Marz 2024', '2024-03-03'],
    ['1er août 2025', '2025-08-01'],
    ['15 okt. 2023', '2023-10-15'],
    ['31 décembre 2026', '2026-12-31'],
    ['17. Dezember 2026', '2026-12-17'],
    ['29 februari 2024', '2024-02-29'],
    ['March 3, 2024', '2024-03-03'],
    ['3rd of May 2024', '2024-05-03'],
    ['  3   mei   2024 ', '2024-05-03'],
  ])('%s is %s', (text, iso) => {
    expect(parseWrittenDate(text)).toEqual({ ok: true, iso });
  });

  it.each([
    ['30 February 2024', 'impossible'],
    ['29 februari 2023', 'impossible'],
    ['3 Marsch 2024', 'format'],
    ['March 2024', 'format'],
    ['2024-03-03', 'format'],
    ['', 'empty'],
  ])('%s is refused (%s)', (text, reason) => {
    expect(parseWrittenDate(text)).toEqual({ ok: false, reason });
  });

  it('reads every real day written with each language’s full month name', () => {
    const names = {
      en: [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ],
      nl: [
        'januari',
        'februari',
        'maart',
        'april',
        'mei',
        'juni',
        'juli',
        'augustus',
        'september',
        'oktober',
        'november',
        'december',
      ],
      fr: [
        'janvier',
        'février',
        'mars',
        'avril',
        'mai',
        'juin',
        'juillet',
        'août',
        'septembre',
        'octobre',
        'novembre',
        'décembre',
      ],
      de: [
        'Januar',
        'Februar',
        'März',
        'April',
        'Mai',
        'Juni',
        'Juli',
        'August',
        'September',
        'Oktober',
        'November',
        'Dezember',
      ],
    };
    fc.assert(
      fc.property(realDay, fc.constantFrom('en', 'nl', 'fr', 'de') as fc.Arbitrary<keyof typeof names>, (day, lang) => {
        const text = `${day.d}${lang === 'de' ? '.' : ''} ${names[lang][day.m - 1]} ${day.y}`;
        expect(parseWrittenDate(text)).toEqual({ ok: true, iso: day.iso });
      }),
    );
  });
});
