// ropa check on cookies: one test per rule, each on the smallest register that breaks it, and the
// finding gone once the register says what the law asks; then what the sample register's 17
// cookies (seed 000) leave for the officer to confirm.
import { describe, expect, it } from 'vitest';
import type { CookieDraft } from './api/schemas';
import { must } from './dispatcher';
import { tempRegister } from './test-helpers';

type Ctx = ReturnType<typeof tempRegister>;

/** A website activity resting on consent and legitimate interests, and one complete cookie on it. */
function withCookie(cookie: (ctx: Ctx, activityId: string) => Partial<CookieDraft> = () => ({})) {
  const ctx = tempRegister();
  const org = must(ctx, 'createOrganisation', { name: 'Acme NV', email: 'info@acme.example' });
  const activity = must(ctx, 'createActivity', {
    organisationId: org.id,
    name: 'Website',
    purposes: [
      { text: 'Security', legalBases: ['legitimate_interests'], legitimateInterest: 'A safe website' },
      { text: 'Statistics', legalBases: ['consent'] },
    ],
  });
  const category = (code: string) =>
    must(ctx, 'listTerms', { kind: 'cookie_category' }).find((t) => t.code === code)!.id;
  const created = must(ctx, 'createCookie', {
    name: '_ga',
    categoryId: category('analytics'),
    expiry: 'duration',
    expiryValue: 2,
    expiryUnit: 'years',
    activityId: activity.id,
    ...cookie(ctx, activity.id),
  });
  return { ctx, activity, cookie: created, category };
}

const cookieFindings = (ctx: Ctx) => must(ctx, 'runChecks', {}).filter((f) => f.code.startsWith('cookie_'));
const codes = (ctx: Ctx) => cookieFindings(ctx).map((f) => f.code);

function fix(ctx: Ctx, id: string, change: Partial<CookieDraft>) {
  const {
    id: _i,
    version,
    createdAt: _a,
    createdBy: _b,
    updatedAt: _c,
    updatedBy: _d,
    ...fields
  } = must(ctx, 'getCookie', { id });
  must(ctx, 'updateCookie', { id, version, fields: { ...fields, ...change } });
}

describe('ropa check: cookies', () => {
  it('a categorised cookie with an expiry on an activity with consent has no findings', () => {
    expect(cookieFindings(withCookie().ctx)).toEqual([]);
  });

  it('no category: a warning until one is chosen', () => {
    const { ctx, cookie, category } = withCookie(() => ({ categoryId: null }));
    const [f] = cookieFindings(ctx);
    expect(f).toMatchObject({
      code: 'cookie_category_missing',
      entity: 'cookie',
      entityId: cookie.id,
      severity: 'warning',
    });
    expect(f!.activityName).toBe('_ga');
    fix(ctx, cookie.id, { categoryId: category('analytics') });
    expect(codes(ctx)).toEqual([]);
  });

  it('no expiry: a warning until session, a duration or persistent is given', () => {
    const { ctx, cookie } = withCookie(() => ({ expiry: null, expiryValue: null, expiryUnit: null }));
    expect(codes(ctx)).toEqual(['cookie_expiry_missing']);
    fix(ctx, cookie.id, { expiry: 'session' });
    expect(codes(ctx)).toEqual([]);
  });

  it('a cookie that is not strictly necessary on an activity without consent: an error naming the activity', () => {
    const { ctx, activity, cookie, category } = withCookie();
    const {
      id,
      version,
      createdAt: _a,
      createdBy: _b,
      updatedAt: _c,
      updatedBy: _d,
      legalBases: _l,
      ...fields
    } = activity;
    must(ctx, 'updateActivity', { id, version, fields: { ...fields, purposes: [fields.purposes[0]!] } });
    const [f] = cookieFindings(ctx);
    expect(f).toMatchObject({ code: 'cookie_consent_missing', severity: 'error', activityId: activity.id });
    expect(f!.message).toMatch(/needs consent.*Website/);
    // A strictly necessary cookie needs no consent.
    fix(ctx, cookie.id, { categoryId: category('strictly_necessary') });
    expect(codes(ctx)).toEqual([]);
  });

  it('a provider outside the EEA without a transfer on the activity: an error until the transfer is recorded', () => {
    const { ctx, activity } = withCookie((c) => ({
      providerId: must(c, 'createRecipient', { name: 'Analytics Inc', kind: 'processor', country: 'US' }).id,
      party: 'third',
    }));
    const [f] = cookieFindings(ctx);
    expect(f).toMatchObject({ code: 'cookie_transfer_missing', severity: 'error', entity: 'recipient' });
    expect(f!.message).toContain('Analytics Inc (US), for _ga.');
    const current = must(ctx, 'getActivity', { id: activity.id });
    const {
      id,
      version,
      createdAt: _a,
      createdBy: _b,
      updatedAt: _c,
      updatedBy: _d,
      legalBases: _l,
      ...fields
    } = current;
    must(ctx, 'updateActivity', {
      id,
      version,
      fields: { ...fields, transfers: [{ country: 'US', safeguard: 'adequacy_decision' }] },
    });
    expect(codes(ctx)).toEqual([]);
  });

  it('a provider in the EEA needs no transfer; one without a country is asked for it', () => {
    const { ctx, cookie } = withCookie((c) => ({
      providerId: must(c, 'createRecipient', { name: 'Matomo Cloud', kind: 'processor', country: 'FR' }).id,
    }));
    expect(codes(ctx)).toEqual([]);
    const unknown = must(ctx, 'createRecipient', { name: 'Somewhere Ltd', kind: 'processor' });
    fix(ctx, cookie.id, { providerId: unknown.id });
    expect(codes(ctx)).toEqual(['cookie_provider_country_missing']);
  });

  it('a cookie serving no activity: a warning; checking some activities leaves such cookies out', () => {
    const { ctx, activity } = withCookie(() => ({ activityId: null }));
    expect(codes(ctx)).toEqual(['cookie_activity_missing']);
    expect(must(ctx, 'runChecks', { activityIds: [activity.id] }).filter((f) => f.code.startsWith('cookie_'))).toEqual(
      [],
    );
  });
});

describe('the sample register’s cookies', () => {
  it('consent covers its functional cookies, and each third-party provider is asked for its country', () => {
    const ctx = tempRegister({ sample: true });
    const found = cookieFindings(ctx);
    // Seed 000 gives every cookie a category and an expiry, and activity 2.1 rests on consent.
    expect(found.every((f) => f.code === 'cookie_provider_country_missing' && f.reference === '2.1')).toBe(true);
    expect(found.map((f) => f.activityName).sort()).toEqual([
      'Amazon Web Services',
      'Cloudflare',
      'Facebook',
      'Google',
      'Zendesk',
      'Zopim',
    ]);
    expect(found.find((f) => f.activityName === 'Zopim')!.message).toContain(
      'Zopim, for __zlcmid, __zlcstore, zte2095.',
    );
  });
});
