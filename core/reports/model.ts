// One report model of the register, built once and rendered by every format: all labels and
// vocabulary terms already in the auditor's language, activities split into the controller's and
// the processor's register (Art. 30(1) and 30(2)).
import type { z } from 'zod';
import type { CoreContext } from '../context';
import { RopaFailure } from '../errors';
import { ART9_ARTICLE, formatDuration, formatRetention, LEGAL_BASIS_ARTICLE, labelsFor, type Labels } from '../labels';
import { getMeta } from '../register-info';
import type { ActivityRole, ActivityStatus, Language } from '../schemas';
import { termLabel } from '../terms';
import { dumpRegister, registerFingerprint, type RegisterDump } from './dump';
import { reportFilter, type ReportFilter } from './options';


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

export interface ReportTransfer {
  reference: string;
  activity: string;
  country: string;
  recipient: string;
  safeguard: string;
  safeguardDetails: string;
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
  department: string;
  owner: string;
  description: string;
  purposes: string[];
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

export interface ReportModel {
  lang: Language;
  labels: Labels;
  registerName: string;
  /** ISO date-time the report states the register as of. */
  asOf: string;
  /** SHA-256 of the register's canonical JSON export; empty when the format does not show it. */
  fingerprint: string;
  /** Own organisations of the selection (the controller or processor whose register this is). */
  organisations: ReportOrganisation[];
  selection: string;
  activities: ReportActivity[];
  controllerActivities: ReportActivity[];
  processorActivities: ReportActivity[];
  recipients: ReportRecipient[];
}

type Dump = RegisterDump;
type ActivityRow = Dump['activities'][number];

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
  if (asOf === undefined) return last;
  const stated = asOf.length === 10 ? `${asOf}T23:59:59.999Z` : new Date(asOf).toISOString();
  if (stated < last) {
    throw new RopaFailure({
      kind: 'validation',
      issues: [{ path: 'asOf', message: 'before the last change' }],
      message: `The register changed after ${asOf} (last change ${last}); a report can state only the current register, dated ${last.slice(0, 10)} or later.`,
    });
  }
  return stated;
}

function selectActivities(dump: Dump, f: z.output<typeof reportFilter>): ActivityRow[] {
  const ids = f.activityIds ? new Set(f.activityIds) : null;
  const statuses = f.status?.length ? new Set(f.status) : null;
  const key = (a: ActivityRow) => `${a.reference.toLowerCase()}\u0000${a.name.toLowerCase()}\u0000${a.id}`;
  return dump.activities
    .filter((a) => (!f.organisationId || a.organisationId === f.organisationId) && (!statuses || statuses.has(a.status)) && (!ids || ids.has(a.id)))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function organisationOf(o: Dump['organisations'][number], L: Labels): ReportOrganisation {
  const join = (...parts: string[]) => parts.filter(Boolean).join(', ');
  return {
    name: o.name,
    kind: L.organisationKind[o.kind],
    enterpriseNumber: o.enterpriseNumber,
    address: o.address,
    country: o.country,
    email: o.email,
    phone: o.phone,
    website: o.website,
    representative: join(o.representativeName, o.representativeContact),
    dpo: join(o.dpoName, o.dpoEmail, o.dpoPhone, o.dpoAddress),
  };
}

/** Builds the model from a dump, so the worker, the CLI and the benchmark all render the same thing. */
export function buildReportFromDump(dump: Dump, input: ReportFilter, registerName: string, asOf: string, fingerprint: string): ReportModel {
  const f = reportFilter.parse(input);
  const lang = f.lang;
  const L = labelsFor(lang);
  const orgs = new Map(dump.organisations.map((o) => [o.id, o]));
  const termById = new Map(dump.terms.map((t) => [t.id, t]));
  const recipientById = new Map(dump.recipients.map((r) => [r.id, r]));
  const termsOf = groupBy(dump.activityTerms);
  const recipientsOf = groupBy(dump.activityRecipients);
  const controllersOf = groupBy(dump.activityControllers);
  const transfersOf = groupBy(dump.transfers);
  const retentionOf = groupBy(dump.retentionRules);
  const usedBy = new Map<string, string[]>();

  const label = (id: string | null) => {
    const t = id ? termById.get(id) : undefined;
    return t ? termLabel(t, lang) : '';
  };
  const termList = (activityId: string, kind: string) =>
    (termsOf.get(activityId) ?? [])
      .map((l) => termById.get(l.termId))
      .filter((t) => t?.kind === kind)
      .map((t) => {
        const marks = [t!.special ? L.report.special : '', t!.criminal ? L.report.criminal : ''].filter(Boolean);
        return marks.length ? `${termLabel(t!, lang)} (${marks.join(', ')})` : termLabel(t!, lang);
      });
  const recipientText = (r: Dump['recipients'][number]) => `${r.name} (${[L.recipientKind[r.kind], r.country].filter(Boolean).join(', ')})`;

  const activities = selectActivities(dump, f).map((a): ReportActivity => {
    const linked = (recipientsOf.get(a.id) ?? []).map((l) => recipientById.get(l.recipientId)!);
    const org = orgs.get(a.organisationId);
    const display = a.reference ? `${a.reference} ${a.name}` : a.name;
    for (const r of linked) usedBy.set(r.id, [...(usedBy.get(r.id) ?? []), display]);
    return {
      id: a.id,
      reference: a.reference,
      name: a.name,
      organisation: org?.name ?? '',
      dpo: org ? organisationOf(org, L).dpo : '',
      representative: org ? organisationOf(org, L).representative : '',
      role: a.role,
      roleLabel: L.role[a.role],
      status: a.status,
      statusLabel: L.status[a.status],
      controllers: (controllersOf.get(a.id) ?? []).map((c) => orgs.get(c.organisationId)?.name ?? ''),
      jointControllers: linked.filter((r) => r.kind === 'joint_controller').map((r) => r.name),
      department: a.department,
      owner: a.owner,
      description: a.description,
      purposes: a.purposes,
      legalBases: (a.legalBases as (keyof typeof LEGAL_BASIS_ARTICLE)[]).map((b) => `${L.legalBasis[b]} (${LEGAL_BASIS_ARTICLE[b]})`),
      legitimateInterest: a.legitimateInterest,
      art9Condition: a.art9Condition ? `${L.art9[a.art9Condition as keyof typeof ART9_ARTICLE]} (${ART9_ARTICLE[a.art9Condition as keyof typeof ART9_ARTICLE]})` : '',
      art10Basis: a.art10Basis,
      sources: a.sources,
      dataSubjects: termList(a.id, 'data_subject'),
      dataCategories: termList(a.id, 'data_category'),
      securityMeasures: termList(a.id, 'security_measure'),
      securityDescription: a.securityDescription,
      recipients: linked.map(recipientText),
      recipientNames: linked.map((r) => r.name),
      transfers: (transfersOf.get(a.id) ?? []).map((t) => ({
        reference: a.reference,
        activity: a.name,
        country: t.country,
        recipient: t.recipientId ? (recipientById.get(t.recipientId)?.name ?? '') : '',
        safeguard: L.safeguard[t.safeguard as keyof Labels['safeguard']],
        safeguardDetails: t.safeguardDetails,
      })),
      retention: (retentionOf.get(a.id) ?? []).map((r) => {
        const scope = label(r.dataSubjectId ?? r.dataCategoryId);
        const duration = r.durationValue !== null && r.durationUnit !== null ? formatDuration(r.durationValue, r.durationUnit, lang) : '';
        return { reference: a.reference, activity: a.name, duration, criterion: r.criterion, trigger: r.trigger, scope, text: formatRetention({ ...r, scope }, lang) };
      }),
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
    };
  });

  const own = dump.organisations.filter((o) => (f.organisationId ? o.id === f.organisationId : o.kind === 'own'));
  const selection = [
    f.organisationId ? `${L.field.organisation}: ${orgs.get(f.organisationId)?.name ?? f.organisationId}` : '',
    f.status?.length ? `${L.field.status}: ${f.status.map((s) => L.status[s]).join(', ')}` : '',
    f.activityIds ? `${L.report.activityCount}: ${activities.length}` : '',
  ].filter(Boolean);
  return {
    lang,
    labels: L,
    registerName,
    asOf,
    fingerprint,
    organisations: own.map((o) => organisationOf(o, L)),
    selection: selection.length ? selection.join('; ') : L.report.allActivities,
    activities,
    controllerActivities: activities.filter((a) => a.role !== 'processor'),
    processorActivities: activities.filter((a) => a.role === 'processor'),
    recipients: dump.recipients
      .filter((r) => usedBy.has(r.id))
      .sort((a, b) => a.name.localeCompare(b.name, lang) || (a.id < b.id ? -1 : 1))
      .map((r) => ({
        id: r.id,
        name: r.name,
        kind: L.recipientKind[r.kind],
        country: r.country,
        contact: r.contact,
        dpaSignedOn: r.dpaSignedOn,
        dpaLink: r.dpaLink,
        transferMechanism: r.transferMechanism ? L.safeguard[r.transferMechanism as keyof Labels['safeguard']] : '',
        notes: r.notes,
        usedBy: usedBy.get(r.id) ?? [],
      })),
  };
}

export function registerName(ctx: CoreContext): string {
  return getMeta(ctx, 'name') ?? ctx.register.path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** The report of an open register; `withFingerprint` hashes the whole register (the PDF cover shows it). */
export function buildReport(ctx: CoreContext, filter: ReportFilter, withFingerprint: boolean): ReportModel {
  const parsed = reportFilter.parse(filter);
  const asOf = reportDate(ctx, parsed.asOf);
  const dump = dumpRegister(ctx);
  if (parsed.organisationId && !dump.organisations.some((o) => o.id === parsed.organisationId)) {
    throw new RopaFailure({ kind: 'not_found', entity: 'organisation', id: parsed.organisationId, message: `No organisation with id ${parsed.organisationId} in this register.` });
  }
  return buildReportFromDump(dump, parsed, registerName(ctx), asOf, withFingerprint ? registerFingerprint(dump) : '');
}
