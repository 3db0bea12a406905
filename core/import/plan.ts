// An import worked out against the register without writing anything: the sheet and header row,
// the column mapping, each row's activity (new or updating an existing one) with vocabulary terms,
// recipients and the organisation resolved, and the report the dry run prints and the app reviews.
import { createHash } from 'node:crypto';
import { v4 as uuidv4 } from 'uuid';
import type { Activity } from '../api/contract';
import type {
  ImportCellReport,
  ImportColumnReport,
  ImportReport,
  ImportRowError,
  ImportRowReport,
} from '../api/import-report';
import {
  activityFields,
  blankActivityFields,
  type ActivityFields,
  type Language,
  type LegalBasis,
  type PurposeInput,
  type RecipientKind,
  type TermKind,
} from '../api/schemas';
import { RegisterFileError } from '../../db/open';
import { fieldsOf, findActivity } from '../activities';
import type { CoreContext } from '../context';
import { issuesOf } from '../api/errors';
import { getMeta } from '../register-info';
import { recipientEntity } from '../recipients';
import { listTerms } from '../terms';
import { organisationEntity } from '../organisations';
import { cut, emptyDraft, finishTransfers, readCell, type ActivityDraft, type CellTrace } from './draft';
import { proposedCode, Vocabulary, type TermMatch } from './match';
import {
  bestProfile,
  headerKey,
  IMPORT_FIELDS,
  profileById,
  type ColumnMapping,
  type ImportField,
  type ProfileId,
} from './profiles';
import type { SheetGrid, SourceBook } from './source';
import { fold } from './values';

export interface PlanOptions {
  profile?: ProfileId | 'auto';
  /** Header text → field; overrides the profile's columns. */
  mapping?: Record<string, string>;
  sheet?: string;
  /** 1-based; detected when absent. */
  headerRow?: number;
}

/** register_meta key holding the mappings given for earlier imports, by header layout. */
export const MAPPINGS_KEY = 'import_mappings';

/** Rows searched for the header, past title rows and notes. */
const HEADER_SEARCH = 30;

export interface NewTerm {
  placeholder: string;
  kind: TermKind;
  label: string;
  code: string;
}

export interface NewRecipient {
  placeholder: string;
  name: string;
  kind: RecipientKind;
  kindStated: boolean;
  country: string;
  dpaLink: string;
}

export interface PlannedRow {
  row: number;
  /** Fields with placeholder ids for terms and recipients still to be created. */
  fields: ActivityFields | null;
  existing: Activity | null;
}

export interface PreparedImport {
  source: string;
  report: ImportReport;
  rows: PlannedRow[];
  newTerms: NewTerm[];
  newRecipients: NewRecipient[];
  /** Placeholder id of the organisation to create (the register has none yet), else null. */
  organisationPlaceholder: string | null;
  organisationName: string;
  /** Saved for the next import of the same layout when a mapping was given. */
  savedMapping: { signature: string; columns: Record<string, ImportField> } | null;
}

const fieldSet = new Set<string>(IMPORT_FIELDS);

function asField(value: string, header: string): ImportField {
  if (!fieldSet.has(value))
    throw new RegisterFileError(
      `The mapping gives column "${header}" the field "${value}", which is not one of: ${IMPORT_FIELDS.join(', ')}.`,
    );
  return value as ImportField;
}

/** One signature per header layout: the set of its column names. */
export function layoutSignature(header: string[]): string {
  const keys = header.map(headerKey).filter(Boolean).sort();
  return createHash('sha256').update(keys.join('|')).digest('hex').slice(0, 16);
}

export function savedMappings(ctx: CoreContext): Record<string, Record<string, ImportField>> {
  const raw = getMeta(ctx, MAPPINGS_KEY);
  if (!raw) return {};
  try {
    return JSON.parse(raw) as Record<string, Record<string, ImportField>>;
  } catch {
    return {};
  }
}

interface HeaderChoice {
  sheet: SheetGrid;
  index: number;
  profile: string;
  lang: Language;
  columns: ImportColumnReport[];
  savedMapping: PreparedImport['savedMapping'];
}

function mappingByKey(mapping: Record<string, string> | undefined): Map<string, ImportField> {
  const m = new Map<string, ImportField>();
  for (const [header, field] of Object.entries(mapping ?? {})) m.set(headerKey(header), asField(field, header));
  return m;
}

/** Picks sheet, header row and columns: the row that a profile or the mapping knows best. */
function chooseHeader(ctx: CoreContext, book: SourceBook, source: string, o: PlanOptions): HeaderChoice {
  const given = mappingByKey(o.mapping);
  const saved = savedMappings(ctx);
  const only = o.profile && o.profile !== 'auto' ? o.profile : undefined;
  let best: {
    sheet: SheetGrid;
    index: number;
    score: number;
    known: number;
    mapping: ColumnMapping;
    profile: string;
    lang: Language;
  } | null = null;
  const wanted = o.sheet?.toLowerCase();
  const sheets = wanted === undefined ? book.sheets : book.sheets.filter((s) => s.name.toLowerCase() === wanted);
  if (sheets.length === 0)
    throw new RegisterFileError(
      `${source} has no sheet named ${o.sheet} (sheets: ${book.sheets.map((s) => s.name).join(', ')}).`,
    );
  for (const sheet of sheets) {
    const rows = o.headerRow ? [o.headerRow - 1] : sheet.rows.slice(0, HEADER_SEARCH).map((_, i) => i);
    for (const index of rows) {
      const header = sheet.rows[index] ?? [];
      if (header.filter((c) => c !== '').length < 2 && !o.headerRow) continue;
      const m = bestProfile(header, only);
      const fromMapping = header.filter((h) => given.has(headerKey(h))).length;
      const fromSaved = Object.keys(saved[layoutSignature(header)] ?? {}).length > 0 ? header.length : 0;
      const score = Math.max(m.known, fromMapping, fromSaved);
      if (!best || score > best.score)
        best = { sheet, index, score, known: m.known, mapping: m.mapping, profile: m.profile, lang: m.lang };
    }
  }
  if (!best || (best.score < 2 && !o.headerRow)) {
    throw new RegisterFileError(
      `${source}: no header row recognised in the first ${HEADER_SEARCH} rows${book.sheets.length > 1 ? ' of any sheet' : ''} (no columns named as in the ICO, APD, CNIL or RoPA layouts); give a column mapping (--mapping).`,
    );
  }
  const header = best.sheet.rows[best.index] ?? [];
  const signature = layoutSignature(header);
  const remembered = given.size === 0 ? saved[signature] : undefined;
  const columns: ImportColumnReport[] = header.map((h, i) => {
    const key = headerKey(h);
    if (given.has(key)) return { index: i, header: h, field: given.get(key)!, from: 'mapping' };
    if (remembered?.[key]) return { index: i, header: h, field: remembered[key], from: 'saved mapping' };
    const f = best.mapping[i];
    return f
      ? { index: i, header: h, field: f, from: 'profile' }
      : { index: i, header: h, field: 'ignore', from: 'unknown' };
  });
  const usedMapping = given.size > 0 || remembered !== undefined;
  return {
    sheet: best.sheet,
    index: best.index,
    profile: usedMapping && best.known < 2 ? 'mapping' : best.profile,
    lang: best.lang,
    columns: columns.filter((c) => c.header !== ''),
    savedMapping:
      given.size > 0
        ? {
            signature,
            columns: Object.fromEntries(
              columns
                .filter((c) => c.header !== '' && c.field !== 'ignore')
                .map((c) => [headerKey(c.header), c.field as ImportField]),
            ),
          }
        : null,
  };
}

const LABEL_KEY: Record<Language, 'labelEn' | 'labelNl' | 'labelFr' | 'labelDe'> = {
  en: 'labelEn',
  nl: 'labelNl',
  fr: 'labelFr',
  de: 'labelDe',
};
export { LABEL_KEY };

/** The register's view an import resolves against: vocabularies, recipients, activities. */
class Resolver {
  readonly vocab: Record<TermKind, Vocabulary>;
  readonly newTerms = new Map<string, NewTerm>();
  readonly newRecipients = new Map<string, NewRecipient>();
  private readonly recipients: Map<string, string>;
  private readonly codes: Set<string>;
  private readonly byReference = new Map<string, string>();
  private readonly byName = new Map<string, { id: string; reference: string; department: string }[]>();

  constructor(private readonly ctx: CoreContext) {
    const terms = listTerms(ctx);
    this.codes = new Set(terms.map((t) => `${t.kind}:${t.code}`));
    this.vocab = {
      data_category: new Vocabulary('data_category', terms),
      data_subject: new Vocabulary('data_subject', terms),
      security_measure: new Vocabulary('security_measure', terms),
      cookie_category: new Vocabulary('cookie_category', terms),
    };
    this.recipients = new Map(recipientEntity.list(ctx).map((r) => [fold(r.name), r.id]));
    const rows = ctx.register.sqlite.prepare('SELECT id, reference, name, department FROM activities').all() as {
      id: string;
      reference: string;
      name: string;
      department: string;
    }[];
    for (const r of rows) {
      if (r.reference) this.byReference.set(fold(r.reference), r.id);
      const key = fold(r.name);
      const list = this.byName.get(key) ?? [];
      list.push({ id: r.id, reference: fold(r.reference), department: fold(r.department) });
      this.byName.set(key, list);
    }
  }

  term(kind: TermKind, value: string, trace: CellTrace | undefined): string {
    const m: TermMatch = this.vocab[kind].match(value);
    if (m.how !== 'new') {
      trace?.became.push({ kind: 'term', termKind: kind, termId: m.termId, term: m.label });
      if (m.how === 'fuzzy')
        trace?.uncertain.push({ kind: 'fuzzy', value, termId: m.termId, term: m.label, score: m.score });
      return m.termId;
    }
    const key = `${kind}:${fold(m.label)}`;
    let t = this.newTerms.get(key);
    if (!t) {
      let code = proposedCode(m.label);
      for (let n = 2; this.codes.has(`${kind}:${code}`); n++) code = `${proposedCode(m.label)}_${n}`;
      this.codes.add(`${kind}:${code}`);
      t = { placeholder: uuidv4(), kind, label: m.label, code };
      this.newTerms.set(key, t);
    }
    trace?.became.push({ kind: 'term', termKind: kind, termId: null, term: m.label });
    trace?.uncertain.push({ kind: 'newTerm', value });
    return t.placeholder;
  }

  /** A retention rule's scope: a subject category if one matches exactly, else a data category, else fuzzy. */
  scope(value: string, trace: CellTrace | undefined): { dataSubjectId: string | null; dataCategoryId: string | null } {
    const subject = this.vocab.data_subject.exactMatch(value);
    if (subject) return { dataSubjectId: subject.termId, dataCategoryId: null };
    const category = this.vocab.data_category.exactMatch(value);
    if (category) return { dataSubjectId: null, dataCategoryId: category.termId };
    return { dataSubjectId: this.term('data_subject', value, trace), dataCategoryId: null };
  }

  recipient(r: { name: string; kind: RecipientKind; kindStated: boolean; country: string; dpaLink: string }): string {
    const key = fold(r.name);
    const existing = this.recipients.get(key);
    if (existing) return existing;
    const known = this.newRecipients.get(key);
    if (known) {
      if (!known.kindStated && r.kindStated) Object.assign(known, { kind: r.kind, kindStated: true });
      if (!known.dpaLink && r.dpaLink) known.dpaLink = r.dpaLink;
      if (!known.country && r.country) known.country = r.country;
      return known.placeholder;
    }
    const created: NewRecipient = { placeholder: uuidv4(), ...r };
    this.newRecipients.set(key, created);
    return created.placeholder;
  }

  /** Same reference, else same name (and, for layouts without a name, the same business function). */
  existing(d: ActivityDraft, byDepartment: boolean): Activity | null {
    const ref = fold(d.reference);
    let id = ref ? this.byReference.get(ref) : undefined;
    if (!id) {
      // A row with a reference does not take over an activity that has another reference.
      const hit = (this.byName.get(fold(d.name)) ?? []).find(
        (c) => (!byDepartment || c.department === fold(d.department)) && (!ref || c.reference === ''),
      );
      id = hit?.id;
    }
    return id ? findActivity(this.ctx, id) : null;
  }
}

/**
 * One purpose of the row, keeping what `old` (the activity's purpose of that text) has beyond the
 * sheet's columns. A function of the module, not a closure made for every row's purposes.
 */
function purposeOf(d: ActivityDraft, text: string, bases: LegalBasis[], old: PurposeInput | undefined): PurposeInput {
  const legitimateInterest = bases.includes('legitimate_interests')
    ? d.legitimateInterest || (old?.legitimateInterest ?? '')
    : '';
  if (!old)
    return {
      dataCategoryIds: null,
      dataSubjectIds: null,
      recipientIds: null,
      retentionPositions: null,
      text,
      legalBases: bases,
      legitimateInterest,
      translations: {},
    };
  return Object.assign({}, old, { text, legalBases: bases, legitimateInterest, translations: old.translations ?? {} });
}

/**
 * The activity's purposes from the sheet: each purpose keeps the bases a basis cell paired with it
 * ("legitimate interest (security); consent (analytics)"), else every basis the row names; the
 * legitimate interest goes to the purposes resting on (f). Bases without any purpose text apply to
 * the purposes the activity already has, or to one purpose named after the activity.
 */
function purposesOf(d: ActivityDraft, existing: PurposeInput[]): PurposeInput[] {
  const list =
    d.purposes.length > 0
      ? d.purposes.map((p) => {
          const old = existing.find((e) => e.text === p.text);
          const bases = p.bases.length > 0 ? p.bases : d.legalBases.length > 0 ? d.legalBases : (old?.legalBases ?? []);
          return purposeOf(d, p.text, bases, old);
        })
      : existing.length > 0
        ? existing.map((e) => purposeOf(d, e.text, d.legalBases.length > 0 ? d.legalBases : e.legalBases, e))
        : d.legalBases.length > 0 || d.legitimateInterest
          ? [purposeOf(d, d.name, d.legalBases, undefined)]
          : [];
  // An interest typed without basis (f) is kept on the first purpose, for the user to place (ropa check says so).
  const first = list[0];
  if (first && d.legitimateInterest && !list.some((p) => p.legitimateInterest))
    list[0] = { ...first, legitimateInterest: d.legitimateInterest };
  return list;
}

/** The edge between the neutral draft and the contract's activity input: the one place that knows both. */
export function toActivityFields(
  d: ActivityDraft,
  base: ActivityFields | null,
  ids: {
    organisationId: string;
    dataSubjectIds: string[];
    dataCategoryIds: string[];
    securityMeasureIds: string[];
    recipientIds: string[];
    transferRecipientIds: (string | null)[];
    retentionScopes: { dataSubjectId: string | null; dataCategoryId: string | null }[];
    securityDescription: string;
  },
): ActivityFields {
  const given = d.given;
  const f: ActivityFields = base ?? blankActivityFields(ids.organisationId);
  const out: ActivityFields = { ...f };
  const set = <K extends keyof ActivityFields>(key: K, value: ActivityFields[K], when: boolean) => {
    if (when) out[key] = value;
  };
  set('reference', d.reference, given.has('reference'));
  set('name', d.name, true);
  set('department', d.department, given.has('department'));
  set('owner', d.owner, given.has('owner'));
  set('description', d.description, given.has('description'));
  if (given.has('purposes') || given.has('legalBases') || given.has('legitimateInterest'))
    out.purposes = purposesOf(d, f.purposes);
  set('art9Conditions', d.art9Condition ? [d.art9Condition] : [], given.has('art9Condition'));
  set('art10Basis', d.art10Basis, given.has('art10Basis'));
  set('sources', d.sources, given.has('sources'));
  set('dataSubjectIds', ids.dataSubjectIds, given.has('dataSubjects'));
  set('dataCategoryIds', ids.dataCategoryIds, given.has('dataCategories'));
  set('securityMeasureIds', ids.securityMeasureIds, given.has('securityMeasures'));
  set('securityDescription', ids.securityDescription, given.has('securityDescription'));
  set('recipientIds', ids.recipientIds, given.has('recipients'));
  set(
    'transfers',
    d.transfers.map((t, i) => ({
      country: t.country,
      recipientId: ids.transferRecipientIds[i] ?? null,
      safeguard: t.safeguard,
      safeguardDetails: t.safeguardDetails,
      translations: {},
    })),
    given.has('transfers'),
  );
  set(
    'retention',
    d.retention.map((r, i) => ({
      durationValue: r.durationValue,
      durationUnit: r.durationUnit,
      criterion: r.criterion,
      trigger: r.trigger,
      ...(ids.retentionScopes[i] ?? { dataSubjectId: null, dataCategoryId: null }),
      translations: {},
    })),
    given.has('retention'),
  );
  if (d.dpia) out.dpia = d.dpia;
  set('dpiaLink', d.dpiaLink, given.has('dpiaLink'));
  if (d.automatedDecision !== null) out.automatedDecision = d.automatedDecision;
  set('automatedDecisionDetails', d.automatedDecisionDetails, given.has('automatedDecisionDetails'));
  if (d.role) out.role = d.role;
  if (d.status) out.status = d.status;
  set('endDate', d.endDate, given.has('endDate'));
  set('reviewDate', d.reviewDate, given.has('reviewDate'));
  set('notes', d.notes, given.has('notes'));
  return out;
}

const cellReport = (t: CellTrace): ImportCellReport => ({
  column: t.column,
  field: t.field,
  value: t.value,
  became: t.became,
  uncertain: t.uncertain,
  dropped: t.dropped,
});

function isEmptyRow(row: string[]): boolean {
  return row.every((c) => c === '');
}

/** The header repeated below itself (sheets pasted together): the same keys, compared until the first difference. */
function repeatsHeader(row: string[], headerKeys: string[]): boolean {
  if (row.length !== headerKeys.length) return false;
  for (let c = 0; c < row.length; c++) if (headerKey(row[c] ?? '') !== headerKeys[c]) return false;
  return true;
}

/** Works out the whole import; throws a one-sentence RegisterFileError when the sheet cannot be read as a register. */
export function planImport(ctx: CoreContext, book: SourceBook, source: string, o: PlanOptions = {}): PreparedImport {
  const steps = planSteps(ctx, book, source, o);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `planImport` that lets other work run every few hundred rows and says how far it got: the app's
 * import job, whose register worker keeps answering (progress polls, reads) while a large sheet is planned.
 */
export async function planImportAsync(
  ctx: CoreContext,
  book: SourceBook,
  source: string,
  o: PlanOptions,
  onProgress: (done: number, total: number) => void,
): Promise<PreparedImport> {
  const steps = planSteps(ctx, book, source, o);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value.done % 200 === 0) {
      onProgress(step.value.done, step.value.total);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/** The sheet, header row, profile and columns an import would use, without reading the rows. */
export function planLayout(
  ctx: CoreContext,
  book: SourceBook,
  source: string,
  o: PlanOptions = {},
): Pick<ImportReport, 'sheet' | 'headerRow' | 'profile' | 'profileLanguage' | 'columns'> {
  const choice = chooseHeader(ctx, book, source, o);
  return {
    sheet: choice.sheet.name,
    headerRow: choice.index + 1,
    profile: choice.profile,
    profileLanguage: choice.lang,
    columns: choice.columns,
  };
}

/** One step per sheet row below the header; the return value is the whole import. */
function* planSteps(
  ctx: CoreContext,
  book: SourceBook,
  source: string,
  o: PlanOptions,
): Generator<{ done: number; total: number }, PreparedImport> {
  const choice = chooseHeader(ctx, book, source, o);
  const fields = new Set(choice.columns.map((c) => c.field));
  if (!fields.has('name') && !fields.has('purposes')) {
    throw new RegisterFileError(
      `${source}: the header row (row ${choice.index + 1}) has no column for the activity's name or purpose; give a column mapping (--mapping).`,
    );
  }
  const profile = choice.profile === 'mapping' ? null : profileById(choice.profile as ProfileId);
  const nameFromPurpose = !fields.has('name') || (profile?.nameFromPurpose ?? false);
  const r = new Resolver(ctx);

  const orgs = organisationEntity.list(ctx).filter((org) => org.kind === 'own');
  const organisationName = orgs[0]?.name ?? getMeta(ctx, 'name') ?? ctx.register.path.replace(/^.*[\\/]|\.[^.]+$/g, '');
  const organisationPlaceholder = orgs[0] ? null : uuidv4();
  const organisationId = orgs[0]?.id ?? organisationPlaceholder!;

  const header = choice.sheet.rows[choice.index] ?? [];
  const headerKeys = Array.from(header, (h) => headerKey(h ?? ''));
  const rows: PlannedRow[] = [];
  const reports: ImportRowReport[] = [];
  const seen = new Map<string, number>();

  const total = choice.sheet.rows.length - choice.index - 1;
  for (let i = choice.index + 1; i < choice.sheet.rows.length; i++) {
    yield { done: i - choice.index - 1, total };
    const cells = choice.sheet.rows[i] ?? [];
    if (isEmptyRow(cells) || repeatsHeader(cells, headerKeys)) continue;
    const d = emptyDraft(i + 1);
    const traces: CellTrace[] = [];
    let countries: CellTrace | null = null;
    let safeguards: CellTrace | null = null;
    for (const col of choice.columns) {
      const t = readCell(d, col.field as ImportField, col.header, cells[col.index] ?? '');
      if (col.field === 'transferCountries') countries = t;
      if (col.field === 'transferSafeguards') safeguards = t;
      traces.push(t);
    }
    finishTransfers(d, countries, safeguards);
    if (d.name === '' && nameFromPurpose && d.purposes[0]) {
      d.name = d.purposes[0].text.slice(0, 300);
      d.given.add('name');
    }
    // The first cell of each field that holds something, where the field's matches are traced.
    const firstTraces = new Map<ImportField, CellTrace>();
    for (const t of traces) if (!firstTraces.has(t.field) && t.value.trim() !== '') firstTraces.set(t.field, t);
    const traceOf = (field: ImportField) => firstTraces.get(field);
    const report: ImportRowReport = {
      row: i + 1,
      action: 'create',
      name: d.name,
      activityId: null,
      error: null,
      cells: [],
    };
    const fail = (error: ImportRowError) => {
      report.action = 'error';
      report.error = error;
      rows.push({ row: i + 1, fields: null, existing: null });
    };
    if (d.name === '') {
      fail({ kind: 'noName' });
    } else {
      const key = d.reference
        ? `ref:${fold(d.reference)}`
        : `name:${fold(d.name)}\u0000${nameFromPurpose ? fold(d.department) : ''}`;
      const twin = seen.get(key);
      if (twin !== undefined) fail({ kind: 'duplicate', row: twin, same: d.reference ? 'reference' : 'name' });
      else {
        seen.set(key, i + 1);
        const ids = {
          organisationId,
          dataSubjectIds: unique(d.dataSubjects.map((v) => r.term('data_subject', v, traceOf('dataSubjects')))),
          dataCategoryIds: unique(d.dataCategories.map((v) => r.term('data_category', v, traceOf('dataCategories')))),
          securityMeasureIds: unique(
            d.securityMeasures.map((v) => r.term('security_measure', v, traceOf('securityMeasures'))),
          ),
          recipientIds: unique(d.recipients.map((x) => r.recipient(x))),
          transferRecipientIds: d.transfers.map((t) =>
            t.recipient
              ? r.recipient({
                  name: t.recipient,
                  kind: d.recipients.find((x) => fold(x.name) === fold(t.recipient))?.kind ?? 'third_party',
                  kindStated: false,
                  country: t.country,
                  dpaLink: '',
                })
              : null,
          ),
          retentionScopes: d.retention.map((x) =>
            x.scope ? r.scope(x.scope, traceOf('retention')) : { dataSubjectId: null, dataCategoryId: null },
          ),
          securityDescription: d.securityDescription,
        };
        const text = traceOf('securityText');
        const description: string[] = d.securityDescription ? [d.securityDescription] : [];
        for (const line of d.securityLines) {
          const hit = r.vocab.security_measure.exactMatch(line);
          if (hit) {
            if (!ids.securityMeasureIds.includes(hit.termId)) ids.securityMeasureIds.push(hit.termId);
            text?.became.push({ kind: 'term', termKind: 'security_measure', termId: hit.termId, term: hit.label });
          } else {
            description.push(line);
            text?.became.push({ kind: 'text', field: 'securityDescription', text: cut(line) });
          }
        }
        ids.securityDescription = description.join('\n');
        const existing = r.existing(d, nameFromPurpose);
        const fieldsIn = toActivityFields(d, existing ? fieldsOf(existing) : null, ids);
        const parsed = activityFields.safeParse(fieldsIn);
        if (!parsed.success) {
          const first = issuesOf(parsed.error)[0];
          fail({ kind: 'invalid', path: first?.path ?? '', message: first?.message ?? '' });
        } else {
          report.action = existing ? 'update' : 'create';
          report.activityId = existing?.id ?? null;
          rows.push({ row: i + 1, fields: parsed.data, existing });
        }
      }
    }
    report.cells = traces.filter((t) => t.value.trim() !== '').map(cellReport);
    reports.push(report);
  }

  const newTerms = [...r.newTerms.values()];
  const newRecipients = [...r.newRecipients.values()];
  const count = (a: ImportRowReport['action']) => reports.filter((x) => x.action === a).length;
  const report: ImportReport = {
    source,
    format: book.format,
    encoding: book.encoding ?? null,
    delimiter: book.delimiter ?? null,
    sheet: choice.sheet.name,
    sheets: book.sheets.map((s) => s.name),
    headerRow: choice.index + 1,
    profile: choice.profile,
    profileLanguage: choice.lang,
    columns: choice.columns,
    rows: reports,
    newTerms: newTerms.map((t) => ({ kind: t.kind, label: t.label, code: t.code })),
    newRecipients: newRecipients.map((x) => ({ name: x.name, kind: x.kind })),
    newOrganisation: organisationPlaceholder ? organisationName : null,
    counts: {
      create: count('create'),
      update: count('update'),
      error: count('error'),
      uncertain: reports.reduce((n, x) => n + x.cells.reduce((m, c) => m + c.uncertain.length, 0), 0),
      dropped: reports.reduce((n, x) => n + x.cells.reduce((m, c) => m + c.dropped.length, 0), 0),
    },
  };
  if (reports.length === 0)
    throw new RegisterFileError(`${source}: no rows below the header (row ${choice.index + 1}).`);
  return {
    source,
    report,
    rows,
    newTerms,
    newRecipients,
    organisationPlaceholder,
    organisationName,
    savedMapping: choice.savedMapping,
  };
}

/** The ids in their order, each once. A row's lists hold a few ids: a scan costs less than a Set. */
function unique(ids: string[]): string[] {
  const out: string[] = [];
  for (const id of ids) if (!out.includes(id)) out.push(id);
  return out;
}
