// What an auditor would find missing or doubtful in the register. Every finding names its article
// and whether Article 30 requires the particular ("art30": an error, or a warning where the text
// says "where possible") or accountability recommends it (Art. 5(2), 24: the controller must be
// able to demonstrate lawfulness, so a missing legal basis is found here, not as an Art. 30 gap).
import type { Activity, Finding, Organisation, Recipient, Severity } from './api/contract';
import { STRICTLY_NECESSARY, type Language } from './api/schemas';
import { listCookies } from './cookies';
import { isEea } from './api/countries';
import { missingTranslations } from './api/translations';
import type { CoreContext } from './context';
import { findActivity } from './activities';
import { organisationEntity } from './organisations';
import { recipientEntity } from './recipients';
import { registerLanguages } from './languages';

export type Requirement = Finding['requirement'];

interface Facts {
  specialIds: Set<string>;
  criminalIds: Set<string>;
  childIds: Set<string>;
  recipients: Map<string, Recipient>;
  /** The register's date (YYYY-MM-DD, from ctx.now()), for what falls due. */
  today: string;
}

interface Rule {
  field: string;
  severity: Severity;
  code: string;
  article: string;
  requirement: Requirement;
  message: string;
  /** Null when the activity passes; else extra words for the message (often ''). */
  check(a: Activity, facts: Facts): string | null;
}

const when = (failed: boolean): string | null => (failed ? '' : null);
const notProcessor = (a: Activity) => a.role !== 'processor';
const hasAny = (ids: string[], set: Set<string>) => ids.some((id) => set.has(id));

/** Retention criteria that say nothing: "as long as necessary" in the register's four languages. */
const VAGUE_CRITERION =
  /^\s*(as long as (is )?(necessary|needed|required)|as needed|until no longer needed|zo ?lang (als )?(nodig|noodzakelijk)|aussi longtemps que (n[ée]cessaire|besoin)|so lange? (wie )?(n[öo]tig|erforderlich))\W*$/i;

const ACTIVITY_RULES: Rule[] = [
  {
    field: 'purposes',
    severity: 'error',
    code: 'art30_1_b_purposes',
    article: 'Art. 30(1)(b)',
    requirement: 'art30',
    message: 'No purpose of the processing.',
    check: (a) => when(notProcessor(a) && a.purposes.length === 0),
  },
  {
    field: 'dataSubjectIds',
    severity: 'error',
    code: 'art30_1_c_subjects',
    article: 'Art. 30(1)(c)',
    requirement: 'art30',
    message: 'No categories of data subjects.',
    check: (a) => when(notProcessor(a) && a.dataSubjectIds.length === 0),
  },
  {
    field: 'dataCategoryIds',
    severity: 'error',
    code: 'art30_1_c_data',
    article: 'Art. 30(1)(c)',
    requirement: 'art30',
    message: 'No categories of personal data.',
    check: (a) => when(notProcessor(a) && a.dataCategoryIds.length === 0),
  },
  {
    field: 'recipientIds',
    severity: 'warning',
    code: 'art30_1_d_recipients',
    article: 'Art. 30(1)(d)',
    requirement: 'art30',
    message: 'No recipients listed; confirm that nobody receives the data.',
    check: (a) => when(notProcessor(a) && a.recipientIds.length === 0),
  },
  {
    field: 'transfers',
    severity: 'error',
    code: 'art30_1_e_safeguard',
    article: 'Art. 30(1)(e), 49(6)',
    requirement: 'art30',
    message: 'A transfer under an Art. 49 derogation or other tool lacks the documentation of its safeguards.',
    check: (a) =>
      when(
        a.transfers.some(
          (t) => (t.safeguard === 'derogation_art49' || t.safeguard === 'other') && t.safeguardDetails.trim() === '',
        ),
      ),
  },
  {
    field: 'transfers',
    severity: 'error',
    code: 'art30_1_e_transfer_missing',
    article: 'Art. 30(1)(e), 44',
    requirement: 'art30',
    message: 'A recipient outside the EEA receives the data but no transfer to its country is recorded:',
    check: (a, facts) => {
      const countries = new Set(a.transfers.map((t) => t.country.toUpperCase()));
      const missing = a.recipientIds
        .map((id) => facts.recipients.get(id))
        .filter((r): r is Recipient => !!r && r.country !== '' && !isEea(r.country) && !countries.has(r.country))
        .map((r) => `${r.name} (${r.country})`);
      return missing.length > 0 ? ` ${missing.join(', ')}.` : null;
    },
  },
  {
    field: 'retention',
    severity: 'warning',
    code: 'art30_1_f_retention',
    article: 'Art. 30(1)(f)',
    requirement: 'art30',
    message: 'No time limit for erasure ("where possible").',
    check: (a) => when(notProcessor(a) && a.retention.length === 0),
  },
  {
    field: 'retention',
    severity: 'warning',
    code: 'art30_1_f_vague_retention',
    article: 'Art. 30(1)(f), 5(1)(e)',
    requirement: 'art30',
    message: 'A retention rule has no duration and only a vague criterion; say what ends the period.',
    check: (a) => when(a.retention.some((r) => r.durationValue === null && VAGUE_CRITERION.test(r.criterion))),
  },
  {
    field: 'securityMeasureIds',
    severity: 'warning',
    code: 'art30_1_g_security',
    article: 'Art. 30(1)(g), 30(2)(d)',
    requirement: 'art30',
    message: 'No description of technical and organisational security measures ("where possible").',
    check: (a) => when(a.securityMeasureIds.length === 0 && a.securityDescription.trim() === ''),
  },
  {
    field: 'controllerIds',
    severity: 'error',
    code: 'art30_2_a_controllers',
    article: 'Art. 30(2)(a)',
    requirement: 'art30',
    message: 'A processor activity must name the controllers it acts for.',
    check: (a) => when(a.role === 'processor' && a.controllerIds.length === 0),
  },
  {
    field: 'description',
    severity: 'error',
    code: 'art30_2_b_categories',
    article: 'Art. 30(2)(b)',
    requirement: 'art30',
    message: 'A processor activity must describe the categories of processing carried out.',
    check: (a) => when(a.role === 'processor' && a.description.trim() === '' && a.purposes.length === 0),
  },
  {
    field: 'purposes',
    severity: 'warning',
    code: 'art6_legal_basis',
    article: 'Art. 5(2), 6(1)',
    requirement: 'accountability',
    message: 'A purpose has no legal basis:',
    check: (a) => {
      if (!notProcessor(a)) return null;
      const bare = a.purposes.filter((p) => p.legalBases.length === 0).map((p) => `"${p.text}"`);
      return bare.length ? ` ${bare.join(', ')}.` : null;
    },
  },
  {
    field: 'purposes',
    severity: 'warning',
    code: 'art6_1_f_interest',
    article: 'Art. 5(2), 6(1)(f)',
    requirement: 'accountability',
    message: 'A purpose rests on legitimate interests but the interest is not described:',
    check: (a) => {
      const bare = a.purposes
        .filter((p) => p.legalBases.includes('legitimate_interests') && p.legitimateInterest.trim() === '')
        .map((p) => `"${p.text}"`);
      return bare.length ? ` ${bare.join(', ')}.` : null;
    },
  },
  {
    field: 'purposes',
    severity: 'warning',
    code: 'purpose_bases_unconfirmed',
    article: 'Art. 5(2), 6(1), 13(1)(c)',
    requirement: 'accountability',
    message:
      'Every purpose carries the same several legal bases (as an upgrade from one list of bases leaves them): confirm which legal basis applies to each purpose.',
    check: (a) => {
      const sets = a.purposes.map((p) => [...p.legalBases].sort().join(','));
      // One purpose on several bases says what it means; several purposes sharing them all may not.
      return when(a.purposes.length > 1 && a.purposes[0]!.legalBases.length > 1 && new Set(sets).size === 1);
    },
  },
  {
    field: 'art9Conditions',
    severity: 'error',
    code: 'art9_condition',
    article: 'Art. 9(2), 5(2)',
    requirement: 'accountability',
    message: 'Special categories of data are processed without an Art. 9(2) condition.',
    check: (a, f) => when(a.art9Conditions.length === 0 && hasAny(a.dataCategoryIds, f.specialIds)),
  },
  {
    field: 'art10Basis',
    severity: 'error',
    code: 'art10_basis',
    article: 'Art. 10, 5(2)',
    requirement: 'accountability',
    message: 'Criminal-offence data are processed without an Art. 10 basis.',
    check: (a, f) => when(a.art10Basis.trim() === '' && hasAny(a.dataCategoryIds, f.criminalIds)),
  },
  {
    field: 'dpia',
    severity: 'warning',
    code: 'art35_dpia_likely',
    article: 'Art. 35',
    requirement: 'accountability',
    message:
      'DPIA likely required (Art. 35): special categories, criminal-offence data, automated decisions or children, and no DPIA assessment recorded.',
    check: (a, f) =>
      when(
        a.dpia === 'not_assessed' &&
          (hasAny(a.dataCategoryIds, f.specialIds) ||
            hasAny(a.dataCategoryIds, f.criminalIds) ||
            a.automatedDecision ||
            hasAny(a.dataSubjectIds, f.childIds)),
      ),
  },
  {
    field: 'dpia',
    severity: 'warning',
    code: 'art35_dpia',
    article: 'Art. 35',
    requirement: 'accountability',
    message: 'A DPIA is marked as needed but not done.',
    check: (a) => when(a.dpia === 'needed'),
  },
  {
    field: 'reviewDate',
    severity: 'warning',
    code: 'review_date',
    article: 'Art. 24(1)',
    requirement: 'accountability',
    message: 'No review date planned.',
    check: (a) => when(a.status !== 'retired' && a.reviewDate === null),
  },
  {
    field: 'reviewDate',
    severity: 'warning',
    code: 'review_overdue',
    article: 'Art. 24(1)',
    requirement: 'accountability',
    message: 'The planned review date has passed; review the activity and plan the next review.',
    check: (a, f) => when(a.status !== 'retired' && a.reviewDate !== null && a.reviewDate < f.today),
  },
];

const REQUIREMENT_WORDS: Record<Requirement, string> = {
  art30: 'required by Article 30',
  accountability: 'recommended for accountability',
};

function finding(
  base: Pick<Finding, 'entity' | 'entityId' | 'activityId' | 'activityName' | 'reference'>,
  rule: Pick<Rule, 'field' | 'severity' | 'code' | 'article' | 'requirement' | 'message'>,
  extra = '',
): Finding {
  return {
    ...base,
    field: rule.field,
    severity: rule.severity,
    code: rule.code,
    article: rule.article,
    requirement: rule.requirement,
    message: `${rule.message}${extra} (${rule.article}; ${REQUIREMENT_WORDS[rule.requirement]})`,
  };
}

const blank = (s: string) => s.trim() === '';

/** Art. 30(1)(a) and 30(2)(a): who the controller, processor, DPO and client controllers are, and how to reach them. */
function organisationFindings(orgs: Organisation[], clientIds: Set<string>): Finding[] {
  const out: Finding[] = [];
  for (const o of orgs) {
    const base = {
      entity: 'organisation' as const,
      entityId: o.id,
      activityId: '',
      activityName: o.name,
      reference: '',
    };
    const isClient = o.kind === 'client';
    if (isClient && !clientIds.has(o.id)) continue;
    if (blank(o.address) && blank(o.email) && blank(o.phone)) {
      out.push(
        finding(base, {
          field: 'address',
          severity: 'error',
          code: isClient ? 'art30_2_a_client_contact' : 'art30_1_a_contact',
          article: isClient ? 'Art. 30(2)(a)' : 'Art. 30(1)(a)',
          requirement: 'art30',
          message: isClient
            ? 'A controller this register processes for has no contact details (address, e-mail or phone).'
            : 'The organisation has no contact details (address, e-mail or phone).',
        }),
      );
    }
    if (!isClient && blank(o.dpoName) && blank(o.dpoEmail) && blank(o.dpoPhone)) {
      out.push(
        finding(base, {
          field: 'dpoName',
          severity: 'error',
          code: 'art30_1_a_dpo',
          article: 'Art. 30(1)(a), 37(7)',
          requirement: 'art30',
          message: 'No data protection officer (name and contact details) recorded.',
        }),
      );
    }
  }
  return out;
}

function jointControllerFindings(recipients: Recipient[], used: Set<string>): Finding[] {
  return recipients
    .filter((r) => r.kind === 'joint_controller' && used.has(r.id) && blank(r.contact))
    .map((r) =>
      finding(
        { entity: 'recipient', entityId: r.id, activityId: '', activityName: r.name, reference: '' },
        {
          field: 'contact',
          severity: 'error',
          code: 'art30_1_a_joint_controller_contact',
          article: 'Art. 30(1)(a), 26',
          requirement: 'art30',
          message: 'A joint controller has no contact details.',
        },
      ),
    );
}

const TEXT_FIELDS = {
  activity: (a: Activity) => ({
    name: a.name,
    description: a.description,
    sources: a.sources,
    securityDescription: a.securityDescription,
    art10Basis: a.art10Basis,
  }),
};

/** `ropa check --lang fr`: every printed text of the activity that lacks its French version. */
function translationFindings(a: Activity, lang: Language, primary: Language, base: Parameters<typeof finding>[0]) {
  const languages = { primary, further: [lang] };
  const missing: string[] = [
    ...missingTranslations(a.translations, TEXT_FIELDS.activity(a), languages).map((m) => m.field),
    ...a.purposes.flatMap((p, i) =>
      missingTranslations(p.translations, { text: p.text, legitimateInterest: p.legitimateInterest }, languages).map(
        (m) => `purposes.${i}.${m.field}`,
      ),
    ),
    ...a.retention.flatMap((r, i) =>
      missingTranslations(r.translations, { criterion: r.criterion, trigger: r.trigger }, languages).map(
        (m) => `retention.${i}.${m.field}`,
      ),
    ),
    ...a.transfers.flatMap((t, i) =>
      missingTranslations(t.translations, { safeguardDetails: t.safeguardDetails }, languages).map(
        (m) => `transfers.${i}.${m.field}`,
      ),
    ),
  ];
  return missing.map((field) =>
    finding(base, {
      field,
      severity: 'warning',
      code: 'translation_missing',
      article: 'Art. 12(1)',
      requirement: 'accountability',
      message: `No ${lang.toUpperCase()} text for ${field}; reports in ${lang.toUpperCase()} show the ${primary.toUpperCase()} one.`,
    }),
  );
}

export function runChecks(ctx: CoreContext, activityIds?: string[], lang?: Language): Finding[] {
  const { sqlite } = ctx.register;
  const wholeRegister = activityIds === undefined;
  const ids =
    activityIds ??
    (sqlite
      .prepare('SELECT id FROM activities ORDER BY reference COLLATE NOCASE, name COLLATE NOCASE')
      .pluck()
      .all() as string[]);
  const flags = sqlite.prepare('SELECT id, kind, code, special, criminal FROM terms').all() as {
    id: string;
    kind: string;
    code: string;
    special: number;
    criminal: number;
  }[];
  const recipients = recipientEntity.list(ctx);
  const facts: Facts = {
    specialIds: new Set(flags.filter((f) => f.kind === 'data_category' && f.special).map((f) => f.id)),
    criminalIds: new Set(flags.filter((f) => f.kind === 'data_category' && f.criminal).map((f) => f.id)),
    childIds: new Set(flags.filter((f) => f.kind === 'data_subject' && /child|minor/.test(f.code)).map((f) => f.id)),
    recipients: new Map(recipients.map((r) => [r.id, r])),
    today: ctx.now().slice(0, 10),
  };
  const { primary } = registerLanguages(ctx);
  const checkLang = lang !== undefined && lang !== primary ? lang : null;
  const findings: Finding[] = [];
  if (wholeRegister) {
    const clientIds = new Set(
      sqlite.prepare('SELECT DISTINCT organisation_id FROM activity_controllers').pluck().all() as string[],
    );
    const used = new Set(
      sqlite
        .prepare('SELECT id FROM recipients WHERE ref IN (SELECT recipient_ref FROM activity_recipients)')
        .pluck()
        .all() as string[],
    );
    findings.push(...organisationFindings(organisationEntity.list(ctx), clientIds));
    findings.push(...jointControllerFindings(recipients, used));
  }
  for (const id of ids) {
    const a = findActivity(ctx, id);
    if (!a) continue;
    const base = {
      entity: 'activity' as const,
      entityId: a.id,
      activityId: a.id,
      activityName: a.name,
      reference: a.reference,
    };
    for (const rule of ACTIVITY_RULES) {
      const extra = rule.check(a, facts);
      if (extra !== null) findings.push(finding(base, rule, extra));
    }
    if (checkLang) findings.push(...translationFindings(a, checkLang, primary, base));
  }
  findings.push(...cookieFindings(ctx, facts, flags, wholeRegister ? null : new Set(ids)));
  return findings;
}

/**
 * What a cookie policy and the consent banner need, and what the cookie's provider means for the
 * activity it serves: a category and an expiry (Art. 13(2)(a), ePrivacy Art. 5(3)); consent for any
 * cookie that is not strictly necessary; a transfer when the provider is outside the EEA, and its
 * country when that is not known. `only`: the activities checked (null: the whole register, with
 * the cookies serving none).
 */
function cookieFindings(
  ctx: CoreContext,
  facts: Facts,
  terms: { id: string; kind: string; code: string }[],
  only: Set<string> | null,
): Finding[] {
  const cookies = listCookies(ctx).filter((c) => (only ? c.activityId !== null && only.has(c.activityId) : true));
  if (cookies.length === 0) return [];
  const categoryCode = new Map(terms.filter((t) => t.kind === 'cookie_category').map((t) => [t.id, t.code]));
  const activities = new Map<string, Activity | null>();
  const activityOf = (id: string) => {
    if (!activities.has(id)) activities.set(id, findActivity(ctx, id));
    return activities.get(id) ?? null;
  };
  const out: Finding[] = [];
  const provider = (c: { providerId: string | null }) =>
    c.providerId ? facts.recipients.get(c.providerId) : undefined;
  const byProvider = new Map<string, { recipient: Recipient; activity: Activity; cookies: string[] }>();
  for (const c of cookies) {
    const a = c.activityId ? activityOf(c.activityId) : null;
    const base = {
      entity: 'cookie' as const,
      entityId: c.id,
      activityId: a?.id ?? '',
      activityName: c.name,
      reference: a?.reference ?? '',
    };
    const add = (rule: Parameters<typeof finding>[1], extra = '') => out.push(finding(base, rule, extra));
    const article = 'Art. 13(2)(a), ePrivacy Art. 5(3)';
    if (c.categoryId === null)
      add({
        field: 'categoryId',
        severity: 'warning',
        code: 'cookie_category_missing',
        article,
        requirement: 'accountability',
        message: 'A cookie has no category; the cookie policy and the consent banner need one.',
      });
    if (c.expiry === null)
      add({
        field: 'expiry',
        severity: 'warning',
        code: 'cookie_expiry_missing',
        article,
        requirement: 'accountability',
        message: 'A cookie has no expiry (session, a duration or persistent); visitors must be told how long it lasts.',
      });
    if (a === null)
      add({
        field: 'activityId',
        severity: 'warning',
        code: 'cookie_activity_missing',
        article: 'Art. 30(1)',
        requirement: 'art30',
        message: 'A cookie serves no processing activity; link it to the activity whose data it collects.',
      });
    const code = c.categoryId ? categoryCode.get(c.categoryId) : undefined;
    if (
      a &&
      code !== undefined &&
      code !== STRICTLY_NECESSARY &&
      !a.purposes.some((p) => p.legalBases.includes('consent'))
    )
      add(
        {
          field: 'categoryId',
          severity: 'error',
          code: 'cookie_consent_missing',
          article: 'ePrivacy Art. 5(3), Art. 6(1)(a)',
          requirement: 'accountability',
          message:
            'A cookie that is not strictly necessary needs consent, but its activity has no purpose resting on consent:',
        },
        ` ${a.reference ? `${a.reference} ` : ''}${a.name}.`,
      );
    if (provider(c) && a) {
      const key = `${c.providerId}\u0000${a.id}`;
      const seen = byProvider.get(key);
      if (seen) seen.cookies.push(c.name);
      else byProvider.set(key, { recipient: provider(c)!, activity: a, cookies: [c.name] });
    }
  }
  // Where the data goes is the provider's, per activity: one finding names all its cookies there.
  for (const { recipient: r, activity: a, cookies: names } of byProvider.values()) {
    const base = {
      entity: 'recipient' as const,
      entityId: r.id,
      activityId: a.id,
      activityName: r.name,
      reference: a.reference,
    };
    const which = ` ${r.name}${r.country ? ` (${r.country})` : ''}, for ${names.join(', ')}.`;
    if (r.country === '')
      out.push(
        finding(
          base,
          {
            field: 'country',
            severity: 'warning',
            code: 'cookie_provider_country_missing',
            article: 'Art. 30(1)(e), 44',
            requirement: 'art30',
            message:
              'A cookie provider has no country; it decides whether the data leaves the EEA and needs a transfer:',
          },
          which,
        ),
      );
    else if (!isEea(r.country) && !a.transfers.some((t) => t.country.toUpperCase() === r.country))
      out.push(
        finding(
          base,
          {
            field: 'country',
            severity: 'error',
            code: 'cookie_transfer_missing',
            article: 'Art. 30(1)(e), 44',
            requirement: 'art30',
            message: 'A cookie provider is outside the EEA but the activity records no transfer to its country:',
          },
          which,
        ),
      );
  }
  return out;
}
