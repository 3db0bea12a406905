// Schema 5 from a real schema-4 register (db/fixtures, made by the schema-4 build with history):
// purposes become rows with their own bases, nothing lost and nothing guessed, the history still
// verifies and, replayed, still gives the tables.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { currentSchemaVersion } from '../db/open';
import type { Activity, HistoryEntry } from './api/contract';
import { must } from './dispatcher';
import { openSession } from './register';
import { importRegister } from './reports/import';
import { withoutStamp } from './stamps';
import { closeAfterTest, sha256, tempDir } from './test-helpers';
import { verifyRegister } from './verify';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'db', 'fixtures');
const FIXTURE = path.join(FIXTURES, 'schema4-sample.sqlite');
const FIXTURE_JSON = path.join(FIXTURES, 'schema4-sample.json');

function upgradedCopy() {
  const file = path.join(tempDir(), 'register.sqlite');
  fs.copyFileSync(FIXTURE, file);
  const ctx = openSession(file, 'tester');
  closeAfterTest(() => ctx.register.close());
  return ctx;
}

const byReference = (activities: Activity[]) => new Map(activities.map((a) => [a.reference, a]));

function allActivities(ctx: ReturnType<typeof upgradedCopy>): Activity[] {
  return must(ctx, 'listActivities', {}).map((s) => must(ctx, 'getActivity', { id: s.id }));
}

/** The state every entity's history entries add up to, oldest first: what audit's replay rebuilds. */
function replay(entries: HistoryEntry[]): Map<string, Record<string, unknown>> {
  const state = new Map<string, Record<string, unknown>>();
  for (const e of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (e.action === 'delete') {
      state.delete(e.entityId);
      continue;
    }
    const next = { ...(state.get(e.entityId) ?? {}) };
    for (const [key, change] of Object.entries(e.changes)) next[key] = change.after;
    state.set(e.entityId, next);
  }
  return state;
}

describe('upgrade from schema 4 to 5', () => {
  it('the fixture is a schema-4 register with a history of creates, updates and deletes', () => {
    const header = fs.readFileSync(FIXTURE).subarray(0, 100);
    expect(header.readUInt32BE(60)).toBe(4);
    // Schema 5 is what this file tests; later versions upgrade on top of it.
    expect(currentSchemaVersion()).toBeGreaterThanOrEqual(5);
  });

  it('gives one basis to every purpose, and several bases to every purpose with a warning to confirm', () => {
    const before = sha256(FIXTURE);
    const ctx = upgradedCopy();
    expect(ctx.register.schemaVersion).toBe(currentSchemaVersion());
    const acts = byReference(allActivities(ctx));

    const newsletter = acts.get('2.2')!;
    expect(newsletter.purposes.map((p) => [p.text, p.legalBases])).toEqual([
      ['Keep subscribers informed of all developments in our products and services', ['consent']],
    ]);
    const website = acts.get('2.1')!;
    expect(website.purposes).toHaveLength(4);
    for (const p of website.purposes) expect(p.legalBases).toEqual(['legitimate_interests', 'consent']);
    // The interest moves to every purpose resting on (f): nothing lost.
    expect(website.purposes[0]!.legitimateInterest).toMatch(/security and proper functioning/);
    expect(website.legalBases.sort()).toEqual(['consent', 'legitimate_interests']);
    // Scopes default to "all of the activity's".
    expect(website.purposes[0]!.dataCategoryIds).toBeNull();

    const processor = acts.get('P-01')!;
    expect(processor.art9Conditions).toEqual(['explicit_consent']);
    expect(processor.transfers[0]!.translations).toEqual({});

    const confirm = must(ctx, 'runChecks', {})
      .filter((f) => f.code === 'purpose_bases_unconfirmed')
      .map((f) => f.reference)
      .sort();
    expect(confirm).toEqual(['2.1', '2.7', 'P-01']);
    expect(must(ctx, 'runChecks', {}).find((f) => f.code === 'purpose_bases_unconfirmed')!.message).toMatch(
      /confirm which legal basis applies to each purpose/,
    );
    // The upgrade wrote a backup and never touched the fixture itself.
    expect(ctx.register.backupPath).not.toBeNull();
    expect(sha256(FIXTURE)).toBe(before);
  });

  it('records the reshaping in the history: it verifies, and replaying it gives the tables', () => {
    const ctx = upgradedCopy();
    const verification = verifyRegister(ctx.register.sqlite);
    expect(verification.ok).toBe(true);
    expect(verification.firstBreak).toBeNull();

    const history = must(ctx, 'listHistory', { limit: 100_000 });
    // Schema 5's entries are the ones reshaping purposes (later versions add entries of their own).
    const upgrade = history.filter((e) => e.author === 'ropa upgrade' && e.changes.purposes);
    const activities = allActivities(ctx);
    expect(
      upgrade
        .filter((e) => e.entity === 'activity')
        .map((e) => e.entityId)
        .sort(),
    ).toEqual(activities.map((a) => a.id).sort());
    const website = activities.find((a) => a.reference === '2.1')!;
    const entry = upgrade.find((e) => e.entityId === website.id)!;
    expect(entry.action).toBe('update');
    expect(entry.changes.purposes!.before).toEqual([
      'Ensure the proper functioning and security of the website',
      'Improve the browsing experience',
      'Retargeting',
      'Measure the performance of advertising campaigns',
    ]);
    expect(entry.changes.purposes!.after).toEqual(website.purposes);

    const replayed = replay(history);
    const check = (id: string, record: object) => {
      const state = replayed.get(id)!;
      const current = withoutStamp(record);
      for (const [key, value] of Object.entries(current)) expect([id, key, state[key]]).toEqual([id, key, value]);
      // What the replay holds beyond the record is only what the upgrade retired (set to null).
      for (const key of Object.keys(state).filter((k) => !(k in current))) expect(state[key]).toBeNull();
    };
    for (const a of activities) check(a.id, a);
    for (const o of must(ctx, 'listOrganisations', {})) check(o.id, o);
    for (const r of must(ctx, 'listRecipients', {})) check(r.id, r);
  });

  it('edits after the upgrade keep the chain sound', () => {
    const ctx = upgradedCopy();
    const a = allActivities(ctx).find((x) => x.reference === '2.1')!;
    const { id, version } = a;
    const fields = {
      ...a,
      purposes: a.purposes.map((p, i) => ({
        ...p,
        legalBases: i === 0 ? ['legitimate_interests' as const] : ['consent' as const],
      })),
    };
    const updated = must(ctx, 'updateActivity', { id, version, fields: fieldsFor(fields) });
    expect(updated.purposes.map((p) => p.legalBases)).toEqual([
      ['legitimate_interests'],
      ['consent'],
      ['consent'],
      ['consent'],
    ]);
    expect(
      must(ctx, 'runChecks', {}).some((f) => f.code === 'purpose_bases_unconfirmed' && f.reference === '2.1'),
    ).toBe(false);
    expect(verifyRegister(ctx.register.sqlite).ok).toBe(true);
  });

  it('imports the schema-4 JSON export the same way, history included', () => {
    const dest = path.join(tempDir(), 'imported.sqlite');
    importRegister(fs.readFileSync(FIXTURE_JSON, 'utf8'), dest, 'schema4-sample.json');
    const ctx = openSession(dest, 'tester');
    closeAfterTest(() => ctx.register.close());
    expect(ctx.register.schemaVersion).toBe(currentSchemaVersion());
    const acts = byReference(allActivities(ctx));
    expect(acts.get('2.7')!.purposes.map((p) => p.legalBases)).toEqual([
      ['legal_obligation', 'legitimate_interests'],
      ['legal_obligation', 'legitimate_interests'],
    ]);
    expect(acts.get('2.2')!.purposes[0]!.legalBases).toEqual(['consent']);
    expect(verifyRegister(ctx.register.sqlite).ok).toBe(true);
    expect(must(ctx, 'listHistory', { limit: 1000 }).some((e) => e.author === 'ropa upgrade')).toBe(true);
  });
});

function fieldsFor(a: Activity) {
  const {
    id: _i,
    version: _v,
    createdAt: _c,
    createdBy: _cb,
    updatedAt: _u,
    updatedBy: _ub,
    legalBases: _l,
    ...rest
  } = a;
  return {
    ...rest,
    transfers: a.transfers.map((t) => withoutStamp(t)) as never,
    retention: a.retention.map((r) => withoutStamp(r)) as never,
  };
}
