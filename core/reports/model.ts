// One report model of the register, built once and rendered by every format: all labels and
// vocabulary terms already in the auditor's language, activities split into the controller's and
// the processor's register (Art. 30(1) and 30(2)).
import type { z } from 'zod';
import type { CoreContext } from '../context';
import { RopaFailure } from '../api/errors';
import {
  ART9_ARTICLE,
  formatDuration,
  formatRetention,
  LEGAL_BASIS_ARTICLE,
  labelsFor,
  type Labels,
} from '../api/labels';
import { getMeta } from '../register-info';
import type { ActivityRole, ActivityStatus, Audience, Language, Translations } from '../api/schemas';
import { textIn, type RegisterLanguages } from '../api/translations';
import { languagesFromMeta, registerLanguages } from '../languages';
import { termLabel } from '../terms';
import { cookieLabels, formatCookieExpiry } from '../api/cookie-labels';
import {
  activities as activityTable,
  cookies as cookieTable,
  organisations as organisationTable,
  purposes as purposeTable,
  recipients as recipientTable,
  retentionRules,
  terms as termTable,
  transfers as transferTable,
} from '../../db/schema';
import { dumpRegister, registerFingerprint, type RegisterDump } from './dump';
import { reportFilter, type ReportFilter } from '../api/export-options';
import { readRows } from './rows';
import { allLinkedIds } from '../activity-links';
import { asOfTime, headOf, registerAsOf } from './as-of';
import type { ChainHead } from '../history';

export interface ReportOrganisation {
  name: string;
  kind: string;
  enterpriseNumber: string;
  address: string;
  country: string;
  email: string;
  phone: string;
  website: string;
  representative: string;
  dpo: string;
}

/** A purpose beside the legal bases it rests on (and, for (f), the interest pursued). */
export interface ReportPurpose {
  text: string;
  legalBases: string[];
  legitimateInterest: string;
  /** The whole purpose as one line: "Newsletter — Consent (Art. 6(1)(a))". */
  line: string;
  /** The activity's data categories, recipients (names) and retention rules (texts) this purpose concerns; null: all. */
  dataCategories: string[] | null;
  recipients: string[] | null;
  retention: string[] | null;
}

export interface ReportTransfer {
  reference: string;
  activity: string;
  country: string;
  recipient: string;
  safeguard: string;
  safeguardDetails: string;
  /** The whole transfer as one phrase: "US — Cloud Inc. — Standard contractual clauses (Art. 46) — …". */
  text: string;
}

export interface ReportRetention {
  reference: string;
  activity: string;
  duration: string;
  criterion: string;
  trigger: string;
  scope: string;
  /** The whole rule as one phrase, as the PDF and the activities sheet show it. */
  text: string;
}

export interface ReportActivity {
  id: string;
  reference: string;
  name: string;
  organisation: string;
  /** The organisation's data protection officer and EU representative (Art. 30(1)(a), 30(2)(a)). */
  dpo: string;
  representative: string;
  role: ActivityRole;
  roleLabel: string;
  status: ActivityStatus;
  statusLabel: string;
  controllers: string[];
  jointControllers: string[];
  /** Art. 30(1)(a): each joint controller and client controller with its contact details. */
  jointControllerContacts: string[];
  controllerContacts: string[];
  department: string;
  owner: string;
  description: string;
  /** One line per purpose with its own bases. */
  purposes: string[];
  purposeList: ReportPurpose[];
  /** The union of the purposes' bases. */
  legalBases: string[];
  legitimateInterest: string;
  art9Condition: string;
  art10Basis: string;
  sources: string[];
  dataSubjects: string[];
  dataCategories: string[];
  securityMeasures: string[];
  securityDescription: string;
  /** "Name (kind, country)" for sections and sheets; bare names for the overview table. */
  recipients: string[];
  recipientNames: string[];
  transfers: ReportTransfer[];
  retention: ReportRetention[];
  dpia: string;
  dpiaLink: string;
  automatedDecision: string;
  automatedDecisionDetails: string;
  endDate: string | null;
  reviewDate: string | null;
  notes: string;
  updatedAt: string;
  updatedBy: string;
  version: number;
  /** Whose privacy notices publish it (core/notices/). */
  audiences: Audience[];
}

export interface ReportRecipient {
  id: string;
  name: string;
  kind: string;
  country: string;
  contact: string;
  dpaSignedOn: string | null;
  dpaLink: string;
  transferMechanism: string;
  notes: string;
  usedBy: string[];
}

/** A cookie as reports and the cookie policy show it, every word in the report's language. */
export interface ReportCookie {
  id: string;
  name: string;
  domain: string;
  /** The recipient's name, or "Ourselves" for a first-party cookie. */
  provider: string;
  providerCountry: string;
  party: string;
  /** The cookie_category term's code ('' when none) and label. */
  categoryCode: string;
  categoryId: string | null;
  category: string;
  purpose: string;
  expiry: string;
  kind: string;
  activityId: string | null;
  /** "2.1 Website management and cookies", '' when it serves none. */
  activity: string;
}

export interface ReportModel {
  lang: Language;
  /** Whether some text is shown in the primary language for want of a translation (marked in place). */
  hasFallbacks: boolean;
  primaryLanguage: Language;
  labels: Labels;
  registerName: string;
  /** ISO date-time the report states the register as of. */
  asOf: string;
  /** SHA-256 of the register's canonical JSON export; empty when the format does not show it. */
  fingerprint: string;
  /** The newest history entry of the register the report states: auditors keep it to check later. */
  head: ChainHead | null;
  /** Own organisations of the selection (the controller or processor whose register this is). */
  organisations: ReportOrganisation[];
  /** Every organisation the selection names (own, client controllers): the organisations file and sheet. */
  allOrganisations: ReportOrganisation[];
  selection: string;
  activities: ReportActivity[];
  controllerActivities: ReportActivity[];
  processorActivities: ReportActivity[];
  recipients: ReportRecipient[];
  /** The cookies of the selected activities and those serving none, by name. */
  cookies: ReportCookie[];
}

type Dump = RegisterDump;
type ActivityRow = Dump['activities'][number];

/** What the model is built from: the register's rows, each activity's links as ordered id lists. */
interface Source {
  organisations: Dump['organisations'];
  terms: Dump['terms'];
  recipients: Dump['recipients'];
  activities: ActivityRow[];
  termIds: Map<string, string[]>;
  recipientIds: Map<string, string[]>;
  controllerIds: Map<string, string[]>;
  transfers: Map<string, Dump['transfers']>;
  retention: Map<string, Dump['retentionRules']>;
  purposes: Map<string, Dump['purposes']>;
  cookies: Dump['cookies'];
  languages: RegisterLanguages;
}

function groupBy<T extends { activityId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.activityId);
    if (list) list.push(r);
    else map.set(r.activityId, [r]);
  }
  return map;
}

/** The register's last change: what a report is dated by unless the caller names a date. */
export function lastChange(ctx: CoreContext): string {
  const at = ctx.register.sqlite.prepare('SELECT max(at) FROM history').pluck().get() as string | null;
  return at ?? getMeta(ctx, 'created_at') ?? '1970-01-01T00:00:00.000Z';
}

function reportDate(ctx: CoreContext, asOf: string | undefined): string {
  const last = lastChange(ctx);
  return asOf === undefined ? last : asOfTime(asOf);
}

function selectActivities(source: Source, f: z.output<typeof reportFilter>): ActivityRow[] {
  const ids = f.activityIds ? new Set(f.activityIds) : null;
  const statuses = f.status?.length ? new Set(f.status) : null;
  const keyed = source.activities
    .filter(
      (a) =>
        (!f.organisationId || a.organisationId === f.organisationId) &&
        (!statuses || statuses.has(a.status)) &&
        (!ids || ids.has(a.id)),
    )
    .map((a) => ({ a, key: `${a.reference.toLowerCase()}\u0000${a.name.toLowerCase()}\u0000${a.id}` }));
  return keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).map((x) => x.a);
}

type Pick = (translations: unknown, field: string, value: string) => string;

function organisationOf(o: Dump['organisations'][number], L: Labels, pick: Pick): ReportOrganisation {
  const join = (...parts: string[]) => parts.filter(Boolean).join(', ');
  return {
    name: o.name,
    kind: L.organisationKind[o.kind],
    enterpriseNumber: o.enterpriseNumber,
    address: pick(o.translations, 'address', o.address),
    country: o.country,
    email: o.email,
    phone: o.phone,
    website: o.website,
    representative: join(o.representativeName, o.representativeContact),
    dpo: join(o.dpoName, o.dpoEmail, o.dpoPhone, o.dpoAddress),
  };
}

/**
 * Links are the bulk of a register (one row per term an activity uses): SQLite groups them into one
 * ordered id list per activity, so 10,000 activities cost 10,000 short strings, not 180,000 objects.
 */
function loadSource(ctx: CoreContext): Source {
  const byActivity = 'ORDER BY activity_id, position';
  return {
    organisations: readRows(ctx, organisationTable, 'ORDER BY id'),
    terms: readRows(ctx, termTable),
    recipients: readRows(ctx, recipientTable),
    activities: readRows(ctx, activityTable),
    ...allLinkedIds(ctx.register.sqlite),
    transfers: groupBy(readRows(ctx, transferTable, byActivity)),
    retention: groupBy(readRows(ctx, retentionRules, byActivity)),
    purposes: groupBy(readRows(ctx, purposeTable, byActivity)),
    cookies: readRows(ctx, cookieTable, 'ORDER BY id'),
    languages: registerLanguages(ctx),
  };
}

/** The same source from a dump's rows (the register as of a past moment). */
function sourceFromDump(d: RegisterDump): Source {
  const ids = <T extends { activityId: string }>(rows: T[], id: (r: T) => string) => {
    const map = new Map<string, string[]>();
    for (const [activityId, list] of groupBy(rows)) map.set(activityId, list.map(id));
    return map;
  };
  return {
    organisations: d.organisations,
    terms: d.terms,
    recipients: d.recipients,
    activities: d.activities,
    termIds: ids(d.activityTerms, (r) => r.termId),
    recipientIds: ids(d.activityRecipients, (r) => r.recipientId),
    controllerIds: ids(d.activityControllers, (r) => r.organisationId),
    transfers: groupBy(d.transfers),
    retention: groupBy(d.retentionRules),
    purposes: groupBy(d.purposes),
    cookies: d.cookies ?? [],
    languages: languagesFromMeta((key) => d.meta.find((m) => m.key === key)?.value),
  };
}

/** "Name, address, country, e-mail, phone": an organisation's contact details on one line. */
export function contactLine(o: ReportOrganisation): string {
  return [o.name, o.address, o.country, o.email, o.phone].filter(Boolean).join(', ');
}

function buildFromSource(
  source: Source,
  input: ReportFilter,
  registerName: string,
  asOf: string,
  fingerprint: string,
  head: ChainHead | null = null,
): ReportModel {
  const f = reportFilter.parse(input);
  const lang = f.lang;
  const L = labelsFor(lang);
  let hasFallbacks = false;
  const mark = ` ${L.report.untranslated.replace('{lang}', source.languages.primary.toUpperCase())}`;
  /** The text in the report's language, else the primary one marked as such. */
  const pick: Pick = (translations, field, value) => {
    const shown = textIn(translations as Translations, field, value, lang, source.languages);
    if (!shown.fallback) return shown.value;
    hasFallbacks = true;
    return `${shown.value}${mark}`;
  };
  const pickList = (translations: unknown, field: string, value: string[]): string[] => {
    const shown = textIn(translations as Translations, field, value, lang, source.languages);
    if (!shown.fallback) return shown.value;
    hasFallbacks = true;
    return shown.value.map((v) => `${v}${mark}`);
  };
  const orgs = new Map(source.organisations.map((o) => [o.id, o]));
  const termById = new Map(source.terms.map((t) => [t.id, t]));
  const recipientById = new Map(source.recipients.map((r) => [r.id, r]));
  const usedBy = new Map<string, string[]>();

  const label = (id: string | null) => {
    const t = id ? termById.get(id) : undefined;
    return t ? termLabel(t, lang) : '';
  };
  // Labels are worked out once per term, recipient and organisation, not once per use.
  const termText = new Map(
    source.terms.map((t) => {
      const marks = [t.special ? L.report.special : '', t.criminal ? L.report.criminal : ''].filter(Boolean);
      return [
        t.id,
        { kind: t.kind, text: marks.length ? `${termLabel(t, lang)} (${marks.join(', ')})` : termLabel(t, lang) },
      ];
    }),
  );
  const termLists = (activityId: string) => {
    const lists: Record<string, string[]> = { data_subject: [], data_category: [], security_measure: [] };
    for (const id of source.termIds.get(activityId) ?? []) {
      const t = termText.get(id)!;
      lists[t.kind]!.push(t.text);
    }
    return lists;
  };
  const recipientName = new Map(source.recipients.map((r) => [r.id, pick(r.translations, 'name', r.name)]));
  const recipientText = new Map(
    source.recipients.map((r) => [
      r.id,
      `${recipientName.get(r.id)!} (${[L.recipientKind[r.kind], r.country].filter(Boolean).join(', ')})`,
    ]),
  );
  const orgText = new Map(source.organisations.map((o) => [o.id, organisationOf(o, L, pick)]));
  const basisLabel = (b: string) =>
    `${L.legalBasis[b as keyof typeof LEGAL_BASIS_ARTICLE]} (${LEGAL_BASIS_ARTICLE[b as keyof typeof LEGAL_BASIS_ARTICLE]})`;
  const namedControllers = new Set<string>();

  const activities = selectActivities(source, f).map((a): ReportActivity => {
    const linked = (source.recipientIds.get(a.id) ?? []).map((id) => recipientById.get(id)!);
    const org = orgText.get(a.organisationId);
    const terms = termLists(a.id);
    const name = pick(a.translations, 'name', a.name);
    const display = a.reference ? `${a.reference} ${name}` : name;
    const retention: ReportRetention[] = (source.retention.get(a.id) ?? []).map((r) => {
      const scope = label(r.dataSubjectId ?? r.dataCategoryId);
      const duration =
        r.durationValue !== null && r.durationUnit !== null
          ? formatDuration(r.durationValue, r.durationUnit, lang)
          : '';
      const criterion = pick(r.translations, 'criterion', r.criterion);
      const trigger = pick(r.translations, 'trigger', r.trigger);
      return {
        reference: a.reference,
        activity: name,
        duration,
        criterion,
        trigger,
        scope,
        text: formatRetention({ ...r, criterion, trigger, scope }, lang),
      };
    });
    const categoryText = (ids: string[] | null) => ids?.map((id) => termText.get(id)?.text ?? '') ?? null;
    const purposeList = (source.purposes.get(a.id) ?? []).map((p): ReportPurpose => {
      const text = pick(p.translations, 'text', p.text);
      const legalBases = p.legalBases.map(basisLabel);
      const legitimateInterest = pick(p.translations, 'legitimateInterest', p.legitimateInterest);
      const line = [
        text,
        legalBases.join(', '),
        legitimateInterest ? `${L.field.legitimateInterest}: ${legitimateInterest}` : '',
      ]
        .filter(Boolean)
        .join(' — ');
      return {
        text,
        legalBases,
        legitimateInterest,
        line,
        dataCategories: categoryText(p.dataCategoryIds),
        recipients: p.recipientIds?.map((id) => recipientName.get(id) ?? '') ?? null,
        retention: p.retentionPositions?.map((n) => retention[n]?.text ?? '') ?? null,
      };
    });
    const controllerIds = source.controllerIds.get(a.id) ?? [];
    for (const id of controllerIds) namedControllers.add(id);
    for (const r of linked) {
      const list = usedBy.get(r.id);
      if (list) list.push(display);
      else usedBy.set(r.id, [display]);
    }
    return {
      id: a.id,
      reference: a.reference,
      name,
      organisation: org?.name ?? '',
      dpo: org?.dpo ?? '',
      representative: org?.representative ?? '',
      role: a.role,
      roleLabel: L.role[a.role],
      status: a.status,
      statusLabel: L.status[a.status],
      controllers: controllerIds.map((id) => orgs.get(id)?.name ?? ''),
      jointControllers: linked.filter((r) => r.kind === 'joint_controller').map((r) => recipientName.get(r.id)!),
      jointControllerContacts: linked
        .filter((r) => r.kind === 'joint_controller')
        .map((r) => [recipientName.get(r.id)!, r.country, r.contact].filter(Boolean).join(', ')),
      controllerContacts: controllerIds.map((id) => {
        const o = orgText.get(id);
        return o ? contactLine(o) : '';
      }),
      department: a.department,
      owner: a.owner,
      description: pick(a.translations, 'description', a.description),
      purposes: purposeList.map((p) => p.line),
      purposeList,
      legalBases: (a.legalBases as string[]).map(basisLabel),
      legitimateInterest: [...new Set(purposeList.map((p) => p.legitimateInterest).filter(Boolean))].join('; '),
      art9Condition: (a.art9Conditions as (keyof typeof ART9_ARTICLE)[])
        .map((c) => `${L.art9[c]} (${ART9_ARTICLE[c]})`)
        .join('; '),
      art10Basis: pick(a.translations, 'art10Basis', a.art10Basis),
      sources: pickList(a.translations, 'sources', a.sources),
      dataSubjects: terms.data_subject!,
      dataCategories: terms.data_category!,
      securityMeasures: terms.security_measure!,
      securityDescription: pick(a.translations, 'securityDescription', a.securityDescription),
      recipients: linked.map((r) => recipientText.get(r.id)!),
      recipientNames: linked.map((r) => recipientName.get(r.id)!),
      transfers: (source.transfers.get(a.id) ?? []).map((t) => {
        const recipient = t.recipientId ? (recipientName.get(t.recipientId) ?? '') : '';
        const safeguard = L.safeguard[t.safeguard as keyof Labels['safeguard']];
        const safeguardDetails = pick(t.translations, 'safeguardDetails', t.safeguardDetails);
        const text = [t.country, recipient, safeguard, safeguardDetails].filter(Boolean).join(' — ');
        return {
          reference: a.reference,
          activity: name,
          country: t.country,
          recipient,
          safeguard,
          safeguardDetails,
          text,
        };
      }),
      retention,
      dpia: L.dpia[a.dpia],
      dpiaLink: a.dpiaLink,
      automatedDecision: a.automatedDecision ? L.yes : L.no,
      automatedDecisionDetails: a.automatedDecisionDetails,
      endDate: a.endDate,
      reviewDate: a.reviewDate,
      notes: a.notes,
      updatedAt: a.updatedAt,
      updatedBy: a.updatedBy,
      version: a.version,
      audiences: a.audiences as Audience[],
    };
  });

  const own = source.organisations.filter((o) => (f.organisationId ? o.id === f.organisationId : o.kind === 'own'));
  const selection = [
    f.organisationId ? `${L.field.organisation}: ${orgs.get(f.organisationId)?.name ?? f.organisationId}` : '',
    f.status?.length ? `${L.field.status}: ${f.status.map((s) => L.status[s]).join(', ')}` : '',
    f.activityIds ? `${L.report.activityCount}: ${activities.length}` : '',
  ].filter(Boolean);
  const organisationIds = new Set(own.map((o) => o.id));
  const C = cookieLabels(lang);
  const shownActivity = new Map(activities.map((a) => [a.id, a.reference ? `${a.reference} ${a.name}` : a.name]));
  const cookies = source.cookies
    .filter((c) => c.activityId === null || shownActivity.has(c.activityId))
    .map((c): ReportCookie => ({
      id: c.id,
      name: c.name,
      domain: c.domain,
      provider: c.providerId ? (recipientName.get(c.providerId) ?? '') : C.us,
      providerCountry: c.providerId ? (recipientById.get(c.providerId)?.country ?? '') : '',
      party: C.party[c.party],
      categoryCode: (c.categoryId && termById.get(c.categoryId)?.code) || '',
      categoryId: c.categoryId,
      category: label(c.categoryId) || C.uncategorised,
      purpose: pick(c.translations, 'purpose', c.purpose),
      expiry: formatCookieExpiry(c, lang),
      kind: C.kind[c.kind],
      activityId: c.activityId,
      activity: c.activityId ? shownActivity.get(c.activityId)! : '',
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
  // A cookie's provider receives what the cookie holds: it is a recipient of the activity the cookie serves.
  for (const c of source.cookies) {
    if (!c.providerId || (c.activityId !== null && !shownActivity.has(c.activityId))) continue;
    const by = c.activityId ? shownActivity.get(c.activityId)! : C.sheet;
    const list = usedBy.get(c.providerId);
    if (!list) usedBy.set(c.providerId, [by]);
    else if (!list.includes(by)) list.push(by);
  }
  return {
    lang,
    hasFallbacks,
    primaryLanguage: source.languages.primary,
    labels: L,
    registerName,
    asOf,
    fingerprint,
    head,
    organisations: own.map((o) => orgText.get(o.id)!),
    allOrganisations: source.organisations
      .filter((o) => organisationIds.has(o.id) || namedControllers.has(o.id))
      .map((o) => orgText.get(o.id)!),
    selection: selection.length ? selection.join('; ') : L.report.allActivities,
    activities,
    controllerActivities: activities.filter((a) => a.role !== 'processor'),
    processorActivities: activities.filter((a) => a.role === 'processor'),
    recipients: source.recipients
      .filter((r) => usedBy.has(r.id))
      .sort((a, b) => a.name.localeCompare(b.name, lang) || (a.id < b.id ? -1 : 1))
      .map((r) => ({
        id: r.id,
        name: recipientName.get(r.id)!,
        kind: L.recipientKind[r.kind],
        country: r.country,
        contact: r.contact,
        dpaSignedOn: r.dpaSignedOn,
        dpaLink: r.dpaLink,
        transferMechanism: r.transferMechanism ? L.safeguard[r.transferMechanism as keyof Labels['safeguard']] : '',
        notes: pick(r.translations, 'notes', r.notes),
        usedBy: usedBy.get(r.id) ?? [],
      })),
    cookies,
  };
}

export function registerName(ctx: CoreContext): string {
  return getMeta(ctx, 'name') ?? ctx.register.path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/**
 * The report of an open register; `withFingerprint` hashes the whole register (the PDF cover shows
 * it). With `asOf` before the last change, the register is the one replayed from its history at that
 * moment, with that state's own fingerprint and head.
 */
export function buildReport(ctx: CoreContext, filter: ReportFilter, withFingerprint: boolean): ReportModel {
  const parsed = reportFilter.parse(filter);
  const past = parsed.asOf === undefined ? null : registerAsOf(ctx, parsed.asOf);
  const asOf = past ? past.at : reportDate(ctx, parsed.asOf);
  const source = past ? sourceFromDump(past.dump) : loadSource(ctx);
  if (parsed.organisationId && !source.organisations.some((o) => o.id === parsed.organisationId)) {
    throw new RopaFailure({
      kind: 'not_found',
      entity: 'organisation',
      id: parsed.organisationId,
      message: `No organisation with id ${parsed.organisationId} in this register${past ? ` as of ${past.at}` : ''}.`,
    });
  }
  return buildFromSource(
    source,
    parsed,
    registerName(ctx),
    asOf,
    withFingerprint ? registerFingerprint(past?.dump ?? dumpRegister(ctx)) : '',
    headOf(ctx, past),
  );
}
