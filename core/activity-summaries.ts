// The activities table's rows, for thousands of activities at once.
//
// Why it is built this way (bench/engine.ts measures it): one SQL statement returns each activity
// with its linked ids in position order, and JavaScript turns ids into labels from the small term
// and recipient catalogues; joining labels in SQL cost twice as much. The full list of a register
// is then kept per connection and language, and a later call only rebuilds the activities whose
// version moved, unless a term, recipient or organisation changed (then everything is rebuilt).
// PRAGMA data_version and total_changes() tell cheaply whether anything was written at all.
// Plain SQL up to SQLite 3.40, so the sqlite3 shell on Debian can time the same query.
import type { Register } from '../db/open';
import type { ActivitySummary } from './contract';
import type { CoreContext } from './context';
import { formatRetention } from './labels';
import type { ActivityRole, ActivityStatus, DurationUnit, Language, LegalBasis, TermKind } from './schemas';
import { termLabel } from './terms';

export interface SummaryFilter {
  text?: string;
  status?: ActivityStatus | undefined;
  role?: ActivityRole | undefined;
  legalBasis?: LegalBasis | undefined;
  department?: string | undefined;
}

/** Separators that cannot occur in user text (ASCII unit and record separators). */
const US = '\u001f';
const RS = '\u001e';
const ORDER = 'ORDER BY a.reference COLLATE NOCASE, a.name COLLATE NOCASE';

/** The summary query, without labels; exported so the benchmark can time it in the sqlite3 shell. */
export function summarySql(where = ''): string {
  const ids = (table: string, column: string) =>
    `(SELECT group_concat(x, char(31)) FROM (SELECT l.${column} AS x FROM ${table} l WHERE l.activity_id = a.id ORDER BY l.position))`;
  return `
    SELECT a.id, a.version, a.reference, a.name, a.organisation_id, o.name AS organisation_name, a.role, a.status,
      a.department, a.owner, a.purposes, a.legal_bases, a.review_date, a.updated_at, a.updated_by,
      ${ids('activity_terms', 'term_id')} AS term_ids,
      ${ids('activity_recipients', 'recipient_id')} AS recipient_ids,
      (SELECT group_concat(x, char(30)) FROM (SELECT coalesce(rr.duration_value, '') || char(31) || coalesce(rr.duration_unit, '') || char(31) ||
          rr.criterion || char(31) || rr.trigger || char(31) || coalesce(rr.data_subject_id, rr.data_category_id, '') AS x
         FROM retention_rules rr WHERE rr.activity_id = a.id ORDER BY rr.position)) AS retention,
      EXISTS (SELECT 1 FROM transfers tr WHERE tr.activity_id = a.id) AS has_transfers
    FROM activities a JOIN organisations o ON o.id = a.organisation_id
    ${where}
    ${ORDER}`;
}

interface Row {
  id: string;
  version: number;
  reference: string;
  name: string;
  organisation_id: string;
  organisation_name: string;
  role: ActivityRole;
  status: ActivityStatus;
  department: string;
  owner: string;
  purposes: string;
  legal_bases: string;
  review_date: string | null;
  updated_at: string;
  updated_by: string;
  term_ids: string | null;
  recipient_ids: string | null;
  retention: string | null;
  has_transfers: number;
}

interface CatalogueTerm {
  kind: TermKind;
  label: string;
  flagged: boolean;
}

/** Labels in one language for every term and recipient: what turns ids into words. */
interface Catalogue {
  lang: Language;
  terms: Map<string, CatalogueTerm>;
  recipients: Map<string, string>;
}

interface TermRow {
  id: string;
  kind: TermKind;
  labelEn: string;
  labelNl: string;
  labelFr: string;
  labelDe: string;
  flagged: number;
}

function loadCatalogue(ctx: CoreContext, lang: Language): Catalogue {
  const { sqlite } = ctx.register;
  const terms = sqlite
    .prepare('SELECT id, kind, label_en AS labelEn, label_nl AS labelNl, label_fr AS labelFr, label_de AS labelDe, (special OR criminal) AS flagged FROM terms')
    .all() as TermRow[];
  const recipients = sqlite.prepare('SELECT id, name FROM recipients').all() as { id: string; name: string }[];
  return {
    lang,
    terms: new Map(terms.map((t) => [t.id, { kind: t.kind, label: termLabel(t, lang), flagged: t.flagged === 1 }])),
    recipients: new Map(recipients.map((r) => [r.id, r.name])),
  };
}

const split = (s: string | null, sep = US): string[] => (s ? s.split(sep) : []);

function retentionText(s: string | null, c: Catalogue): string {
  return split(s, RS)
    .map((rule) => {
      const [value = '', unit = '', criterion = '', trigger = '', scopeId = ''] = rule.split(US);
      const scope = scopeId === '' ? '' : (c.terms.get(scopeId)?.label ?? '');
      return formatRetention({ durationValue: value === '' ? null : Number(value), durationUnit: unit === '' ? null : (unit as DurationUnit), criterion, trigger, scope }, c.lang);
    })
    .join('; ');
}

function toSummary(r: Row, c: Catalogue): ActivitySummary {
  const dataSubjects: string[] = [];
  const dataCategories: string[] = [];
  let flagged = false;
  for (const id of split(r.term_ids)) {
    const t = c.terms.get(id);
    if (!t) continue;
    if (t.kind === 'data_subject') dataSubjects.push(t.label);
    else if (t.kind === 'data_category') dataCategories.push(t.label);
    flagged ||= t.flagged;
  }
  return {
    id: r.id,
    version: r.version,
    reference: r.reference,
    name: r.name,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    role: r.role,
    status: r.status,
    department: r.department,
    owner: r.owner,
    purposes: JSON.parse(r.purposes) as string[],
    legalBases: JSON.parse(r.legal_bases) as LegalBasis[],
    dataSubjects,
    dataCategories,
    recipients: split(r.recipient_ids).map((id) => c.recipients.get(id) ?? ''),
    retention: retentionText(r.retention, c),
    hasSpecialCategories: flagged,
    hasTransfers: r.has_transfers === 1,
    reviewDate: r.review_date,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

function whereClause(f: SummaryFilter): { sql: string; params: Record<string, string> } {
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (f.text && f.text.trim()) {
    // LIKE with an escape so % and _ typed by the user match themselves.
    params.text = `%${f.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(
      `(${['a.name', 'a.reference', 'a.description', 'a.purposes', 'a.department', 'a.owner', 'a.notes', 'o.name']
        .map((c) => `${c} LIKE @text ESCAPE '\\'`)
        .join(' OR ')})`,
    );
  }
  if (f.status) {
    params.status = f.status;
    parts.push('a.status = @status');
  }
  if (f.role) {
    params.role = f.role;
    parts.push('a.role = @role');
  }
  if (f.legalBasis) {
    params.legalBasis = f.legalBasis;
    parts.push('EXISTS (SELECT 1 FROM json_each(a.legal_bases) WHERE value = @legalBasis)');
  }
  if (f.department) {
    params.department = f.department;
    parts.push('a.department = @department COLLATE NOCASE');
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function query(ctx: CoreContext, c: Catalogue, where: string, params: Record<string, string>): ActivitySummary[] {
  const rows = ctx.register.sqlite.prepare(summarySql(where)).all(params) as Row[];
  return rows.map((r) => toSummary(r, c));
}

/** Filtered lists are small and varied: computed afresh each time. */
export function summaries(ctx: CoreContext, lang: Language, filter: SummaryFilter): ActivitySummary[] {
  const { sql, params } = whereClause(filter);
  if (sql === '') return allSummaries(ctx, lang);
  return query(ctx, loadCatalogue(ctx, lang), sql, params);
}

interface Cached {
  /** data_version and total_changes() when the list was built: equal means nothing was written. */
  writes: string;
  /** Fingerprint of the catalogues whose names and labels the summaries show. */
  catalogues: string;
  byId: Map<string, ActivitySummary>;
  list: ActivitySummary[];
}

const cache = new WeakMap<Register, Map<Language, Cached>>();

function writesMark(ctx: CoreContext): string {
  const { sqlite } = ctx.register;
  return `${sqlite.pragma('data_version', { simple: true }) as number}:${sqlite.prepare('SELECT total_changes()').pluck().get() as number}`;
}

function cataloguesMark(ctx: CoreContext): string {
  const mark = (table: string, extra = '') => `(SELECT count(*) || ':' || total(version) || ':' || coalesce(max(updated_at), '')${extra} FROM ${table})`;
  return ctx.register.sqlite.prepare(`SELECT ${mark('terms')} || '|' || ${mark('recipients')} || '|' || ${mark('organisations')}`).pluck().get() as string;
}

/** A summary is shared between calls, so it is frozen: a caller that edits one gets an error, not a corrupted list. */
function freeze(s: ActivitySummary): ActivitySummary {
  Object.freeze(s.purposes);
  Object.freeze(s.legalBases);
  Object.freeze(s.dataSubjects);
  Object.freeze(s.dataCategories);
  Object.freeze(s.recipients);
  return Object.freeze(s);
}

function rebuild(ctx: CoreContext, lang: Language, previous: Cached | undefined, writes: string): Cached {
  const catalogues = cataloguesMark(ctx);
  const { sqlite } = ctx.register;
  let list: ActivitySummary[];
  if (!previous || previous.catalogues !== catalogues) {
    list = query(ctx, loadCatalogue(ctx, lang), '', {}).map(freeze);
  } else {
    const current = sqlite.prepare(`SELECT a.id, a.version FROM activities a ${ORDER}`).raw().all() as [string, number][];
    const stale = current.filter(([id, version]) => previous.byId.get(id)?.version !== version).map(([id]) => id);
    const fresh = new Map(
      stale.length === 0
        ? []
        : query(ctx, loadCatalogue(ctx, lang), 'WHERE a.id IN (SELECT value FROM json_each(@ids))', { ids: JSON.stringify(stale) }).map((s) => [s.id, freeze(s)]),
    );
    list = current.map(([id]) => fresh.get(id) ?? previous.byId.get(id)!);
  }
  return { writes, catalogues, list, byId: new Map(list.map((s) => [s.id, s])) };
}

function allSummaries(ctx: CoreContext, lang: Language): ActivitySummary[] {
  // Inside a caller's transaction the rows may still be rolled back, which total_changes() would
  // not show: compute without keeping anything.
  if (ctx.register.sqlite.inTransaction) return query(ctx, loadCatalogue(ctx, lang), '', {});
  let perLang = cache.get(ctx.register);
  if (!perLang) cache.set(ctx.register, (perLang = new Map()));
  // Read the mark before building: a write landing meanwhile then forces the next rebuild.
  const writes = writesMark(ctx);
  let entry = perLang.get(lang);
  if (entry?.writes !== writes) {
    entry = ctx.register.sqlite.transaction(() => rebuild(ctx, lang, entry, writes))();
    perLang.set(lang, entry);
  }
  return [...entry.list];
}
