// Every short text made of formula triggers, line breaks, delimiters and a letter, written out in
// full: each comes back whole behind its added quotes, with no trigger left where a spreadsheet
// (or a reader splitting on another delimiter) would start a cell or a line.
import { describe, expect, it } from 'vitest';
import { neutralise, neutraliseCsv } from './neutralise';

const ALPHABET = ['a', '=', '+', '-', '@', '\t', '\r', '\n', ',', ';'];

function* texts(maxLength: number): Generator<string> {
  let level = [''];
  for (let n = 1; n <= maxLength; n++) {
    level = level.flatMap((t) => ALPHABET.map((c) => t + c));
    yield* level;
  }
}

describe('formula neutralisation', () => {
  it('leaves no formula start in a workbook cell or at any line inside it, and drops nothing', () => {
    for (const text of texts(4)) {
      const out = neutralise(text);
      expect(out.replaceAll("'", '')).toBe(text);
      expect(out, JSON.stringify(text)).not.toMatch(/^[=+\-@\t\r\n]|[\r\n][=+\-@\t]/);
    }
  });

  it('in a CSV field, leaves none after any delimiter character either, and drops nothing', () => {
    for (const text of texts(4)) {
      const out = neutraliseCsv(text);
      expect(out.replaceAll("'", '')).toBe(text);
      expect(out, JSON.stringify(text)).not.toMatch(/^[=+\-@\t\r\n]|[\r\n][=+\-@\t]|[,;\t][=+\-@\t\r\n]/);
    }
  });

  it('returns text with nothing to neutralise as it is', () => {
    expect(neutraliseCsv('Consent, Contract; HR\tSales')).toBe('Consent, Contract; HR\tSales');
    expect(neutralise('line one\nline two')).toBe('line one\nline two');
  });
});
