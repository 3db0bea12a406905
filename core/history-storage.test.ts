// History entries are stored compressed when that is smaller (db/history-chain.ts encodeChanges);
// nothing that reads the history may see the difference, and a damaged entry is still named.
import { describe, expect, it } from 'vitest';
import { createActivities, fieldsOf } from './activities';
import { decodeChanges, encodeChanges } from '../db/history-chain';
import { must } from './dispatcher';
import { dumpRegister } from './reports/dump';
import { tempRegister } from './test-helpers';
import { verifyRegister } from './verify';

describe('history storage', () => {
  it('keeps a created activity compressed and a short update as text, and reads both back the same', () => {
    const ctx = tempRegister({ sample: true });
    const activity = must(ctx, 'listActivities', {})[0]!;
    const full = must(ctx, 'getActivity', { id: activity.id });
    must(ctx, 'updateActivity', { id: full.id, version: full.version, fields: { ...full, name: 'Renamed' } });
    const { sqlite } = ctx.register;
    const stored = sqlite
      .prepare(
        'SELECT action, typeof(changes) AS type, length(changes) AS size FROM history WHERE entity_id = ? ORDER BY seq',
      )
      .all(full.id) as { action: string; type: string; size: number }[];
    expect([stored[0]!.action, stored[0]!.type]).toEqual(['create', 'blob']);
    expect([stored.at(-1)!.action, stored.at(-1)!.type]).toEqual(['update', 'text']);

    const entries = must(ctx, 'listHistory', { entityId: full.id });
    const [update, create] = [entries[0], entries.at(-1)];
    expect(update!.changes).toEqual({ name: { before: full.name, after: 'Renamed' } });
    expect(create!.changes['name']).toEqual({ before: null, after: full.name });
    expect(create!.changes['dataCategoryIds']!.after).toEqual(full.dataCategoryIds);
    // The JSON export holds the text, and it is longer than what the file keeps.
    const exported = dumpRegister(ctx).history.find((h) => h.entityId === full.id && h.action === 'create')!;
    expect(JSON.parse(exported.changes)).toEqual(create!.changes);
    expect(exported.changes.length).toBeGreaterThan(stored[0]!.size);
    expect(verifyRegister(sqlite, { currentSchema: ctx.register.schemaVersion })).toMatchObject({
      ok: true,
      differenceCount: 0,
    });
  });

  it('stores a large batch of entries as one thread would, though two threads pack them', () => {
    const ctx = tempRegister({ sample: true });
    const activity = must(ctx, 'listActivities', {})[0]!;
    const fields = fieldsOf(must(ctx, 'getActivity', { id: activity.id }));
    const created = createActivities(
      ctx,
      Array.from({ length: 80 }, (_, i) => ({ ...fields, reference: `B-${i}`, name: `Batch ${i}` })),
      () => '',
    );
    const { sqlite } = ctx.register;
    const stored = sqlite
      .prepare("SELECT entity_id AS id, changes FROM history WHERE entity = 'activity' ORDER BY seq DESC LIMIT 80")
      .all()
      .reverse() as { id: string; changes: string | Buffer }[];
    expect(stored.map((s) => s.id)).toEqual(created.map((a) => a.id));
    for (const s of stored) {
      const text = decodeChanges(s.changes);
      expect(JSON.parse(text)).toMatchObject({ name: { before: null } });
      expect(s.changes).toEqual(encodeChanges(text));
    }
    expect(verifyRegister(sqlite, { currentSchema: ctx.register.schemaVersion })).toMatchObject({
      ok: true,
      differenceCount: 0,
    });
  });

  it('names an entry whose compressed changes were damaged as changed after it was written', () => {
    const ctx = tempRegister({ sample: true });
    const { sqlite } = ctx.register;
    const seq = sqlite.prepare("SELECT max(seq) FROM history WHERE typeof(changes) = 'blob'").pluck().get() as number;
    sqlite.prepare("UPDATE history SET changes = x'00ff00ff' WHERE seq = ?").run(seq);
    const result = verifyRegister(sqlite, { currentSchema: ctx.register.schemaVersion });
    expect(result.ok).toBe(false);
    expect(result.firstBreak).toMatchObject({ seq, reason: expect.stringMatching(/content was changed/) as unknown });
  });
});
