// The activities table's rows, for thousands of activities at once.
//
// Why it is built this way (bench/engine.ts measures it): each activity's columns are kept as one
// stored JSON line (core/activity-list.ts), so a list reads one short row per activity, and
// JavaScript turns the line's numbers into labels from the small catalogues. Parsing 10,000 lines
// is most of the cost, so the code here avoids allocating what it can share (see Catalogue).
// The full list of a register is then kept per connection and language; a later call compares
// ids and versions and parses only the lines of activities saved since, unless a term, recipient
// or organisation changed (then everything is parsed again). PRAGMA data_version and
// total_changes() tell cheaply whether anything was written at all.
import type { Register } from '../db/open';
import { LIST_ORDER, listSource, readRefs, type Line, type LineRetention, type RefSource } from './activity-list';
import type { ActivitySummary } from './api/contract';
import { pack, type PackedSummaries } from './api/packed-summaries';
import type { CoreContext } from './context';
import { formatRetention } from './api/labels';
import type { Language, LegalBasis, TermKind } from './api/schemas';
import { termLabel } from './terms';

interface CatalogueTerm {
  kind: TermKind;
  label: string;
  flagged: boolean;
}

interface LinkedTerms {
  dataSubjects: string[];
  dataCategories: string[];
  flagged: boolean;
}

/**
 * Labels in one language for every term, recipient and organisation, indexed by their line
 * numbers (arrays, not maps: the lookups run 200,000 times per list of 10,000), and what each
 * distinct piece of line text decoded to. Registers repeat legal bases, recipient lists and
 * retention rules a lot; a repeat costs one lookup and shares one frozen value. Term lists are
 * decoded every time: they vary too much for a lookup to pay for itself.
 */
interface Catalogue {
  lang: Language;
  terms: (CatalogueTerm | undefined)[];
  recipients: (string | undefined)[];
  organisations: ({ id: string; name: string } | undefined)[];
  decode: {
    recipients: Decoder<string[]>;
    legalBases: Decoder<LegalBasis[]>;
    retention: Decoder<string>;
  };
}

/** Turns a piece of line text into its value once; later calls with the same text look it up. */
type Decoder<T> = (text: string) => T;

function decoder<T>(decode: (text: string) => T): Decoder<T> {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) memo.set(text, (value = decode(text)));
    return value;
  };
}

interface TermRow {
  ref: number;
  kind: TermKind;
  labelEn: string;
  labelNl: string;
  labelFr: string;
  labelDe: string;
  flagged: number;
}

function byRef<R extends { ref: number }, T>(rows: R[], value: (row: R) => T): (T | undefined)[] {
  const out: (T | undefined)[] = [];
  for (const row of rows) out[row.ref] = value(row);
  return out;
}

function loadCatalogue(ctx: CoreContext, lang: Language, refs: RefSource): Catalogue {
  const { sqlite } = ctx.register;
  const [ref, join] = refs === 'stored' ? ['r.ref', 'JOIN list_refs r ON r.id = x.id'] : ['x.rowid', ''];
  const rows = <T>(sql: string) => sqlite.prepare(sql).all() as T[];
  const terms = rows<TermRow>(
    `SELECT ${ref} AS ref, kind, label_en AS labelEn, label_nl AS labelNl, label_fr AS labelFr, label_de AS labelDe, (special OR criminal) AS flagged FROM terms x ${join}`,
  );
  const recipients = rows<{ ref: number; name: string }>(`SELECT ${ref} AS ref, name FROM recipients x ${join}`);
  const organisations = rows<{ ref: number; id: string; name: string }>(
    `SELECT ${ref} AS ref, x.id, name FROM organisations x ${join}`,
  );
  const c: Catalogue = {
    lang,
    terms: byRef(terms, (t) => ({ kind: t.kind, label: termLabel(t, lang), flagged: t.flagged === 1 })),
    recipients: byRef(recipients, (r) => r.name),
    organisations: byRef(organisations, (o) => ({ id: o.id, name: o.name })),
    decode: {
      recipients: decoder((refs) => recipientNames(refs, c)),
      legalBases: decoder((json) => Object.freeze(JSON.parse(json)) as LegalBasis[]),
      retention: decoder((json) => retentionText(json, c)),
    },
  };
  return c;
}

/** Scratch space for one line's refs; parsing is synchronous, so one array serves every line. */
const scratch: number[] = [];

function linkedTerms(refs: string, c: Catalogue): LinkedTerms {
  const dataSubjects: string[] = [];
  const dataCategories: string[] = [];
  let flagged = false;
  for (let i = 0, n = readRefs(refs, scratch); i < n; i++) {
    const t = c.terms[scratch[i]!];
    if (!t) continue;
    if (t.kind === 'data_subject') dataSubjects.push(t.label);
    else if (t.kind === 'data_category') dataCategories.push(t.label);
    flagged ||= t.flagged;
  }
  return {
    dataSubjects,
    dataCategories,
    flagged,
  };
}

function recipientNames(refs: string, c: Catalogue): string[] {
  const names: string[] = [];
  for (let i = 0, n = readRefs(refs, scratch); i < n; i++) names.push(c.recipients[scratch[i]!] ?? '');
  return Object.freeze(names) as string[];
}

function retentionText(json: string, c: Catalogue): string {
  return (JSON.parse(json) as LineRetention[])
    .map(([durationValue, durationUnit, criterion, trigger, scopeRef]) => {
      const scope = scopeRef === null ? '' : (c.terms[scopeRef]?.label ?? '');
      return formatRetention({ durationValue, durationUnit, criterion, trigger, scope }, c.lang);
    })
    .join('; ');
}

/**
 * A summary is shared between calls (the kept list), so callers must not edit one: `fieldsOf` gives
 * an activity's fields to edit. It is not frozen: freezing each summary and its lists was a fifth of
 * listing 10,000 activities (`npm run bench engine`), and the app itself only packs them. Values
 * shared by many activities (legal bases, recipient lists) are decoded once and frozen.
 */
function toSummary(text: string, c: Catalogue): ActivitySummary {
  const [
    id,
    version,
    reference,
    name,
    organisationRef,
    role,
    status,
    department,
    owner,
    purposes,
    legalBases,
    reviewDate,
    updatedAt,
    updatedBy,
    termRefs,
    recipientRefs,
    retention,
    hasTransfers,
  ] = JSON.parse(text) as Line;
  const { decode } = c;
  const terms = linkedTerms(termRefs, c);
  const organisation = c.organisations[organisationRef];
  return {
    id,
    version,
    reference,
    name,
    organisationId: organisation?.id ?? '',
    organisationName: organisation?.name ?? '',
    role,
    status,
    department,
    owner,
    purposes,
    legalBases: decode.legalBases(legalBases),
    dataSubjects: terms.dataSubjects,
    dataCategories: terms.dataCategories,
    recipients: decode.recipients(recipientRefs),
    retention: decode.retention(retention),
    hasSpecialCategories: terms.flagged,
    hasTransfers: hasTransfers === 1,
    reviewDate,
    updatedAt,
    updatedBy,
  };
}

type Source = ReturnType<typeof listSource>;

/** The lines in list order, filtered by `where` over the activity (a) and its organisation (o). */
function readLines(ctx: CoreContext, source: Source, where = '', params: Record<string, string> = {}): string[] {
  const join =
    where === '' ? '' : 'JOIN activities a ON a.id = l.activity_id JOIN organisations o ON o.id = a.organisation_id';
  return ctx.register.sqlite
    .prepare(`SELECT l.line FROM ${source.rows} l ${join} ${where} ${LIST_ORDER}`)
    .pluck()
    .all(params) as string[];
}

/** Every activity's id and version, in list order. */
function readVersions(ctx: CoreContext, source: Source): [string, number][] {
  return ctx.register.sqlite
    .prepare(
      `SELECT l.activity_id, a.version FROM ${source.rows} l JOIN activities a ON a.id = l.activity_id ${LIST_ORDER}`,
    )
    .raw()
    .all() as [string, number][];
}

function sourceOf(ctx: CoreContext): Source {
  return listSource(ctx.register.sqlite, ctx.register.readOnly);
}

/** Filtered lists are small and varied: computed afresh each time, in one read so lines and labels agree. */
/** Every activity's summary in `lang`, in list order (search and filters: core/api/search.ts). */
export function summaries(ctx: CoreContext, lang: Language): ActivitySummary[] {
  return allSummaries(ctx, lang);
}

interface Cached {
  /** data_version and total_changes() when the list was built: equal means nothing was written. */
  writes: string;
  /** Fingerprint of the catalogues whose names and labels the summaries show. */
  catalogues: string;
  refs: RefSource;
  list: ActivitySummary[];
  /** The list as the activities table fetches it, packed on its first request. */
  packed?: PackedSummaries;
}

const cache = new WeakMap<Register, Map<Language, Cached>>();

function writesMark(ctx: CoreContext): string {
  const { sqlite } = ctx.register;
  return `${sqlite.pragma('data_version', { simple: true }) as number}:${sqlite.prepare('SELECT total_changes()').pluck().get() as number}`;
}

function cataloguesMark(ctx: CoreContext): string {
  const mark = (table: string) =>
    `(SELECT count(*) || ':' || total(version) || ':' || coalesce(max(updated_at), '') FROM ${table})`;
  return ctx.register.sqlite
    .prepare(`SELECT ${mark('terms')} || '|' || ${mark('recipients')} || '|' || ${mark('organisations')}`)
    .pluck()
    .get() as string;
}

/**
 * Every save bumps the activity's version, so an unchanged id and version means an unchanged line:
 * after an edit only the edited activities are read and parsed again. The lines themselves are not
 * kept: holding 10,000 of them would make every garbage collection copy them.
 */
function rebuild(
  ctx: CoreContext,
  lang: Language,
  source: Source,
  previous: Cached | undefined,
  writes: string,
): Cached {
  const catalogues = cataloguesMark(ctx);
  // Loaded on the first line to parse: a write that touched no activity needs none.
  let c: Catalogue | undefined;
  const parse = (line: string) => toSummary(line, (c ??= loadCatalogue(ctx, lang, source.refs)));
  if (previous?.catalogues !== catalogues || previous.refs !== source.refs) {
    return { writes, catalogues, refs: source.refs, list: readLines(ctx, source).map(parse) };
  }
  const current = readVersions(ctx, source);
  const kept = new Map(previous.list.map((s) => [s.id, s]));
  const stale = current.filter(([id, version]) => kept.get(id)?.version !== version).map(([id]) => id);
  const fresh = new Map(
    stale.length === 0
      ? []
      : readLines(ctx, source, 'WHERE l.activity_id IN (SELECT value FROM json_each(@ids))', {
          ids: JSON.stringify(stale),
        }).map((line) => {
          const s = parse(line);
          return [s.id, s];
        }),
  );
  return { writes, catalogues, refs: source.refs, list: current.map(([id]) => fresh.get(id) ?? kept.get(id)!) };
}

/**
 * Every activity's summary in `lang`, packed (core/api/packed-summaries.ts): what the activities
 * table loads. Kept with the list it packs, so an unchanged register answers without any work.
 */
export function packedSummaries(ctx: CoreContext, lang: Language): PackedSummaries {
  const entry = cachedSummaries(ctx, lang);
  return (entry.packed ??= pack(entry.list));
}

/**
 * The first `first` summaries of packedSummaries' list and how many it holds: the activities
 * table's first screen, before the whole list has been read. A current list in memory is simply cut;
 * otherwise only the first lines are read (the activity_list_order index hands them over in list
 * order, so a LIMIT reads a few pages however long the list, and list_counts says how many there
 * are) and nothing is kept: the whole list,
 * asked for next, is built as before.
 */
export function firstPackedSummaries(ctx: CoreContext, lang: Language, first: number): PackedSummaries {
  const kept = cache.get(ctx.register)?.get(lang);
  if (kept && !ctx.register.sqlite.inTransaction && kept.writes === writesMark(ctx)) {
    return pack(kept.list.slice(0, first), kept.list.length);
  }
  const source = sourceOf(ctx);
  return ctx.register.sqlite.transaction(() => {
    const c = loadCatalogue(ctx, lang, source.refs);
    const lines = ctx.register.sqlite
      .prepare(`SELECT l.line FROM ${source.rows} l ${LIST_ORDER} LIMIT ?`)
      .pluck()
      .all(first) as string[];
    // How many lines there are, from list_counts (one page) when its two numbers agree, as they do
    // unless a writer replaced rows by rowid; counting reads a whole index of the table.
    const total = ctx.register.sqlite
      .prepare(
        `SELECT coalesce((SELECT lines FROM list_counts WHERE activities = lines AND @stored), (SELECT count(*) FROM ${source.rows}))`,
      )
      .pluck()
      .get({ stored: source.refs === 'stored' ? 1 : 0 }) as number;
    return pack(
      lines.map((line) => toSummary(line, c)),
      total,
    );
  })();
}

function allSummaries(ctx: CoreContext, lang: Language): ActivitySummary[] {
  return [...cachedSummaries(ctx, lang).list];
}

function cachedSummaries(ctx: CoreContext, lang: Language): Cached {
  // Before the marks are read: building missing lines is itself a write.
  const source = sourceOf(ctx);
  // Inside a caller's transaction the rows may still be rolled back, which total_changes() would
  // not show: compute without keeping anything.
  if (ctx.register.sqlite.inTransaction) return rebuild(ctx, lang, source, undefined, '');
  let perLang = cache.get(ctx.register);
  if (!perLang) cache.set(ctx.register, (perLang = new Map()));
  // Read the mark before building: a write landing meanwhile then forces the next rebuild.
  const writes = writesMark(ctx);
  let entry = perLang.get(lang);
  if (entry?.writes !== writes) {
    entry = ctx.register.sqlite.transaction(() => rebuild(ctx, lang, source, entry, writes))();
    perLang.set(lang, entry);
  }
  return entry;
}
