// `ropa import FILE LIST.json --cookies` as a user runs it: the cookie lists Chrome's DevTools
// protocol (Playwright/Puppeteer) and cookie extensions export, into a real register; a re-import
// updates, a dry run and every bad input leave the file byte for byte, the history still verifies.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { must } from '../core/dispatcher';
import { sha256, tempDir } from '../core/test-helpers';
import { expectOneErrorLine, readBack, ropa, sampleRegister } from './test-helpers';

const DAY = 86_400;
const now = () => Math.floor(Date.now() / 1000);

/** Network.getAllCookies / Playwright storageState: `expires`, -1 for a session cookie. */
function devtoolsList(): unknown {
  return {
    cookies: [
      {
        name: 'sessionid',
        value: 'abc',
        domain: 'www.example.be',
        path: '/',
        expires: -1,
        size: 12,
        httpOnly: true,
        secure: true,
        session: true,
        sameSite: 'Lax',
        priority: 'Medium',
      },
      {
        name: '_ga',
        value: 'GA1.1.1',
        domain: '.example.be',
        path: '/',
        expires: now() + 400 * DAY + 0.25,
        size: 10,
        httpOnly: false,
        secure: false,
        session: false,
        priority: 'Medium',
      },
      // The same cookie on another path: still one cookie.
      { name: '_ga', value: 'GA1.1.2', domain: '.example.be', path: '/shop', expires: now() + 400 * DAY },
      { name: 'IDE', value: 'x', domain: '.doubleclick.net', path: '/', expires: now() + 390 * DAY, session: false },
    ],
    origins: [],
  };
}

/** EditThisCookie / Cookie-Editor: `expirationDate` in seconds, `session` for session cookies. */
function extensionList(gaDays: number): unknown {
  return [
    {
      domain: '.example.be',
      expirationDate: now() + gaDays * DAY + 0.5,
      hostOnly: false,
      httpOnly: false,
      name: '_ga',
      path: '/',
      sameSite: 'unspecified',
      secure: false,
      session: false,
      storeId: '0',
      value: 'GA1.1.3',
      id: 1,
    },
    {
      domain: 'www.example.be',
      hostOnly: true,
      httpOnly: false,
      name: 'lang',
      path: '/',
      sameSite: 'lax',
      secure: true,
      session: true,
      storeId: '0',
      value: 'nl',
      id: 2,
    },
    {
      domain: '.cloudflare.com',
      expirationDate: now() + 30 * 60,
      hostOnly: false,
      httpOnly: true,
      name: '__cf_bm',
      path: '/',
      sameSite: 'no_restriction',
      secure: true,
      session: false,
      storeId: '0',
      value: 'z',
      id: 3,
    },
  ];
}

function write(dir: string, name: string, body: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body, null, 2));
  return file;
}

describe('ropa import FILE LIST.json --cookies', () => {
  it('imports a DevTools list, then an extension list updates the same cookies instead of duplicating them', () => {
    const dir = tempDir();
    const register = sampleRegister(dir);
    const before = readBack(register);
    const sampleCount = must(before, 'listCookies', {}).length;
    const activity = must(before, 'listActivities', { lang: 'en' }).find((a) => a.reference === '2.1')!;
    before.register.close();

    const devtools = write(dir, 'devtools.json', devtoolsList());
    const first = ropa(
      ['import', register, devtools, '--cookies', '--site', 'https://www.example.be/', '--activity', '2.1'],
      { ROPA_AUTHOR: 'Bea' },
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('Updated sample.sqlite from devtools.json: 3 cookies created, 0 updated, 0 unchanged.\n');

    let ctx = readBack(register);
    const mine = () => must(ctx, 'listCookies', {}).filter((c) => /example\.be|doubleclick/.test(c.domain));
    expect(must(ctx, 'listCookies', {})).toHaveLength(sampleCount + 3);
    const byName = Object.fromEntries(mine().map((c) => [c.name, c]));
    expect(byName.sessionid).toMatchObject({
      domain: 'www.example.be',
      expiry: 'session',
      expiryValue: null,
      party: 'first',
      kind: 'http_cookie',
      activityId: activity.id,
    });
    expect(byName._ga).toMatchObject({
      domain: 'example.be',
      expiry: 'duration',
      expiryValue: 13,
      expiryUnit: 'months',
    });
    expect(byName._ga!.party).toBe('first');
    expect(byName.IDE).toMatchObject({ domain: 'doubleclick.net', party: 'third', expiryValue: 13 });
    const authors = must(ctx, 'listHistory', {})
      .filter((h) => h.entity === 'cookie')
      .map((h) => h.author);
    expect(authors.filter((a) => a === 'Bea (import of devtools.json)')).toHaveLength(3);
    expect(must(ctx, 'verifyHistory', {})).toMatchObject({ ok: true, differenceCount: 0 });
    ctx.register.close();

    // The extension's list: _ga now lasts two years and the sample's __cf_bm 30 minutes (updated), lang is new.
    const extension = write(dir, 'cookie-editor.json', extensionList(730));
    const second = ropa(['import', register, extension, '--cookies', '--site', 'example.be']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/1 cookies created, 2 updated, 0 unchanged/);
    ctx = readBack(register);
    const all = must(ctx, 'listCookies', {});
    expect(all.filter((c) => c.name === '_ga' && c.domain === 'example.be')).toHaveLength(1);
    const ga = all.find((c) => c.name === '_ga' && c.domain === 'example.be')!;
    // Updated in place: the activity it was given stays.
    expect(ga).toMatchObject({ expiryValue: 2, expiryUnit: 'years', activityId: activity.id, version: 2 });
    expect(all.find((c) => c.name === 'lang')).toMatchObject({ expiry: 'session', party: 'first' });
    // The sample's own __cf_bm is on cloudflare.com too: updated, not duplicated.
    expect(all.filter((c) => c.name === '__cf_bm')).toHaveLength(1);
    expect(all.find((c) => c.name === '__cf_bm')).toMatchObject({
      expiryValue: 30,
      expiryUnit: 'minutes',
      party: 'third',
    });
    expect(must(ctx, 'verifyHistory', {})).toMatchObject({ ok: true, differenceCount: 0 });

    // The same list again changes nothing and records nothing.
    const entries = must(ctx, 'listHistory', {}).length;
    ctx.register.close();
    const again = ropa(['import', register, extension, '--cookies', '--site', 'example.be']);
    expect(again.stdout).toMatch(/0 cookies created, 0 updated, 3 unchanged/);
    ctx = readBack(register);
    expect(must(ctx, 'listCookies', {})).toHaveLength(all.length);
    expect(must(ctx, 'listHistory', {})).toHaveLength(entries);
  });

  it('dry run: says what each cookie would become and writes nothing', () => {
    const dir = tempDir();
    const register = sampleRegister(dir);
    const before = sha256(register);
    const out = ropa([
      'import',
      register,
      write(dir, 'devtools.json', devtoolsList()),
      '--cookies',
      '--dry-run',
      '--site',
      'example.be',
    ]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('devtools.json: 3 cookies; site example.be');
    expect(out.stdout).toContain('creates "sessionid" (www.example.be): session, first party');
    expect(out.stdout).toContain('creates "IDE" (doubleclick.net): 13 months, third party');
    expect(out.stdout).toContain('3 to create, 0 to update, 0 unchanged.');
    expect(sha256(register)).toBe(before);
  });

  // Each case its own test: one `ropa` run apiece keeps each within the time limit on a busy machine.
  const badInputs: [string, unknown, RegExp, string[]?][] = [
    ['text.json', 'name,domain\n_ga,example.be\n', /text\.json is not valid JSON/],
    ['object.json', { a: 1 }, /object\.json is not a cookie list: expected an array/],
    ['empty.json', [], /empty\.json holds no cookies/],
    ['numbers.json', [1, 2], /numbers\.json, cookie 1 is number, not a cookie object/],
    [
      'noname.json',
      [{ name: 'a', domain: 'x.be', session: true }, { domain: 'x.be' }],
      /noname\.json, cookie 2 has no name/,
    ],
    ['badexpiry.json', [{ name: 'a', domain: 'x.be', expirationDate: 'soon' }], /cookie 1 \("a"\): expirationDate/],
    [
      'good.json',
      [{ name: 'a', domain: 'x.be', session: true }],
      /No activity has the reference or name "9\.9"/,
      ['--activity', '9.9'],
    ],
  ];
  it.each(badInputs)('refuses %s in one line and leaves the register byte for byte', (name, body, message, extra) => {
    const dir = tempDir();
    const register = sampleRegister(dir);
    const before = sha256(register);
    const r = ropa(['import', register, write(dir, name, body), '--cookies', ...(extra ?? [])]);
    expect(r.code).toBe(1);
    expectOneErrorLine(r.stderr, message);
    expect(r.stderr).toMatch(/nothing was imported\.\n$/);
    expect(sha256(register)).toBe(before);
  });
});
