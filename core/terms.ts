import { and, count, eq, ne, or } from 'drizzle-orm';
import { cookies, retentionRules, terms } from '../db/schema';
import { LINKS, linksTo } from './activity-links';
import type { Term } from './api/contract';
import type { CoreContext } from './context';
import { defineEntity } from './entity';
import { inUse, invalid } from './api/errors';
import { recordChange } from './history';
import { newStamp } from './stamps';
import type { DefaultTerm } from './vocabulary';
import type { Language, TermFields, TermKind } from './api/schemas';

export const termEntity = defineEntity<Term, TermFields>({
  table: terms,
  entity: 'term',
  orderBy: terms.labelEn,
  toRecord: (row) => row as unknown as Term,
  validate: (ctx, fields, id) => {
    const clash = ctx.register.db
      .select({ id: terms.id })
      .from(terms)
      .where(and(eq(terms.kind, fields.kind), eq(terms.code, fields.code), id ? ne(terms.id, id) : undefined))
      .get();
    if (clash)
      throw invalid([
        { path: 'code', message: `the code ${fields.code} is already used by another term of this vocabulary` },
      ]);
    if (fields.kind !== 'data_category' && (fields.special || fields.criminal)) {
      throw invalid([
        { path: 'special', message: 'only data categories can be special or criminal-offence categories' },
      ]);
    }
    if (id) {
      const current = ctx.register.db.select({ kind: terms.kind }).from(terms).where(eq(terms.id, id)).get();
      if (current && current.kind !== fields.kind)
        throw invalid([{ path: 'kind', message: 'a term cannot move to another vocabulary' }]);
    }
  },
  beforeDelete: (ctx, id) => {
    const { db } = ctx.register;
    const linked = linksTo(ctx.register.sqlite, LINKS.terms, id);
    const scoped =
      db
        .select({ n: count() })
        .from(retentionRules)
        .where(or(eq(retentionRules.dataCategoryId, id), eq(retentionRules.dataSubjectId, id)))
        .get()?.n ?? 0;
    const categorised = db.select({ n: count() }).from(cookies).where(eq(cookies.categoryId, id)).get()?.n ?? 0;
    if (linked + scoped + categorised > 0)
      throw inUse('term', id, linked + scoped + categorised, categorised > 0 ? 'cookies' : 'activities');
  },
});

export function listTerms(ctx: CoreContext, kind?: TermKind): Term[] {
  const all = termEntity.list(ctx);
  return kind ? all.filter((t) => t.kind === kind) : all;
}

/** A term's label in the wanted language, falling back to English where it was left empty. */
export function termLabel(t: Pick<Term, 'labelEn' | 'labelNl' | 'labelFr' | 'labelDe'>, lang: Language): string {
  const byLang = { en: t.labelEn, nl: t.labelNl, fr: t.labelFr, de: t.labelDe }[lang];
  return byLang || t.labelEn;
}

/** Default vocabulary terms, each recorded in the history so that replaying it gives the terms too. */
export function insertBuiltInTerms(ctx: CoreContext, list: readonly DefaultTerm[]): void {
  if (list.length === 0) return;
  const rows = list.map((t) => ({
    description: '',
    special: false,
    criminal: false,
    ...t,
    ...newStamp(ctx),
    builtIn: true,
  }));
  ctx.register.db.insert(terms).values(rows).run();
  for (const { id } of rows) recordChange(ctx, termEntity.entity, id, 'create', null, termEntity.get(ctx, id));
}
