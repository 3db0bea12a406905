// Create/read/update/delete for the flat catalogue entities (organisations, recipients, terms):
// version checks, stamps and history in one place so each feature module only states its rules.
import { asc, eq } from 'drizzle-orm';
import { recordColumns } from '../db/schema';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Stamp } from './api/contract';
import { writeTransaction, type CoreContext } from './context';
import { notFound } from './api/errors';
import { recordChange } from './history';
import { assertVersion, newStamp, nextStamp } from './stamps';

type EditableTable = SQLiteTable & { id: SQLiteColumn; name?: SQLiteColumn };

export interface EntityOptions<R extends Stamp, F extends object> {
  table: EditableTable;
  /** The word users see: 'organisation', 'recipient', 'term'. */
  entity: string;
  orderBy: SQLiteColumn;
  toRecord(row: Record<string, unknown>): R;
  /** Checks that need the database (references, uniqueness); throws RopaFailure. */
  validate?(ctx: CoreContext, fields: F, id: string | null): void;
  /** Refuses to delete a row still in use; throws RopaFailure. */
  beforeDelete?(ctx: CoreContext, id: string): void;
}

export interface Entity<R extends Stamp, F extends object> {
  /** The name its history entries carry. */
  entity: string;
  list(ctx: CoreContext): R[];
  get(ctx: CoreContext, id: string): R;
  create(ctx: CoreContext, fields: F): R;
  update(ctx: CoreContext, input: { id: string; version: number; fields: F }): R;
  remove(ctx: CoreContext, input: { id: string; version: number }): { id: string };
}

export function defineEntity<R extends Stamp, F extends object>(o: EntityOptions<R, F>): Entity<R, F> {
  const columns = recordColumns(o.table);
  const find = (ctx: CoreContext, id: string): R | null => {
    const row = ctx.register.db.select(columns).from(o.table).where(eq(o.table.id, id)).get() as
      Record<string, unknown> | undefined;
    return row ? o.toRecord(row) : null;
  };
  const get = (ctx: CoreContext, id: string): R => find(ctx, id) ?? throwNotFound(o.entity, id);

  return {
    entity: o.entity,
    list: (ctx) =>
      (ctx.register.db.select(columns).from(o.table).orderBy(asc(o.orderBy)).all() as Record<string, unknown>[]).map(
        o.toRecord,
      ),
    get,
    create: (ctx, fields) =>
      writeTransaction(ctx, () => {
        o.validate?.(ctx, fields, null);
        const row = { ...fields, ...newStamp(ctx) };
        ctx.register.db.insert(o.table).values(row).run();
        const created = get(ctx, row.id);
        recordChange(ctx, o.entity, row.id, 'create', null, created);
        return created;
      }),
    update: (ctx, { id, version, fields }) =>
      writeTransaction(ctx, () => {
        const current = get(ctx, id);
        assertVersion(o.entity, current, version);
        o.validate?.(ctx, fields, id);
        ctx.register.db
          .update(o.table)
          .set({ ...fields, ...nextStamp(ctx, current) })
          .where(eq(o.table.id, id))
          .run();
        const updated = get(ctx, id);
        recordChange(ctx, o.entity, id, 'update', current, updated);
        return updated;
      }),
    remove: (ctx, { id, version }) =>
      writeTransaction(ctx, () => {
        const current = get(ctx, id);
        assertVersion(o.entity, current, version);
        o.beforeDelete?.(ctx, id);
        ctx.register.db.delete(o.table).where(eq(o.table.id, id)).run();
        recordChange(ctx, o.entity, id, 'delete', current, null);
        return { id };
      }),
  };
}

function throwNotFound(entity: string, id: string): never {
  throw notFound(entity, id);
}
