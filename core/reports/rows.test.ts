// readRows must give exactly what drizzle gives, JSON and boolean columns included.
import { recordColumns } from '../../db/schema';
import { describe, expect, it } from 'vitest';
import { DUMP_TABLES, type DumpTable } from './dump';
import { sampleRegisterPerFile } from './fixtures';
import { readRows } from './rows';

const sample = sampleRegisterPerFile('ropa-rows-');

describe('readRows', () => {
  it.each(Object.keys(DUMP_TABLES) as DumpTable[])('reads %s as drizzle does', (key) => {
    const table = DUMP_TABLES[key];
    const viaDrizzle = sample.ctx.register.db.select(recordColumns(table)).from(table).all();
    expect(viaDrizzle.length).toBeGreaterThan(0);
    expect(readRows(sample.ctx, table)).toEqual(viaDrizzle);
  });
});
