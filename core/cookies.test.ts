// Cookies as a register entity: kept through the contract, recorded in the history (so verify's
// replay, acceptCurrentData and the JSON export cover them), on the XLSX report's Cookies sheet,
// counted by getRegisterInfo, and added to registers of schema 6 by the schema-7 upgrade.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { currentSchemaVersion } from '../db/open';
import { call, must } from './dispatcher';
import type { CoreContext } from './context';
import { openSession } from './register';
import { dumpRegister, dumpText } from './reports/dump';
import { importRegister } from './reports/import';
import { writeReport } from './reports/export';
import { SAMPLE_COOKIES } from './sample/cookies';
import { closeAfterTest, tempDir, tempRegister } from './test-helpers';
import { verifyRegister } from './verify';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

const verify = (ctx: CoreContext) => verifyRegister(ctx.register.sqlite, { currentSchema: ctx.register.schemaVersion });
const category = (ctx: CoreContext, code: string) =>
  must(ctx, 'listTerms', { kind: 'cookie_category' }).find((t) => t.code === code)!.id;

function websiteActivity(ctx: CoreContext) {
  return must(ctx, 'listActivities', {}).find((a) => a.reference === '2.1')!;
}

describe('cookies through the contract', () => {
  it('creates, reads, updates and deletes a cookie, each change in the history, and verify replays them', () => {
    const ctx = tempRegister({ sample: true });
    const provider = must(ctx, 'createRecipient', { name: 'Matomo Cloud', kind: 'processor', country: 'FR' });
    const created = must(ctx, 'createCookie', {
      name: '_pk_id',
      domain: 'www.itsme-id.com',
      providerId: provider.id,
      categoryId: category(ctx, 'analytics'),
      purpose: 'Distinguishes visitors for statistics',
      expiry: 'duration',
      expiryValue: 13,
      expiryUnit: 'months',
      party: 'third',
      activityId: websiteActivity(ctx).id,
      translations: { nl: { purpose: 'Onderscheidt bezoekers voor statistieken' } },
    });
    expect(must(ctx, 'getCookie', { id: created.id })).toEqual(created);
    expect(must(ctx, 'listCookies', {}).map((c) => c.name)).toContain('_pk_id');

    const { id, version, createdAt: _a, createdBy: _b, updatedAt: _c, updatedBy: _d, ...fields } = created;
    const updated = must(ctx, 'updateCookie', {
      id,
      version,
      fields: { ...fields, expiry: 'session', expiryValue: null, expiryUnit: null },
    });
    expect(updated).toMatchObject({ expiry: 'session', version: 2 });
    // A stale version is a conflict, not a silent overwrite.
    const stale = call(ctx, 'updateCookie', { id, version, fields });
    expect(stale.ok ? 'ok' : stale.error.kind).toBe('conflict');

    const entries = must(ctx, 'listHistory', { entityId: id });
    expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
    expect(entries[0]!.changes).toMatchObject({ expiry: { before: 'duration', after: 'session' } });
    expect(verify(ctx)).toMatchObject({ ok: true, differenceCount: 0 });

    must(ctx, 'deleteCookie', { id, version: 2 });
    expect(call(ctx, 'getCookie', { id }).ok).toBe(false);
    expect(must(ctx, 'listHistory', { entityId: id })[0]!.action).toBe('delete');
    expect(verify(ctx)).toMatchObject({ ok: true, differenceCount: 0 });
  });

  it('refuses a category that is not a cookie category, an unknown provider or activity, and a half-given duration', () => {
    const ctx = tempRegister({ sample: true });
    const before = must(ctx, 'listCookies', {}).length;
    const dataCategory = must(ctx, 'listTerms', { kind: 'data_category' })[0]!.id;
    const unknown = '00000000-0000-7000-8000-00000000dead';
    const refusal = (input: Parameters<typeof call<'createCookie'>>[2]) => {
      const out = call(ctx, 'createCookie', input);
      return out.ok ? [] : out.error.kind === 'validation' ? out.error.issues.map((i) => i.path) : [out.error.kind];
    };
    expect(refusal({ name: 'x', categoryId: dataCategory })).toEqual(['categoryId']);
    expect(refusal({ name: 'x', providerId: unknown, activityId: unknown })).toEqual(['providerId', 'activityId']);
    expect(refusal({ name: 'x', expiry: 'duration', expiryValue: 2 })).toEqual(['expiryUnit']);
    expect(refusal({ name: 'x', expiry: 'session', expiryValue: 2, expiryUnit: 'days' })).toEqual(['expiryValue']);
    expect(refusal({ name: '  ' })).toEqual(['name']);
    expect(must(ctx, 'listCookies', {}).length).toBe(before);
  });

  it('keeps a provider and a category in use from being deleted; a deleted activity leaves its cookies unlinked, recorded', () => {
    const ctx = tempRegister({ sample: true });
    const cookie = must(ctx, 'listCookies', {}).find((c) => c.name === '__cf_bm')!;
    const provider = must(ctx, 'getRecipient', { id: cookie.providerId! });
    const out = call(ctx, 'deleteRecipient', { id: provider.id, version: provider.version });
    expect(out.ok ? 'ok' : out.error.kind).toBe('in_use');
    const necessary = must(ctx, 'listTerms', { kind: 'cookie_category' }).find((t) => t.code === 'strictly_necessary')!;
    const term = call(ctx, 'deleteTerm', { id: necessary.id, version: necessary.version });
    expect(term.ok ? 'ok' : term.error.message).toMatch(/used by 12 cookies/);

    const website = websiteActivity(ctx);
    must(ctx, 'deleteActivity', { id: website.id, version: website.version });
    const cookies = must(ctx, 'listCookies', {});
    expect(cookies).toHaveLength(17);
    expect(cookies.every((c) => c.activityId === null && c.version === 2)).toBe(true);
    expect(must(ctx, 'listHistory', { entityId: cookie.id })[0]!.changes).toMatchObject({
      activityId: { before: website.id, after: null },
    });
    expect(verify(ctx)).toMatchObject({ ok: true, differenceCount: 0 });
  });

  it('a cookie edited behind the app is a difference verify names, and acceptCurrentData records it', () => {
    const ctx = tempRegister({ sample: true });
    const cookie = must(ctx, 'listCookies', {}).find((c) => c.name === 'plyr')!;
    const raw = new Database(ctx.register.path);
    raw.prepare("UPDATE cookies SET expiry = 'persistent' WHERE id = ?").run(cookie.id);
    raw.close();
    const found = verify(ctx);
    expect(found.ok).toBe(false);
    expect(found.differences).toContainEqual(
      expect.objectContaining({ entity: 'cookie', name: 'plyr', field: 'expiry', stored: '"persistent"' }),
    );
    expect(must(ctx, 'acceptCurrentData', {})).toEqual({ differences: 1 });
    expect(verify(ctx)).toMatchObject({ ok: true, differenceCount: 0 });
  });

  it('getRegisterInfo counts them', () => {
    expect(must(tempRegister({ sample: true }), 'getRegisterInfo', {}).counts.cookies).toBe(SAMPLE_COOKIES.length);
    expect(must(tempRegister(), 'getRegisterInfo', {}).counts.cookies).toBe(0);
  });
});

describe('cookies in exports', () => {
  it('the JSON export holds every cookie and imports into the same register, verified', () => {
    const ctx = tempRegister({ sample: true });
    const text = dumpText(dumpRegister(ctx));
    expect(JSON.parse(text).cookies).toHaveLength(17);
    const dest = path.join(tempDir(), 'imported.sqlite');
    importRegister(text, dest, 'export.json');
    const copy = openSession(dest, 'tester');
    closeAfterTest(() => copy.register.close());
    expect(must(copy, 'listCookies', {})).toEqual(must(ctx, 'listCookies', {}));
    expect(dumpText(dumpRegister(copy))).toBe(text);
    expect(verify(copy)).toMatchObject({ ok: true, differenceCount: 0 });
  });

  it('the XLSX report has a Cookies sheet, one row per cookie with provider, category and expiry', async () => {
    const ctx = tempRegister({ sample: true });
    const file = path.join(tempDir(), 'report.xlsx');
    await writeReport(ctx, { format: 'xlsx', path: file, lang: 'en' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('Cookies')!;
    expect(sheet).toBeDefined();
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Cookie', 'Domain', 'Provider']);
    expect(rows).toHaveLength(17);
    const col = (name: string) => header.indexOf(name) + 1;
    const bm = rows.find((r) => r[1] === '__cf_bm')!;
    expect([bm[col('Provider')], bm[col('Category')], bm[col('Expiry')]]).toEqual([
      'Cloudflare',
      'Strictly necessary',
      '1 hour',
    ]);
    const consent = rows.find((r) => r[1] === 'CookieConsent')!;
    expect([consent[col('Provider')], consent[col('Expiry')], consent[col('Activity')]]).toEqual([
      'Ourselves',
      '365 days',
      '2.1 Website management and cookies',
    ]);
  });
});

describe('upgrade from schema 6 to 7', () => {
  const fixture = (name: string) => path.join(ROOT, 'db', 'fixtures', name);

  it('adds the cookies table and the cookie categories, recorded by ropa upgrade; the history verifies', () => {
    const file = path.join(tempDir(), 'v6.sqlite');
    // The schema-4 fixture as the schema-6 build upgraded it.
    fs.copyFileSync(fixture('schema6-sample.sqlite'), file);
    const v6 = new Database(file, { readonly: true });
    expect(v6.pragma('user_version', { simple: true })).toBe(6);
    const termsBefore = v6.prepare('SELECT count(*) FROM terms').pluck().get() as number;
    v6.close();

    const ctx = openSession(file, 'tester');
    closeAfterTest(() => ctx.register.close());
    expect(ctx.register.schemaVersion).toBe(currentSchemaVersion());
    expect(must(ctx, 'listCookies', {})).toEqual([]);
    const categories = must(ctx, 'listTerms', { kind: 'cookie_category' });
    expect(categories.map((t) => t.code).sort()).toEqual([
      'analytics',
      'functional',
      'marketing',
      'preferences',
      'strictly_necessary',
    ]);
    expect(categories.find((t) => t.code === 'preferences')).toMatchObject({
      labelNl: 'Voorkeuren',
      labelFr: 'Préférences',
      labelDe: 'Präferenzen',
      builtIn: true,
    });
    expect(must(ctx, 'listTerms', {}).length).toBe(termsBefore + 5);
    const created = must(ctx, 'listHistory', { author: 'ropa upgrade' }).filter((e) => e.entity === 'term');
    expect(created.map((e) => e.entityId).sort()).toEqual(categories.map((t) => t.id).sort());
    expect(verify(ctx)).toMatchObject({ ok: true, differenceCount: 0, firstBreak: null });
    // And the upgraded register takes cookies.
    must(ctx, 'createCookie', { name: 'session', categoryId: categories[0]!.id, expiry: 'session' });
    expect(verify(ctx)).toMatchObject({ ok: true, differenceCount: 0 });
  });

  it('imports a schema-6 JSON export, which has no cookies, with the cookie categories added', () => {
    const dir = tempDir();
    // What the schema-6 build's JSON export of that register held: every table but cookies.
    const dump = fs.readFileSync(fixture('schema6-sample.json'), 'utf8');
    const dest = path.join(dir, 'imported.sqlite');
    importRegister(dump, dest, 'v6.json');
    const ctx = openSession(dest, 'tester');
    closeAfterTest(() => ctx.register.close());
    expect(must(ctx, 'listTerms', { kind: 'cookie_category' })).toHaveLength(5);
    expect(verify(ctx)).toMatchObject({ ok: true, differenceCount: 0 });
  });
});
