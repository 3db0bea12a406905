// The change history as an auditor reads it: per entry, which record (kind and name) and, per
// field, its label and the value before and after in words of the chosen language — names instead
// of ids, labels instead of codes, list changes as added/removed, transfers and retention rules as
// sentences. Pure and browser-safe: the History screens and the changes report (PDF/XLSX/CSV/JSON)
// use this one module, so both say the same thing.
//
// API
//   const lookups = historyLookups(current, entries)
//       current: the names of the records that exist now ({ terms, recipients, organisations,
//       activities }, any of them may be left out); entries: history entries to learn the names of
//       records that no longer exist (a delete entry's `before` holds the full record). Pass every
//       entry you have; the whole history (or listHistory({ action: 'delete' }) plus the current
//       records) names every deleted record.
//   unnamedRefs(entries, lookups)         -> ids no lookup can name (fetch more history, then rebuild)
//   describeEntry(entry, lookups, lang)   -> DescribedEntry: entity, entityName, action, lines[]
//   changeLines(entries, lookups, lang)   -> ChangeLine[]: one flat row per changed field, for tables
//   fieldLabel(entity, key, lang)         -> a field's name as shown
//
// A line has the field's key and label, `before` and `after` as plain text ('' when empty), and for
// lists `added` and `removed` (each item in words). A create shows only `after`, a delete only
// `before`; fields that were empty on either side of a create or delete are left out. Nothing here
// formats times: callers show `at` in their own way.
import { cookieLabels, type CookieLabels } from './cookie-labels';
import { formatRetention, labelsFor, type Labels } from './labels';
import { dateStyleOf, formatDate } from './dates';
import type { HistoryEntry } from './types';
import type { DurationUnit, Language } from './schemas';

export type EntityKind = 'activity' | 'recipient' | 'organisation' | 'term';
type Action = HistoryEntry['action'];

/** A term's labels, as listTerms returns them (and as the history holds them). */
export interface TermName {
  id: string;
  labelEn: string;
  labelNl?: string;
  labelFr?: string;
  labelDe?: string;
}
export interface NamedRecord {
  id: string;
  name: string;
}
export interface CurrentNames {
  terms?: readonly TermName[];
  recipients?: readonly NamedRecord[];
  organisations?: readonly NamedRecord[];
  activities?: readonly NamedRecord[];
}

interface Known {
  kind: EntityKind;
  /** The name, or for a term its labels per language. */
  name: string | TermName;
  deleted: boolean;
}
export interface HistoryLookups {
  /** What is known of a record: its kind, name, and whether it has been deleted. */
  get(id: string): Known | undefined;
}

export interface ChangeLineBase {
  /** The field's key in the stored record ('dataCategoryIds', 'dpaSignedOn', …). */
  field: string;
  fieldLabel: string;
  before: string;
  after: string;
  /** For list fields on an update: the items that came and went, in words. */
  added?: string[];
  removed?: string[];
}
export interface DescribedEntry {
  seq: number;
  at: string;
  author: string;
  action: Action;
  actionLabel: string;
  entity: string;
  entityLabel: string;
  entityId: string;
  /** The record's name now (or last known, prefixed as deleted). */
  entityName: string;
  lines: ChangeLineBase[];
}
/** One changed field of one entry, with everything a report row needs. */
export type ChangeLine = Omit<DescribedEntry, 'lines'> & ChangeLineBase;

// ---- words not in labels.ts ----

interface Words {
  entity: Record<EntityKind, string>;
  action: Record<Action, string>;
  deleted: Record<EntityKind, (name: string) => string>;
  field: Record<string, string>;
  transfer: (country: string, recipient: string, safeguard: string, details: string) => string;
  unknown: string;
  /** The register's own notes (its languages, a new starting point): the record and its name. */
  register: string;
  registerSettings: string;
  languages: (primary: string, further: string) => string;
}

const q = (open: string, close: string) => (s: string) => `${open}${s}${close}`;
const en = q('“', '”');
const nlq = q('‘', '’');
const frq = q('« ', ' »');
const deq = q('„', '“');

const WORDS: Record<Language, Words> = {
  en: {
    entity: { activity: 'Activity', recipient: 'Recipient', organisation: 'Organisation', term: 'Term' },
    action: { create: 'created', update: 'changed', delete: 'deleted' },
    deleted: {
      activity: (n) => `deleted activity ${en(n)}`,
      recipient: (n) => `deleted recipient ${en(n)}`,
      organisation: (n) => `deleted organisation ${en(n)}`,
      term: (n) => `deleted term ${en(n)}`,
    },
    field: {
      name: 'Name',
      kind: 'Kind',
      code: 'Code',
      labelEn: 'Label (English)',
      labelNl: 'Label (Dutch)',
      labelFr: 'Label (French)',
      labelDe: 'Label (German)',
      special: 'Special category (Art. 9)',
      criminal: 'Criminal offence data (Art. 10)',
      builtIn: 'Built in',
      website: 'Website',
      representativeName: 'Representative',
      representativeContact: 'Representative’s contact details',
      dpoName: 'Data protection officer',
      dpoEmail: 'Data protection officer’s email',
      dpoPhone: 'Data protection officer’s phone',
      dpoAddress: 'Data protection officer’s address',
      languages: 'Languages',
      acceptedAsStartingPoint: 'Accepted as a new starting point',
    },
    transfer: (c, r, s, d) => `to ${c}${r ? ` (recipient: ${r})` : ''}${s ? ` under ${s}` : ''}${d ? ` — ${d}` : ''}`,
    unknown: 'unknown',
    register: 'Register',
    registerSettings: 'Register settings',
    languages: (p, f) => `primary: ${p}${f ? `; further: ${f}` : ''}`,
  },
  nl: {
    entity: { activity: 'Verwerking', recipient: 'Ontvanger', organisation: 'Organisatie', term: 'Term' },
    action: { create: 'aangemaakt', update: 'gewijzigd', delete: 'verwijderd' },
    deleted: {
      activity: (n) => `verwijderde verwerking ${nlq(n)}`,
      recipient: (n) => `verwijderde ontvanger ${nlq(n)}`,
      organisation: (n) => `verwijderde organisatie ${nlq(n)}`,
      term: (n) => `verwijderde term ${nlq(n)}`,
    },
    field: {
      name: 'Naam',
      kind: 'Soort',
      code: 'Code',
      labelEn: 'Benaming (Engels)',
      labelNl: 'Benaming (Nederlands)',
      labelFr: 'Benaming (Frans)',
      labelDe: 'Benaming (Duits)',
      special: 'Bijzondere categorie (art. 9)',
      criminal: 'Strafrechtelijke gegevens (art. 10)',
      builtIn: 'Standaard',
      website: 'Website',
      representativeName: 'Vertegenwoordiger',
      representativeContact: 'Contactgegevens vertegenwoordiger',
      dpoName: 'Functionaris voor gegevensbescherming',
      dpoEmail: 'E-mail functionaris voor gegevensbescherming',
      dpoPhone: 'Telefoon functionaris voor gegevensbescherming',
      dpoAddress: 'Adres functionaris voor gegevensbescherming',
      languages: 'Talen',
      acceptedAsStartingPoint: 'Aanvaard als nieuw vertrekpunt',
    },
    transfer: (c, r, s, d) =>
      `naar ${c}${r ? ` (ontvanger: ${r})` : ''}${s ? ` op grond van ${s}` : ''}${d ? ` — ${d}` : ''}`,
    unknown: 'onbekend',
    register: 'Register',
    registerSettings: 'Registerinstellingen',
    languages: (p, f) => `hoofdtaal: ${p}${f ? `; verdere: ${f}` : ''}`,
  },
  fr: {
    entity: { activity: 'Traitement', recipient: 'Destinataire', organisation: 'Organisation', term: 'Terme' },
    action: { create: 'créé', update: 'modifié', delete: 'supprimé' },
    deleted: {
      activity: (n) => `traitement supprimé ${frq(n)}`,
      recipient: (n) => `destinataire supprimé ${frq(n)}`,
      organisation: (n) => `organisation supprimée ${frq(n)}`,
      term: (n) => `terme supprimé ${frq(n)}`,
    },
    field: {
      name: 'Nom',
      kind: 'Type',
      code: 'Code',
      labelEn: 'Libellé (anglais)',
      labelNl: 'Libellé (néerlandais)',
      labelFr: 'Libellé (français)',
      labelDe: 'Libellé (allemand)',
      special: 'Catégorie particulière (art. 9)',
      criminal: 'Données pénales (art. 10)',
      builtIn: 'Prédéfini',
      website: 'Site web',
      representativeName: 'Représentant',
      representativeContact: 'Coordonnées du représentant',
      dpoName: 'Délégué à la protection des données',
      dpoEmail: 'E-mail du délégué à la protection des données',
      dpoPhone: 'Téléphone du délégué à la protection des données',
      dpoAddress: 'Adresse du délégué à la protection des données',
      languages: 'Langues',
      acceptedAsStartingPoint: 'Accepté comme nouveau point de départ',
    },
    transfer: (c, r, s, d) =>
      `vers ${c}${r ? ` (destinataire : ${r})` : ''}${s ? ` au titre de ${s}` : ''}${d ? ` — ${d}` : ''}`,
    unknown: 'inconnu',
    register: 'Registre',
    registerSettings: 'Paramètres du registre',
    languages: (p, f) => `principale : ${p}${f ? ` ; autres : ${f}` : ''}`,
  },
  de: {
    entity: { activity: 'Tätigkeit', recipient: 'Empfänger', organisation: 'Organisation', term: 'Begriff' },
    action: { create: 'angelegt', update: 'geändert', delete: 'gelöscht' },
    deleted: {
      activity: (n) => `gelöschte Tätigkeit ${deq(n)}`,
      recipient: (n) => `gelöschter Empfänger ${deq(n)}`,
      organisation: (n) => `gelöschte Organisation ${deq(n)}`,
      term: (n) => `gelöschter Begriff ${deq(n)}`,
    },
    field: {
      name: 'Name',
      kind: 'Art',
      code: 'Code',
      labelEn: 'Bezeichnung (Englisch)',
      labelNl: 'Bezeichnung (Niederländisch)',
      labelFr: 'Bezeichnung (Französisch)',
      labelDe: 'Bezeichnung (Deutsch)',
      special: 'Besondere Kategorie (Art. 9)',
      criminal: 'Strafrechtliche Daten (Art. 10)',
      builtIn: 'Vordefiniert',
      website: 'Website',
      representativeName: 'Vertreter',
      representativeContact: 'Kontaktdaten des Vertreters',
      dpoName: 'Datenschutzbeauftragter',
      dpoEmail: 'E-Mail des Datenschutzbeauftragten',
      dpoPhone: 'Telefon des Datenschutzbeauftragten',
      dpoAddress: 'Anschrift des Datenschutzbeauftragten',
      languages: 'Sprachen',
      acceptedAsStartingPoint: 'Als neuer Ausgangspunkt übernommen',
    },
    transfer: (c, r, s, d) =>
      `nach ${c}${r ? ` (Empfänger: ${r})` : ''}${s ? ` auf Grundlage von ${s}` : ''}${d ? ` — ${d}` : ''}`,
    unknown: 'unbekannt',
    register: 'Verzeichnis',
    registerSettings: 'Verzeichniseinstellungen',
    languages: (p, f) => `Hauptsprache: ${p}${f ? `; weitere: ${f}` : ''}`,
  },
};

// ---- what each stored field is ----

type FieldKey = keyof Labels['field'];
type EnumGroup =
  'role' | 'status' | 'legalBasis' | 'art9' | 'dpia' | 'recipientKind' | 'safeguard' | 'organisationKind' | 'termKind';
type Kind =
  | { type: 'text' }
  | { type: 'date' }
  | { type: 'bool' }
  | { type: 'country' }
  | { type: 'enum'; group: EnumGroup }
  | { type: 'enumList'; group: EnumGroup }
  | { type: 'ref'; of: EntityKind }
  | { type: 'refList'; of: EntityKind }
  | { type: 'textList' }
  | { type: 'transfers' }
  | { type: 'retention' }
  | { type: 'purposes' }
  | { type: 'languages' };

interface FieldSpec {
  /** labels.field key, else a key of WORDS.field. */
  label: FieldKey | string;
  kind: Kind;
}
const text: Kind = { type: 'text' };
const f = (label: string, kind: Kind = text): FieldSpec => ({ label, kind });

const COMMON: Record<string, FieldSpec> = {
  name: f('name'),
  description: f('description'),
  notes: f('notes'),
  country: f('country', { type: 'country' }),
};

const FIELDS: Record<EntityKind, Record<string, FieldSpec>> = {
  activity: {
    organisationId: f('organisation', { type: 'ref', of: 'organisation' }),
    reference: f('reference'),
    // Texts before schema 5; since then each purpose with its own legal bases.
    purposes: f('purposes', { type: 'purposes' }),
    role: f('role', { type: 'enum', group: 'role' }),
    controllerIds: f('controllers', { type: 'refList', of: 'organisation' }),
    department: f('department'),
    owner: f('owner'),
    status: f('status', { type: 'enum', group: 'status' }),
    endDate: f('endDate', { type: 'date' }),
    legalBases: f('legalBases', { type: 'enumList', group: 'legalBasis' }),
    legitimateInterest: f('legitimateInterest'),
    art9Condition: f('art9Condition', { type: 'enum', group: 'art9' }),
    art9Conditions: f('art9Condition', { type: 'enumList', group: 'art9' }),
    art10Basis: f('art10Basis'),
    sources: f('sources', { type: 'textList' }),
    dataSubjectIds: f('dataSubjects', { type: 'refList', of: 'term' }),
    dataCategoryIds: f('dataCategories', { type: 'refList', of: 'term' }),
    securityMeasureIds: f('securityMeasures', { type: 'refList', of: 'term' }),
    recipientIds: f('recipients', { type: 'refList', of: 'recipient' }),
    transfers: f('transfers', { type: 'transfers' }),
    retention: f('retention', { type: 'retention' }),
    securityDescription: f('securityDescription'),
    dpia: f('dpia', { type: 'enum', group: 'dpia' }),
    dpiaLink: f('dpiaLink'),
    automatedDecision: f('automatedDecision', { type: 'bool' }),
    automatedDecisionDetails: f('automatedDecisionDetails'),
    reviewDate: f('reviewDate', { type: 'date' }),
  },
  recipient: {
    kind: f('recipientKind', { type: 'enum', group: 'recipientKind' }),
    contact: f('contact'),
    dpaSignedOn: f('dpaSignedOn', { type: 'date' }),
    dpaLink: f('dpaLink'),
    transferMechanism: f('transferMechanism', { type: 'enum', group: 'safeguard' }),
  },
  organisation: {
    kind: f('kind', { type: 'enum', group: 'organisationKind' }),
    enterpriseNumber: f('enterpriseNumber'),
    address: f('address'),
    email: f('email'),
    phone: f('phone'),
    website: f('website'),
    representativeName: f('representativeName'),
    representativeContact: f('representativeContact'),
    dpoName: f('dpoName'),
    dpoEmail: f('dpoEmail'),
    dpoPhone: f('dpoPhone'),
    dpoAddress: f('dpoAddress'),
  },
  term: {
    kind: f('kind', { type: 'enum', group: 'termKind' }),
    code: f('code'),
    labelEn: f('labelEn'),
    labelNl: f('labelNl'),
    labelFr: f('labelFr'),
    labelDe: f('labelDe'),
    special: f('special', { type: 'bool' }),
    criminal: f('criminal', { type: 'bool' }),
    builtIn: f('builtIn', { type: 'bool' }),
  },
};

/**
 * Cookies link to a provider (recipient), a category (term) and an activity: named like any link,
 * never shown as ids. Their field names are the cookie words of core/api/cookie-labels.ts.
 */
const COOKIE_FIELDS: Record<string, FieldSpec & { cookieLabel?: keyof CookieLabels['field'] }> = {
  name: { ...f('name'), cookieLabel: 'name' },
  domain: { ...f('domain'), cookieLabel: 'domain' },
  providerId: { ...f('provider', { type: 'ref', of: 'recipient' }), cookieLabel: 'provider' },
  categoryId: { ...f('category', { type: 'ref', of: 'term' }), cookieLabel: 'category' },
  purpose: { ...f('purpose'), cookieLabel: 'purpose' },
  expiry: { ...f('expiry'), cookieLabel: 'expiry' },
  kind: { ...f('kind'), cookieLabel: 'kind' },
  party: { ...f('party'), cookieLabel: 'party' },
  activityId: { ...f('activity', { type: 'ref', of: 'activity' }), cookieLabel: 'activity' },
};

/** The register's own notes: core/replay.ts NOTE_ENTITY, whose entries name the register itself. */
const NOTE_ENTITY = 'register';
const NOTE_FIELDS: Record<string, FieldSpec> = {
  languages: f('languages', { type: 'languages' }),
  acceptedAsStartingPoint: f('acceptedAsStartingPoint', { type: 'textList' }),
};

const isEntityKind = (e: string): e is EntityKind => e in FIELDS;
const specOf = (entity: string, key: string): FieldSpec | undefined =>
  (isEntityKind(entity)
    ? FIELDS[entity][key]
    : entity === 'cookie'
      ? COOKIE_FIELDS[key]
      : entity === NOTE_ENTITY
        ? NOTE_FIELDS[key]
        : undefined) ?? COMMON[key];

/** A field's name as shown, in `lang`; an unknown field keeps its key. */
export function fieldLabel(entity: string, key: string, lang: Language): string {
  const cookieLabel = entity === 'cookie' ? COOKIE_FIELDS[key]?.cookieLabel : undefined;
  if (cookieLabel) return cookieLabels(lang).field[cookieLabel];
  const label = specOf(entity, key)?.label ?? key;
  const L = labelsFor(lang).field as Record<string, string>;
  return WORDS[lang].field[label] ?? L[label] ?? key;
}

// ---- names ----

const LABEL_OF: Record<Language, keyof TermName> = { en: 'labelEn', nl: 'labelNl', fr: 'labelFr', de: 'labelDe' };
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function nameOfRecord(kind: EntityKind, r: Record<string, unknown>): string | TermName | undefined {
  if (kind !== 'term') return typeof r.name === 'string' ? r.name : undefined;
  if (typeof r.labelEn !== 'string') return undefined;
  return {
    id: str(r.id),
    labelEn: r.labelEn,
    labelNl: str(r.labelNl),
    labelFr: str(r.labelFr),
    labelDe: str(r.labelDe),
  };
}

/** Names of the records that exist now, completed from history entries for those that no longer do. */
export function historyLookups(current: CurrentNames, entries: readonly HistoryEntry[] = []): HistoryLookups {
  const known = new Map<string, Known>();
  // Oldest first, so a later rename wins; the current records then override everything.
  for (const e of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (!isEntityKind(e.entity)) continue;
    const side: Record<string, unknown> = {};
    for (const [k, c] of Object.entries(e.changes)) side[k] = e.action === 'delete' ? c.before : c.after;
    const prev = known.get(e.entityId);
    const name =
      nameOfRecord(e.entity, side) ??
      (e.entity === 'term' && prev && typeof prev.name !== 'string'
        ? { ...prev.name, ...mergeTermLabels(side) }
        : undefined) ??
      prev?.name;
    if (name !== undefined) known.set(e.entityId, { kind: e.entity, name, deleted: e.action === 'delete' });
    else if (prev && e.action === 'delete') known.set(e.entityId, { ...prev, deleted: true });
  }
  const add = (kind: EntityKind, list: readonly (NamedRecord | TermName)[] | undefined) => {
    for (const r of list ?? [])
      known.set(r.id, { kind, name: kind === 'term' ? (r as TermName) : (r as NamedRecord).name, deleted: false });
  };
  add('term', current.terms);
  add('recipient', current.recipients);
  add('organisation', current.organisations);
  add('activity', current.activities);
  return { get: (id) => known.get(id) };
}

function mergeTermLabels(side: Record<string, unknown>): Partial<TermName> {
  const out: Partial<TermName> = {};
  for (const k of ['labelEn', 'labelNl', 'labelFr', 'labelDe'] as const)
    if (typeof side[k] === 'string') out[k] = side[k];
  return out;
}

function plainName(k: Known, lang: Language): string {
  if (typeof k.name === 'string') return k.name;
  return str(k.name[LABEL_OF[lang]]) || k.name.labelEn;
}

/** A linked record in words: its name, or "deleted term “X”" when it is gone. */
function refName(id: string, of: EntityKind, lookups: HistoryLookups, lang: Language): string {
  const k = lookups.get(id);
  if (!k) return WORDS[lang].deleted[of](`${WORDS[lang].unknown} ${id.slice(0, 8)}`);
  const name = plainName(k, lang);
  return k.deleted ? WORDS[lang].deleted[k.kind](name) : name;
}

// ---- values ----

const isEmpty = (v: unknown): boolean =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

function countryName(code: string, lang: Language): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    const name = new Intl.DisplayNames([lang], { type: 'region' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

interface Ctx {
  lookups: HistoryLookups;
  lang: Language;
  L: Labels;
}

function enumLabel(group: EnumGroup, v: unknown, c: Ctx): string {
  const table = c.L[group] as Record<string, string>;
  return typeof v === 'string' ? (table[v] ?? v) : '';
}

function transferSentence(t: Record<string, unknown>, c: Ctx): string {
  const recipient = typeof t.recipientId === 'string' ? refName(t.recipientId, 'recipient', c.lookups, c.lang) : '';
  const safeguard = typeof t.safeguard === 'string' ? enumLabel('safeguard', t.safeguard, c) : '';
  return WORDS[c.lang].transfer(countryName(str(t.country), c.lang), recipient, safeguard, str(t.safeguardDetails));
}

function retentionSentence(r: Record<string, unknown>, c: Ctx): string {
  const scope = [r.dataCategoryId, r.dataSubjectId]
    .filter((id): id is string => typeof id === 'string')
    .map((id) => refName(id, 'term', c.lookups, c.lang))
    .join(', ');
  return formatRetention(
    {
      durationValue: typeof r.durationValue === 'number' ? r.durationValue : null,
      durationUnit: typeof r.durationUnit === 'string' ? (r.durationUnit as DurationUnit) : null,
      criterion: str(r.criterion),
      trigger: str(r.trigger),
      scope,
    },
    c.lang,
  );
}

/** Any value the history may hold whose field this module does not know, as readable text. */
function generic(v: unknown, c: Ctx): string {
  if (isEmpty(v)) return '';
  if (typeof v === 'boolean') return v ? c.L.yes : c.L.no;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map((x) => generic(x, c)).join('; ');
  if (typeof v === 'object' && v !== null)
    return Object.entries(v)
      .filter(([k, x]) => !isEmpty(x) && !STAMP.has(k))
      .map(([k, x]) => `${k}: ${generic(x, c)}`)
      .join(', ');
  return String(v);
}
const STAMP = new Set(['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'version']);

/** A list field's items in words, or null when the field is not a list. */
function items(kind: Kind, v: unknown, c: Ctx): string[] | null {
  const list = Array.isArray(v) ? (v as unknown[]) : isEmpty(v) ? [] : null;
  switch (kind.type) {
    case 'textList':
      return (list ?? []).map((x) => generic(x, c));
    case 'enumList':
      return (list ?? []).map((x) => enumLabel(kind.group, x, c));
    case 'refList':
      return (list ?? []).map((x) => refName(str(x), kind.of, c.lookups, c.lang));
    case 'transfers':
      return (list ?? []).map((x) => transferSentence(x as Record<string, unknown>, c));
    case 'retention':
      return (list ?? []).map((x) => retentionSentence(x as Record<string, unknown>, c));
    case 'purposes':
      return (list ?? []).map((x) => {
        if (typeof x !== 'object' || x === null) return generic(x, c);
        const p = x as Record<string, unknown>;
        const bases = Array.isArray(p.legalBases) ? p.legalBases.map((b) => enumLabel('legalBasis', b, c)) : [];
        return [str(p.text), bases.join(', '), str(p.legitimateInterest)].filter(Boolean).join(' — ');
      });
    default:
      return null;
  }
}

function scalar(kind: Kind, v: unknown, c: Ctx): string {
  if (isEmpty(v)) return '';
  switch (kind.type) {
    case 'date':
      return typeof v === 'string' ? formatDate(v, dateStyleOf(c.lang)) : generic(v, c);
    case 'bool':
      return v === true ? c.L.yes : v === false ? c.L.no : generic(v, c);
    case 'country':
      return typeof v === 'string' ? countryName(v, c.lang) : generic(v, c);
    case 'enum':
      return enumLabel(kind.group, v, c);
    case 'ref':
      return refName(str(v), kind.of, c.lookups, c.lang);
    case 'languages':
      return languagesText(v, c);
    default:
      return generic(v, c);
  }
}

/** The register's languages in words: {primary: 'nl', further: ['en']} → "primary: Dutch; further: English". */
function languagesText(v: unknown, c: Ctx): string {
  if (typeof v !== 'object' || v === null) return generic(v, c);
  const { primary, further } = v as { primary?: unknown; further?: unknown };
  const names = new Intl.DisplayNames([c.lang], { type: 'language' });
  const name = (code: unknown) => (typeof code === 'string' && code !== '' ? (names.of(code) ?? code) : '');
  const list = Array.isArray(further) ? further.map(name).join(', ') : '';
  return WORDS[c.lang].languages(name(primary), list);
}

function minus(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

function line(entity: string, key: string, change: { before: unknown; after: unknown }, action: Action, c: Ctx) {
  const kind = specOf(entity, key)?.kind ?? text;
  const out: ChangeLineBase = { field: key, fieldLabel: fieldLabel(entity, key, c.lang), before: '', after: '' };
  const before = action === 'create' ? null : change.before;
  const after = action === 'delete' ? null : change.after;
  const b = items(kind, before, c);
  const a = items(kind, after, c);
  if (a && b) {
    out.before = b.join('; ');
    out.after = a.join('; ');
    if (action === 'update') {
      out.added = minus(a, b);
      out.removed = minus(b, a);
    }
  } else {
    out.before = scalar(kind, before, c);
    out.after = scalar(kind, after, c);
  }
  return out;
}

/** One history entry in words: which record, and each changed field before and after. */
export function describeEntry(entry: HistoryEntry, lookups: HistoryLookups, lang: Language): DescribedEntry {
  const c: Ctx = { lookups, lang, L: labelsFor(lang) };
  const W = WORDS[lang];
  const kind = isEntityKind(entry.entity) ? entry.entity : null;
  // The entry's own name field first (a create, a delete, a rename), else what the lookups know.
  const own = entry.changes.name ?? entry.changes.labelEn;
  const ownName = own ? str(entry.action === 'delete' ? own.before : own.after) : '';
  const known = lookups.get(entry.entityId);
  const entityName = known
    ? known.deleted
      ? W.deleted[known.kind](plainName(known, lang))
      : plainName(known, lang)
    : ownName || (entry.entity === NOTE_ENTITY ? W.registerSettings : entry.entityId);
  const lines = Object.entries(entry.changes)
    .map(([key, ch]) => line(entry.entity, key, ch, entry.action, c))
    // A create or delete lists every field; the empty ones say nothing.
    .filter((l) => entry.action === 'update' || (entry.action === 'create' ? l.after !== '' : l.before !== ''));
  return {
    seq: entry.seq,
    at: entry.at,
    author: entry.author,
    action: entry.action,
    actionLabel: W.action[entry.action],
    entity: entry.entity,
    entityLabel: kind ? W.entity[kind] : entry.entity === NOTE_ENTITY ? W.register : entry.entity,
    entityId: entry.entityId,
    entityName,
    lines,
  };
}

/**
 * Ids the entries link to (terms, recipients, organisations) that `lookups` cannot name: a caller
 * holding only part of the history fetches the rest (or the delete entries) when this is not empty.
 */
export function unnamedRefs(entries: readonly HistoryEntry[], lookups: HistoryLookups): string[] {
  const ids = new Set<string>();
  const want = (v: unknown) => {
    if (typeof v === 'string' && v !== '' && !lookups.get(v)) ids.add(v);
  };
  for (const e of entries) {
    if (!lookups.get(e.entityId)) ids.add(e.entityId);
    for (const [key, c] of Object.entries(e.changes)) {
      const kind = specOf(e.entity, key)?.kind;
      for (const side of [c.before, c.after]) {
        if (kind?.type === 'ref') want(side);
        else if (kind?.type === 'refList' && Array.isArray(side)) side.forEach(want);
        else if ((kind?.type === 'transfers' || kind?.type === 'retention') && Array.isArray(side))
          for (const item of side as Record<string, unknown>[])
            [item.recipientId, item.dataCategoryId, item.dataSubjectId].forEach(want);
      }
    }
  }
  return [...ids];
}

/** Every changed field of every entry as one row: the changes report's table. */
export function changeLines(entries: readonly HistoryEntry[], lookups: HistoryLookups, lang: Language): ChangeLine[] {
  return entries.flatMap((e) => {
    const { lines, ...head } = describeEntry(e, lookups, lang);
    return lines.map((l) => ({ ...head, ...l }));
  });
}
