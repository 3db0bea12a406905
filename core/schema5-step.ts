// Schema 5's data step (migration 0004_purposes_languages, run by db/open.ts through core/data-steps.ts): purposes become rows, each with its own
// legal bases; Art. 9 conditions become a list; printed texts gain translations. Nothing is lost
// and nothing guessed: an activity's bases go to every one of its purposes (one basis: exactly
// right; several: `ropa check` asks to confirm which applies to each), its legitimate interest to
// every purpose resting on (f). Every reshaped row gets an 'update' history entry (author
// 'ropa upgrade') with the before and after of the reshaped fields, so replaying the history
// still gives the tables.
import type Database from 'better-sqlite3';
import { asc, eq } from 'drizzle-orm';
import { appendEntry } from '../db/history-chain';
import type { DataStep, Register } from '../db/open';
import * as schema from '../db/schema';

export const UPGRADE_AUTHOR = 'ropa upgrade';

interface OldActivity {
  id: string;
  name: string;
  purposes: string[];
  legalBases: string[];
  legitimateInterest: string;
  art9Condition: string | null;
}

interface Saved {
  activities: OldActivity[];
}

function before(sqlite: Database.Database): Saved {
  const rows = sqlite
    .prepare('SELECT id, name, purposes, legal_bases, legitimate_interest, art9_condition FROM activities ORDER BY id')
    .all() as {
    id: string;
    name: string;
    purposes: string;
    legal_bases: string;
    legitimate_interest: string;
    art9_condition: string | null;
  }[];
  return {
    activities: rows.map((r) => ({
      id: r.id,
      name: r.name,
      purposes: JSON.parse(r.purposes) as string[],
      legalBases: JSON.parse(r.legal_bases) as string[],
      legitimateInterest: r.legitimate_interest,
      art9Condition: r.art9_condition,
    })),
  };
}

/** The purposes an old activity becomes, shaped as the activity entity shows them. */
export function purposesOf(a: Pick<OldActivity, 'name' | 'purposes' | 'legalBases' | 'legitimateInterest'>) {
  // Bases or an interest without any purpose would have nowhere to go: they get a purpose named after the activity.
  const texts =
    a.purposes.length > 0 || (a.legalBases.length === 0 && a.legitimateInterest === '') ? a.purposes : [a.name];
  const hasF = a.legalBases.includes('legitimate_interests');
  return texts.map((text, i) => ({
    text,
    legalBases: [...a.legalBases],
    // Kept where (f) applies; without (f), on the first purpose, so the text survives for the user to place.
    legitimateInterest: hasF || i === 0 ? a.legitimateInterest : '',
    dataCategoryIds: null,
    dataSubjectIds: null,
    recipientIds: null,
    retentionPositions: null,
    translations: {},
  }));
}

function strip<T extends { activityId: string; position: number }>(row: T): Omit<T, 'activityId' | 'position'> {
  const { activityId: _a, position: _p, ...rest } = row;
  return rest;
}
function withoutTranslations<T extends { translations: unknown }>(row: T): Omit<T, 'translations'> {
  const { translations: _t, ...rest } = row;
  return rest;
}

function after(register: Register, saved: unknown): void {
  const { activities } = saved as Saved;
  const { sqlite, db } = register;
  const at = new Date().toISOString();
  const record = (entity: string, entityId: string, changes: Record<string, { before: unknown; after: unknown }>) =>
    appendEntry(sqlite, {
      at,
      author: UPGRADE_AUTHOR,
      entity,
      entityId,
      action: 'update',
      changes: JSON.stringify(changes),
    });

  const insertPurpose = sqlite.prepare(
    'INSERT INTO purposes (activity_id, position, text, legal_bases, legitimate_interest) VALUES (?, ?, ?, ?, ?)',
  );
  const setConditions = sqlite.prepare('UPDATE activities SET art9_conditions = ? WHERE id = ?');
  for (const a of activities) {
    const purposes = purposesOf(a);
    purposes.forEach((p, position) =>
      insertPurpose.run(a.id, position, p.text, JSON.stringify(p.legalBases), p.legitimateInterest),
    );
    const art9Conditions = a.art9Condition ? [a.art9Condition] : [];
    setConditions.run(JSON.stringify(art9Conditions), a.id);
    const retention = db
      .select()
      .from(schema.retentionRules)
      .where(eq(schema.retentionRules.activityId, a.id))
      .orderBy(asc(schema.retentionRules.position))
      .all()
      .map(strip);
    const transfers = db
      .select()
      .from(schema.transfers)
      .where(eq(schema.transfers.activityId, a.id))
      .orderBy(asc(schema.transfers.position))
      .all()
      .map(strip);
    const changes: Record<string, { before: unknown; after: unknown }> = {
      purposes: { before: a.purposes, after: purposes },
      legitimateInterest: { before: a.legitimateInterest, after: null },
      art9Condition: { before: a.art9Condition, after: null },
      art9Conditions: { before: null, after: art9Conditions },
      translations: { before: null, after: {} },
    };
    if (retention.length > 0) changes.retention = { before: retention.map(withoutTranslations), after: retention };
    if (transfers.length > 0) changes.transfers = { before: transfers.map(withoutTranslations), after: transfers };
    record('activity', a.id, changes);
  }
  for (const entity of ['organisation', 'recipient'] as const) {
    const table = entity === 'organisation' ? 'organisations' : 'recipients';
    const ids = sqlite.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as string[];
    for (const id of ids) record(entity, id, { translations: { before: null, after: {} } });
  }
}

export const purposesLanguagesStep: DataStep = { before, after };
