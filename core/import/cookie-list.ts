// Cookie import from the JSON cookie lists browsers and cookie extensions export: Chrome DevTools
// protocol / Playwright / Puppeteer (`expires`, -1 for a session cookie, often inside
// `{ cookies: [...] }`) and extensions such as EditThisCookie or Cookie-Editor (`expirationDate`,
// `session`). One cookie per distinct name + domain; one already in the register (same name and
// domain) is updated instead. Written in one transaction through the cookie entity, so each change
// has its history entry, its author naming the source file.
import { z } from 'zod';
import { activities, organisations, recipients, terms } from '../../db/schema';
import { cookieEntity, listCookies } from '../cookies';
import { writeTransaction, type CoreContext } from '../context';
import { RopaFailure } from '../api/errors';
import type { Cookie } from '../api/contract';
import { cookieFields, type CookieExpiryUnit, type CookieFields } from '../api/schemas';
import { recipientEntity } from '../recipients';
import { recipientFields } from '../api/schemas';
import { importAuthor } from './apply';
import { fold } from './values';

/** One cookie as a browser export gives it: only the fields we read; anything else is ignored. */
const browserCookie = z.looseObject({
  name: z.string(),
  domain: z.string().optional(),
  host: z.string().optional(),
  expirationDate: z.number().optional(),
  expires: z.number().optional(),
  session: z.boolean().optional(),
});
type BrowserCookie = z.infer<typeof browserCookie>;

export interface ListedCookie {
  name: string;
  domain: string;
  /** Seconds since the epoch; null: a session cookie. */
  expiresAt: number | null;
  /** A spreadsheet's expiry as written (wins over expiresAt); 'keep': the cell was empty. */
  expiry?: Pick<CookieFields, 'expiry' | 'expiryValue' | 'expiryUnit'> | 'keep';
  /** A spreadsheet's provider (a recipient's name, created when new), category label, purpose. */
  provider?: string;
  category?: string;
  purpose?: string;
}

function fail(message: string): never {
  throw new RopaFailure({ kind: 'validation', message, issues: [] });
}

function describeType(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}

/** The cookies of an exported list; a one-line refusal naming the source for anything else. */
export function parseCookieList(text: string, source: string): ListedCookie[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    fail(`${source} is not valid JSON (${(err as Error).message}); nothing was imported.`);
  }
  const list = Array.isArray(json) ? json : (json as { cookies?: unknown } | null)?.cookies;
  if (!Array.isArray(list))
    fail(`${source} is not a cookie list: expected an array of cookies or { "cookies": [...] }; nothing was imported.`);
  if (list.length === 0) fail(`${source} holds no cookies; nothing was imported.`);
  return list.map((item: unknown, i) => {
    const where = `${source}, cookie ${i + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      fail(`${where} is ${describeType(item)}, not a cookie object; nothing was imported.`);
    const name = (item as { name?: unknown }).name;
    if (typeof name !== 'string' || name.trim() === '') fail(`${where} has no name; nothing was imported.`);
    const parsed = browserCookie.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      fail(`${where} ("${name}"): ${issue.path.join('.')} ${issue.message.toLowerCase()}; nothing was imported.`);
    }
    const c: BrowserCookie = parsed.data;
    const domain = normaliseDomain(c.domain ?? c.host ?? '');
    const at = c.expirationDate ?? c.expires;
    const session = c.session === true || at === undefined || at < 0;
    return { name: c.name.trim(), domain, expiresAt: session ? null : at };
  });
}

/** `.Example.com` and `example.com` name the same site: lower case, no leading dot. */
export function normaliseDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^\.+/, '');
}

/** A site's host from a URL or a bare domain: `https://www.example.com/x` → `example.com`. */
export function siteHost(site: string): string {
  const s = site.trim();
  if (s === '') return '';
  let host = s;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`).hostname;
  } catch {
    // Not a URL: taken as a bare domain.
  }
  return normaliseDomain(host).replace(/^www\./, '');
}

/** First party: the cookie's domain is the site, one of its subdomains, or a parent of it. */
export function partyOf(domain: string, site: string): 'first' | 'third' {
  if (domain === '' || site === '') return 'first';
  const d = domain.replace(/^www\./, '');
  return d === site || d.endsWith(`.${site}`) || site.endsWith(`.${d}`) ? 'first' : 'third';
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long a cookie expiring `seconds` from now lasts, in the unit a cookie policy would use:
 * minutes under an hour, hours under a day, days (weeks when whole) under four weeks, months under
 * a year, then years when whole (else months). An expired cookie counts as one minute.
 */
export function durationOf(seconds: number): { value: number; unit: CookieExpiryUnit } {
  const s = Math.max(seconds, MINUTE);
  if (s < HOUR) return { value: Math.max(1, Math.round(s / MINUTE)), unit: 'minutes' };
  if (s < DAY) return { value: Math.round(s / HOUR), unit: 'hours' };
  const days = Math.round(s / DAY);
  if (days < 28) return days % 7 === 0 ? { value: days / 7, unit: 'weeks' } : { value: days, unit: 'days' };
  const months = Math.round(days / 30.4375);
  if (months % 12 === 0) return { value: months / 12, unit: 'years' };
  if (months > 36) return { value: Math.round(months / 12), unit: 'years' };
  return { value: months, unit: 'months' };
}

export interface CookieImportOptions {
  /** The website the cookies were read on (URL or domain); default: the own organisation's website. */
  site?: string;
  /** An activity's reference or name: each imported cookie serves it. */
  activity?: string;
}

export interface CookieChange {
  action: 'create' | 'update' | 'unchanged';
  name: string;
  domain: string;
  /** What the cookie becomes, in words: `session`, `13 months`, `third party`. */
  summary: string;
  fields: CookieFields;
  current: Cookie | null;
}

export interface CookieImportPlan {
  source: string;
  site: string;
  activityName: string | null;
  changes: CookieChange[];
  /** Providers no recipient is named after: created on import (providerId `new:NAME` until then). */
  newProviders: string[];
}

function findActivityId(ctx: CoreContext, wanted: string): { id: string; name: string } {
  const rows = ctx.register.db
    .select({ id: activities.id, name: activities.name, reference: activities.reference })
    .from(activities)
    .all();
  const w = wanted.trim().toLocaleLowerCase();
  const hit =
    rows.find((a) => a.reference !== '' && a.reference.toLocaleLowerCase() === w) ??
    rows.find((a) => a.name.toLocaleLowerCase() === w);
  if (!hit) fail(`No activity has the reference or name "${wanted}"; nothing was imported.`);
  return { id: hit.id, name: hit.name };
}

function ownWebsite(ctx: CoreContext): string {
  const own = ctx.register.db
    .select({ kind: organisations.kind, website: organisations.website })
    .from(organisations)
    .all()
    .find((o) => o.kind === 'own' && o.website.trim() !== '');
  return own?.website ?? '';
}

const key = (name: string, domain: string) => `${name}\u0000${normaliseDomain(domain)}`;

function editable(c: Cookie): CookieFields {
  return cookieFields.parse({
    name: c.name,
    domain: c.domain,
    providerId: c.providerId,
    categoryId: c.categoryId,
    purpose: c.purpose,
    expiry: c.expiry,
    expiryValue: c.expiryValue,
    expiryUnit: c.expiryUnit,
    kind: c.kind,
    party: c.party,
    activityId: c.activityId,
    notes: c.notes,
    translations: c.translations,
  });
}

/** What importing the list would do, computed against the register and its clock; writes nothing. */
export function planCookieImport(
  ctx: CoreContext,
  list: ListedCookie[],
  source: string,
  o: CookieImportOptions = {},
): CookieImportPlan {
  const site = siteHost(o.site ?? ownWebsite(ctx));
  const activity = o.activity ? findActivityId(ctx, o.activity) : null;
  const now = Date.parse(ctx.now()) / 1000;
  const existing = new Map(listCookies(ctx).map((c) => [key(c.name, c.domain), c]));
  // The last entry of a name + domain wins (an export may list a cookie once per path).
  const distinct = new Map(list.map((c) => [key(c.name, c.domain), c]));
  const changes: CookieChange[] = [];
  const db = ctx.register.db;
  const recipientIds = new Map(
    db
      .select({ id: recipients.id, name: recipients.name })
      .from(recipients)
      .all()
      .map((r) => [fold(r.name), r.id]),
  );
  // A category by its code or any language's label, or the label's first word ("Analytics").
  const categoryIds = new Map<string, string>();
  const firstWords = new Map<string, string>();
  for (const t of db.select().from(terms).all())
    if (t.kind === 'cookie_category')
      for (const label of [t.code, t.labelEn, t.labelNl, t.labelFr, t.labelDe].filter(Boolean)) {
        categoryIds.set(fold(label), t.id);
        firstWords.set(fold(label).split(' ')[0]!, t.id);
      }
  const categoryOf = (label: string) => {
    const l = fold(label).replace(/ (cookies?|trackers?)$/, '');
    return categoryIds.get(l) ?? firstWords.get(l);
  };
  const newProviders: string[] = [];
  for (const [k, c] of distinct) {
    const current = existing.get(k) ?? null;
    const sheet: Partial<CookieFields> = {};
    if (c.provider) {
      const name = c.provider.trim();
      let id = recipientIds.get(fold(name));
      if (!id) {
        id = `new:${name}`;
        recipientIds.set(fold(name), id);
        newProviders.push(name);
      }
      sheet.providerId = id;
    }
    if (c.category) {
      const id = categoryOf(c.category);
      if (!id) fail(`${source}: "${c.name}": "${c.category}" is not a cookie category; nothing was imported.`);
      sheet.categoryId = id;
    }
    if (c.purpose) sheet.purpose = c.purpose.slice(0, 2_000);
    const duration = c.expiresAt === null ? null : durationOf(c.expiresAt - now);
    const party = site ? partyOf(c.domain, site) : (current?.party ?? 'first');
    const base: CookieFields = current ? editable(current) : cookieFields.parse({ name: c.name, domain: c.domain });
    const timing =
      c.expiry === 'keep'
        ? { expiry: base.expiry, expiryValue: base.expiryValue, expiryUnit: base.expiryUnit }
        : (c.expiry ?? {
            expiry: duration ? ('duration' as const) : ('session' as const),
            expiryValue: duration?.value ?? null,
            expiryUnit: duration?.unit ?? null,
          });
    const fields: CookieFields = {
      ...base,
      ...sheet,
      ...timing,
      kind: 'http_cookie',
      party,
      activityId: activity?.id ?? base.activityId,
    };
    const unchanged = current !== null && JSON.stringify(editable(current)) === JSON.stringify(fields);
    const life =
      timing.expiry === 'duration' ? `${timing.expiryValue} ${timing.expiryUnit}` : (timing.expiry ?? 'expiry unknown');
    changes.push({
      action: current === null ? 'create' : unchanged ? 'unchanged' : 'update',
      name: c.name,
      domain: c.domain,
      summary: `${life}, ${party} party${activity ? `, serves "${activity.name}"` : ''}`,
      fields,
      current,
    });
  }
  return { source, site, activityName: activity?.name ?? null, changes, newProviders };
}

export interface CookieImportResult {
  created: number;
  updated: number;
  unchanged: number;
  newProviders: number;
}

/** Writes the plan in one transaction; the history names the author and the source file. */
export function applyCookieImport(ctx: CoreContext, p: CookieImportPlan): CookieImportResult {
  const ictx: CoreContext = { ...ctx, author: importAuthor(ctx.author, p.source) };
  return writeTransaction(ictx, () => {
    const result: CookieImportResult = { created: 0, updated: 0, unchanged: 0, newProviders: 0 };
    const ids = new Map<string, string>();
    for (const name of p.newProviders) {
      const r = recipientEntity.create(ictx, recipientFields.parse({ name: name.slice(0, 300), kind: 'processor' }));
      ids.set(`new:${name}`, r.id);
      result.newProviders++;
    }
    const real = (f: CookieFields): CookieFields =>
      f.providerId?.startsWith('new:') ? { ...f, providerId: ids.get(f.providerId) ?? null } : f;
    for (const c of p.changes) {
      if (c.action === 'create') {
        cookieEntity.create(ictx, real(c.fields));
        result.created++;
      } else if (c.action === 'update' && c.current) {
        cookieEntity.update(ictx, { id: c.current.id, version: c.current.version, fields: real(c.fields) });
        result.updated++;
      } else result.unchanged++;
    }
    return result;
  });
}

/** The dry run as text: one line per cookie. */
export function describeCookiePlan(p: CookieImportPlan): string {
  const lines = [
    `${p.source}: ${p.changes.length} cookies; site ${p.site || "unknown (give --site or the organisation's website): every cookie counted first party"}`,
  ];
  for (const c of p.changes) {
    const what = c.action === 'create' ? 'creates' : c.action === 'update' ? 'updates' : 'unchanged';
    lines.push(`  ${what} "${c.name}" (${c.domain || 'no domain'}): ${c.summary}`);
  }
  if (p.newProviders.length) lines.push(`New providers (recipients): ${p.newProviders.join(', ')}`);
  const n = (a: CookieChange['action']) => p.changes.filter((c) => c.action === a).length;
  lines.push(`${n('create')} to create, ${n('update')} to update, ${n('unchanged')} unchanged.`);
  return lines.join('\n');
}
