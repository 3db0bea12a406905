// readRows must give exactly what drizzle gives, JSON and boolean columns included.
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { DUMP_TABLES, type DumpTable } from './dump';
import { sampleRegisterPerFile } from './fixtures';
import { readRows } from './rows';

const sample = sampleRegisterPerFile('ropa-rows-');

describe('readRows', () => {
  it.each(Object.keys(DUMP_TABLES) as DumpTable[])('reads %s as drizzle does', (key) => {
    const table = DUMP_TABLES[key];
    // Every column but `ref`, the key only link rows use (db/schema.ts `linkable`).
    const { ref: _ref, ...columns } = getTableColumns(table) as Record<string, SQLiteColumn>;
    const viaDrizzle = sample.ctx.register.db.select(columns).from(table).all();
    expect(viaDrizzle.length).toBeGreaterThan(0);
    expect(readRows(sample.ctx, table)).toEqual(viaDrizzle);
  });
});
