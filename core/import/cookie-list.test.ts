// The cookie list's reading rules on their own: durations in a cookie policy's units, first or
// third party against the site, and the shapes of list the browsers and extensions write.
import { describe, expect, it } from 'vitest';
import { durationOf, parseCookieList, partyOf, siteHost } from './cookie-list';
import { expiryOf } from './cookie-sheet';

const H = 3600;
const D = 24 * H;

describe('cookie list import', () => {
  it('rounds the time left to the unit a cookie policy uses', () => {
    expect(durationOf(-5)).toEqual({ value: 1, unit: 'minutes' });
    expect(durationOf(30 * 60)).toEqual({ value: 30, unit: 'minutes' });
    expect(durationOf(H + 60)).toEqual({ value: 1, unit: 'hours' });
    expect(durationOf(D)).toEqual({ value: 1, unit: 'days' });
    expect(durationOf(14 * D + 100)).toEqual({ value: 2, unit: 'weeks' });
    expect(durationOf(90 * D)).toEqual({ value: 3, unit: 'months' });
    expect(durationOf(365 * D)).toEqual({ value: 1, unit: 'years' });
    expect(durationOf(400 * D)).toEqual({ value: 13, unit: 'months' });
    expect(durationOf(730 * D)).toEqual({ value: 2, unit: 'years' });
    expect(durationOf(3650 * D)).toEqual({ value: 10, unit: 'years' });
  });

  it('tells first from third party by the site, its subdomains and its parents', () => {
    const site = siteHost('https://www.Example.be/nl/');
    expect(site).toBe('example.be');
    expect(partyOf('example.be', site)).toBe('first');
    expect(partyOf('www.example.be', site)).toBe('first');
    expect(partyOf('shop.example.be', site)).toBe('first');
    expect(partyOf('doubleclick.net', site)).toBe('third');
    expect(partyOf('notexample.be', site)).toBe('third');
    expect(partyOf('be', siteHost('shop.example.be'))).toBe('first');
  });

  it('reads arrays and { cookies: [...] }, expires and expirationDate, session flags', () => {
    const list = parseCookieList(
      JSON.stringify({
        cookies: [
          { name: ' a ', domain: '.X.be', expires: -1 },
          { name: 'b', domain: 'x.be', expires: 1_900_000_000.5, session: false },
          { name: 'c', host: 'y.be' },
        ],
      }),
      'l.json',
    );
    expect(list).toEqual([
      { name: 'a', domain: 'x.be', expiresAt: null },
      { name: 'b', domain: 'x.be', expiresAt: 1_900_000_000.5 },
      { name: 'c', domain: 'y.be', expiresAt: null },
    ]);
    expect(parseCookieList('\uFEFF[{"name":"d","expirationDate":5,"session":true}]', 'l.json')).toEqual([
      { name: 'd', domain: '', expiresAt: null },
    ]);
    expect(() => parseCookieList('[{"name":""}]', 'l.json')).toThrow('l.json, cookie 1 has no name');
  });

  it("reads a spreadsheet's expiry in the four languages", () => {
    const d = (expiryValue: number, expiryUnit: string) => ({ expiry: 'duration', expiryValue, expiryUnit });
    expect(expiryOf('')).toBe('keep');
    expect(expiryOf('Session')).toEqual({ expiry: 'session', expiryValue: null, expiryUnit: null });
    expect(expiryOf('Einde sessie')).toEqual({ expiry: 'session', expiryValue: null, expiryUnit: null });
    expect(expiryOf('Persistent')).toEqual({ expiry: 'persistent', expiryValue: null, expiryUnit: null });
    expect(expiryOf('1 jaar')).toEqual(d(1, 'years'));
    expect(expiryOf('13 mois')).toEqual(d(13, 'months'));
    expect(expiryOf('2 Jahre')).toEqual(d(2, 'years'));
    expect(expiryOf('30 minuten')).toEqual(d(30, 'minutes'));
    expect(expiryOf('24 heures')).toEqual(d(24, 'hours'));
    expect(expiryOf('soon')).toBeNull();
    expect(expiryOf('3 fortnights')).toBeNull();
  });
});
