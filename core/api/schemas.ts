// The field rules of every entity, written once: the core validates with them and the renderer's
// forms validate with the very same schemas.
import { z } from 'zod';
import {
  LANGUAGES,
  ORGANISATION_KINDS,
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  LEGAL_BASES,
  ART9_CONDITIONS,
  DPIA_STATES,
  TERM_KINDS,
  RECIPIENT_KINDS,
  SAFEGUARDS,
  DURATION_UNITS,
  AUDIENCES,
  COOKIE_EXPIRIES,
  COOKIE_EXPIRY_UNITS,
  COOKIE_KINDS,
  COOKIE_PARTIES,
  type Language,
  type LegalBasis,
} from './enums';

export * from './enums';

const MAX_SHORT = 300;
const MAX_LONG = 20_000;

export const idSchema = z.uuid('must be an identifier (UUID)');
export const versionSchema = z.number().int().min(1);

/**
 * What the text rules say when they refuse a value. `ropa check` recognises these to report text a
 * register already holds from before the rules (the rules apply to input; reading never refuses).
 */
export const TEXT_RULE_MESSAGES = {
  control: 'must not contain control characters',
  oneLine: 'must be one line (no tabs or line breaks)',
  surrogate: 'contains a broken character (a lone surrogate)',
  bidi: 'must not contain text-direction override characters',
  visible: 'must contain visible characters',
  email: 'must be an e-mail address, e.g. dpo@example.org',
  website: 'must be a web address starting with https:// or http://',
  link: 'must be an https://, http:// or mailto: link, or a document reference',
} as const;
const M = TEXT_RULE_MESSAGES;

// C0 controls, DEL and C1 controls; long text keeps TAB and LF (CR LF and CR become LF).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const TAB_OR_BREAK = /[\t\n\r]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they can make a name read as another. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
/** Anything but white space, controls and invisible format characters (zero-width space and the like). */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Z}]/u;

const issue = (ctx: z.RefinementCtx, message: string): void => ctx.addIssue({ code: 'custom', message });

function textRules(multiLine: boolean, identity: boolean) {
  // No function made per call: some thirty texts are checked per activity, 300,000 per import.
  return (s: string, ctx: z.RefinementCtx): void => {
    if (!multiLine && TAB_OR_BREAK.test(s)) issue(ctx, M.oneLine);
    if (CONTROL.test(s)) issue(ctx, M.control);
    if (LONE_SURROGATE.test(s)) issue(ctx, M.surrogate);
    if (identity && BIDI_CONTROL.test(s)) issue(ctx, M.bidi);
    if (s !== '' && !VISIBLE.test(s)) issue(ctx, M.visible);
  };
}

/** One line of text. `identity`: a name, code or reference, which must also read as what it is. */
const short = (max = MAX_SHORT, identity = false) =>
  z.string().trim().max(max, `at most ${max} characters`).superRefine(textRules(false, identity));
const lines = (max: number) =>
  z
    .string()
    .overwrite((s) => s.replace(/\r\n?/g, '\n'))
    .max(max, `at most ${max} characters`)
    .superRefine(textRules(true, false));
/** Text of several lines: TAB and line breaks allowed. */
const multiLine = (max: number) =>
  z
    .string()
    .trim()
    .overwrite((s) => s.replace(/\r\n?/g, '\n'))
    .max(max, `at most ${max} characters`)
    .superRefine(textRules(true, false));
const long = () => lines(MAX_LONG);
/** A name: required, one line, no text-direction overrides. */
const required = (max = MAX_SHORT) => short(max, true).min(1, 'required');
const email = () => short(200).refine((s) => s === '' || z.email().safeParse(s).success, M.email);
const WEB_URL = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });
const website = () => short(500).refine((s) => s === '' || WEB_URL.safeParse(s).success, M.website);
/** A link to a document: a web or mailto: address, or a plain reference ("DPA-2024-07", a file name). */
const isDocumentLink = (s: string): boolean => {
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(s)?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  if (scheme === 'mailto') return z.email().safeParse(s.slice('mailto:'.length).split('?')[0]).success;
  return WEB_URL.safeParse(s).success;
};
const documentLink = () => short(1_000).refine((s) => s === '' || isDocumentLink(s), M.link);
// zod's own ISO date: YYYY-MM-DD and a real day of the calendar (no 2026-02-30).
const isoDate = z.iso.date('must be a date (YYYY-MM-DD)');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code (ISO 3166), e.g. US');
const textList = (max = 100) => z.array(required(2_000)).max(max, `at most ${max} entries`);
const idList = (max = 500) =>
  z
    .array(idSchema)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, 'lists an entry twice');

/**
 * A printed text's values in the register's further languages: `{ fr: { name: '…' } }`. The
 * primary language's value is the field itself; a missing one falls back to it (and reports say so).
 */
const translationsOf = <T extends z.ZodRawShape>(fields: T) =>
  z.partialRecord(z.enum(LANGUAGES), z.strictObject(fields).partial()).default({});

export const organisationTranslations = translationsOf({ address: multiLine(1_000) });
export const recipientTranslations = translationsOf({ name: short(), notes: long() });
export const transferTranslations = translationsOf({ safeguardDetails: multiLine(2_000) });
export const retentionTranslations = translationsOf({ criterion: multiLine(1_000), trigger: short(500) });
export const purposeTranslations = translationsOf({ text: short(2_000), legitimateInterest: long() });
export const activityTranslations = translationsOf({
  name: short(),
  description: long(),
  sources: z.array(short(2_000)).max(100),
  securityDescription: long(),
  art10Basis: multiLine(2_000),
});
export type Translations = Partial<Record<Language, Record<string, string | string[] | undefined>>>;

/** The register's languages: the primary one (the fields themselves) and the further ones (translations). */
export const registerLanguagesInput = z
  .object({
    primary: z.enum(LANGUAGES, 'choose a language: en, nl, fr or de'),
    further: z
      .array(z.enum(LANGUAGES, 'choose a language: en, nl, fr or de'))
      .max(LANGUAGES.length)
      .refine((l) => new Set(l).size === l.length, 'lists a language twice')
      .default([]),
  })
  .refine((l) => !l.further.includes(l.primary), {
    path: ['further'],
    message: 'the primary language cannot also be a further one',
  });

export const organisationFields = z.object({
  kind: z.enum(ORGANISATION_KINDS).default('own'),
  name: required(),
  enterpriseNumber: short(60, true).default(''),
  address: multiLine(1_000).default(''),
  country: z.union([countryCode, z.literal('')]).default(''),
  email: email().default(''),
  phone: short(60).default(''),
  website: website().default(''),
  representativeName: short().default(''),
  representativeContact: multiLine(1_000).default(''),
  dpoName: short().default(''),
  dpoEmail: email().default(''),
  dpoPhone: short(60).default(''),
  dpoAddress: multiLine(1_000).default(''),
  notes: long().default(''),
  translations: organisationTranslations,
});

export const termFields = z.object({
  kind: z.enum(TERM_KINDS),
  code: z
    .string()
    .trim()
    .min(1, 'required')
    .max(120)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, dots, dashes and underscores only'),
  labelEn: required(),
  labelNl: short(MAX_SHORT, true).default(''),
  labelFr: short(MAX_SHORT, true).default(''),
  labelDe: short(MAX_SHORT, true).default(''),
  description: multiLine(2_000).default(''),
  special: z.boolean().default(false),
  criminal: z.boolean().default(false),
});

export const recipientFields = z.object({
  name: required(),
  kind: z.enum(RECIPIENT_KINDS),
  country: z.union([countryCode, z.literal('')]).default(''),
  contact: multiLine(1_000).default(''),
  dpaSignedOn: isoDate.nullable().default(null),
  dpaLink: documentLink().default(''),
  transferMechanism: z.enum(SAFEGUARDS).nullable().default(null),
  notes: long().default(''),
  translations: recipientTranslations,
});

export const cookieTranslations = translationsOf({ purpose: multiLine(2_000) });

/**
 * A cookie or similar tracker. providerId: a recipient, null for ourselves; categoryId: a
 * cookie_category term; expiry null while not known (`ropa check` asks for it).
 */
export const cookieFields = z
  .object({
    name: required(),
    domain: short(300).default(''),
    providerId: idSchema.nullable().default(null),
    categoryId: idSchema.nullable().default(null),
    purpose: multiLine(2_000).default(''),
    expiry: z.enum(COOKIE_EXPIRIES).nullable().default(null),
    expiryValue: z.number().int().min(1, 'at least 1').max(100_000).nullable().default(null),
    expiryUnit: z.enum(COOKIE_EXPIRY_UNITS).nullable().default(null),
    kind: z.enum(COOKIE_KINDS).default('http_cookie'),
    party: z.enum(COOKIE_PARTIES).default('first'),
    activityId: idSchema.nullable().default(null),
    notes: long().default(''),
    translations: cookieTranslations,
  })
  .superRefine((c, ctx) => {
    const timed = c.expiry === 'duration';
    if (timed && c.expiryValue === null)
      ctx.addIssue({ code: 'custom', path: ['expiryValue'], message: 'give how long it lasts' });
    if (timed && c.expiryUnit === null) ctx.addIssue({ code: 'custom', path: ['expiryUnit'], message: 'give a unit' });
    if (!timed && (c.expiryValue !== null || c.expiryUnit !== null))
      ctx.addIssue({
        code: 'custom',
        path: ['expiryValue'],
        message: 'only a cookie that lasts a set time has a duration',
      });
  });

export const transferInput = z.object({
  country: countryCode,
  recipientId: idSchema.nullable().default(null),
  safeguard: z.enum(SAFEGUARDS, 'choose a safeguard'),
  safeguardDetails: multiLine(2_000).default(''),
  translations: transferTranslations,
});

export const retentionInput = z
  .object({
    durationValue: z.number().int().min(1, 'at least 1').max(1_000).nullable().default(null),
    durationUnit: z.enum(DURATION_UNITS).nullable().default(null),
    criterion: multiLine(1_000).default(''),
    trigger: short(500).default(''),
    dataCategoryId: idSchema.nullable().default(null),
    dataSubjectId: idSchema.nullable().default(null),
    translations: retentionTranslations,
  })
  .superRefine((r, ctx) => {
    if ((r.durationValue === null) !== (r.durationUnit === null)) {
      ctx.addIssue({
        code: 'custom',
        path: [r.durationValue === null ? 'durationValue' : 'durationUnit'],
        message: 'give both a number and a unit',
      });
    }
    if (r.durationValue === null && r.criterion === '') {
      ctx.addIssue({ code: 'custom', path: ['durationValue'], message: 'give a duration or a criterion' });
    }
  });

const legalBaseList = z
  .array(z.enum(LEGAL_BASES))
  .max(LEGAL_BASES.length)
  .refine((b) => new Set(b).size === b.length, 'lists a legal basis twice');

/**
 * One purpose (Art. 30(1)(b)) with the legal bases it rests on (Art. 6(1)) and, for (f), the
 * interest pursued. The scope lists name which of the activity's data categories, data subjects,
 * recipients and retention rules (by position) concern it; null: all of them.
 */
export const purposeInput = z.object({
  text: required(2_000),
  legalBases: legalBaseList.default([]),
  legitimateInterest: long().default(''),
  dataCategoryIds: idList().nullable().default(null),
  dataSubjectIds: idList().nullable().default(null),
  recipientIds: idList().nullable().default(null),
  retentionPositions: z.array(z.number().int().min(0).max(199)).max(200).nullable().default(null),
  translations: purposeTranslations,
});

/** The activity's legal bases: the union of its purposes', in the order Art. 6(1) lists them. */
export function basesOf(purposes: readonly { legalBases: readonly LegalBasis[] }[]): LegalBasis[] {
  const used = new Set(purposes.flatMap((p) => p.legalBases));
  return LEGAL_BASES.filter((b) => used.has(b));
}

export const activityFields = z
  .object({
    organisationId: idSchema,
    reference: short(40, true).default(''),
    name: required(),
    description: long().default(''),
    purposes: z.array(purposeInput).max(100, 'at most 100 entries').default([]),
    role: z.enum(ACTIVITY_ROLES).default('controller'),
    controllerIds: idList().default([]),
    department: short().default(''),
    owner: short().default(''),
    status: z.enum(ACTIVITY_STATUSES).default('draft'),
    endDate: isoDate.nullable().default(null),
    art9Conditions: z
      .array(z.enum(ART9_CONDITIONS))
      .max(ART9_CONDITIONS.length)
      .refine((c) => new Set(c).size === c.length, 'lists a condition twice')
      .default([]),
    art10Basis: multiLine(2_000).default(''),
    sources: textList().default([]),
    dataSubjectIds: idList().default([]),
    dataCategoryIds: idList().default([]),
    securityMeasureIds: idList().default([]),
    recipientIds: idList().default([]),
    transfers: z.array(transferInput).max(200).default([]),
    retention: z.array(retentionInput).max(200).default([]),
    securityDescription: long().default(''),
    dpia: z.enum(DPIA_STATES).default('not_assessed'),
    dpiaLink: documentLink().default(''),
    automatedDecision: z.boolean().default(false),
    automatedDecisionDetails: long().default(''),
    reviewDate: isoDate.nullable().default(null),
    notes: long().default(''),
    audiences: z
      .array(z.enum(AUDIENCES))
      .max(AUDIENCES.length)
      .refine((a) => new Set(a).size === a.length, 'lists an audience twice')
      .default([]),
    translations: activityTranslations,
  })
  .superRefine((a, ctx) => {
    a.purposes.forEach((p, i) => {
      const outside = (key: 'dataCategoryIds' | 'dataSubjectIds' | 'recipientIds', of: string[]) =>
        p[key]?.forEach((id, j) => {
          if (!of.includes(id))
            ctx.addIssue({ code: 'custom', path: ['purposes', i, key, j], message: 'not one of the activity\u2019s' });
        });
      outside('dataCategoryIds', a.dataCategoryIds);
      outside('dataSubjectIds', a.dataSubjectIds);
      outside('recipientIds', a.recipientIds);
      p.retentionPositions?.forEach((n, j) => {
        if (n >= a.retention.length)
          ctx.addIssue({
            code: 'custom',
            path: ['purposes', i, 'retentionPositions', j],
            message: 'no such retention rule',
          });
      });
    });
    if (a.status === 'retired' && a.endDate === null) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'a retired activity needs an end date' });
    }
    if (a.role !== 'processor' && a.controllerIds.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['controllerIds'],
        message: 'only processor activities act on behalf of controllers',
      });
    }
  });

export type OrganisationFields = z.infer<typeof organisationFields>;
export type TermFields = z.infer<typeof termFields>;
export type RecipientFields = z.infer<typeof recipientFields>;
export type CookieFields = z.infer<typeof cookieFields>;
export type CookieDraft = z.input<typeof cookieFields>;
export type TransferInput = z.infer<typeof transferInput>;
export type RetentionInput = z.infer<typeof retentionInput>;
export type PurposeInput = z.infer<typeof purposeInput>;
export type ActivityFields = z.infer<typeof activityFields>;

/** A new activity's editable fields, all empty: what the editor and the spreadsheet import start from. */
export function blankActivityFields(organisationId: string): ActivityFields {
  return {
    organisationId,
    reference: '',
    name: '',
    description: '',
    purposes: [],
    role: 'controller',
    controllerIds: [],
    department: '',
    owner: '',
    status: 'draft',
    endDate: null,
    art9Conditions: [],
    art10Basis: '',
    sources: [],
    dataSubjectIds: [],
    dataCategoryIds: [],
    securityMeasureIds: [],
    recipientIds: [],
    transfers: [],
    retention: [],
    securityDescription: '',
    dpia: 'not_assessed',
    dpiaLink: '',
    automatedDecision: false,
    automatedDecisionDetails: '',
    reviewDate: null,
    notes: '',
    audiences: [],
    translations: {},
  };
}
/** What a form holds before defaults are applied. */
export type ActivityDraft = z.input<typeof activityFields>;
