// The replay rebuilds every entity from the history alone: after random sequences of creates,
// updates and deletes through the dispatcher, the state replayed at the head equals the stored rows
// field by field, and the state replayed at any earlier entry equals what was stored at that moment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from './context';
import { compareWithStored } from './data-check';
import { call, must } from './dispatcher';
import { readHead } from './history';
import { RECORDED_ENTITIES } from './recorded-entities';
import { pointInTime, replayHistory, type ReplayState } from './replay';
import { withoutStamp } from './stamps';
import { tempRegister } from './test-helpers';

type Snapshot = Map<string, Map<string, Record<string, unknown>>>;

/** The stored rows of every recorded entity, as the history records them (no stamps). */
function stored(ctx: CoreContext): Snapshot {
  return new Map(
    RECORDED_ENTITIES.map((e) => [
      e.entity,
      new Map(e.list(ctx).map((r) => [r.id, JSON.parse(JSON.stringify(withoutStamp(r))) as Record<string, unknown>])),
    ]),
  );
}

function replayed(state: ReplayState): Snapshot {
  return new Map(
    RECORDED_ENTITIES.map((e) => [
      e.entity,
      new Map([...(state.get(e.entity)?.values() ?? [])].map((r) => [r.id, r.fields])),
    ]),
  );
}

const word = fc.string({ unit: fc.constantFrom(...'abcdé xyz-.'.split('')), minLength: 1, maxLength: 12 });
const op = fc.record({
  kind: fc.constantFrom(
    'createOrganisation',
    'updateOrganisation',
    'deleteOrganisation',
    'createRecipient',
    'updateRecipient',
    'deleteRecipient',
    'createTerm',
    'updateTerm',
    'deleteTerm',
    'createActivity',
    'createActivity',
    'updateActivity',
    'updateActivity',
    'deleteActivity',
  ),
  pick: fc.nat(),
  text: word,
  flag: fc.boolean(),
});
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function run(ctx: CoreContext, o: Op): void {
  const nth = <T>(list: T[]): T | undefined => (list.length ? list[o.pick % list.length] : undefined);
  const orgs = must(ctx, 'listOrganisations', {});
  const recipients = must(ctx, 'listRecipients', {});
  const terms = must(ctx, 'listTerms', {});
  const pickTerms = (kind: string) =>
    terms
      .filter((t, i) => t.kind === kind && (i + o.pick) % 3 === 0)
      .map((t) => t.id)
      .slice(0, 4);
  const activities = must(ctx, 'listActivities', {});
  switch (o.kind) {
    case 'createOrganisation':
      call(ctx, 'createOrganisation', { name: `Org ${o.text}`, dpoEmail: o.flag ? 'dpo@example.org' : '' });
      return;
    case 'updateOrganisation': {
      const org = nth(orgs);
      if (org) call(ctx, 'updateOrganisation', { id: org.id, version: org.version, fields: { ...org, notes: o.text } });
      return;
    }
    case 'deleteOrganisation': {
      const org = nth(orgs);
      if (org) call(ctx, 'deleteOrganisation', { id: org.id, version: org.version });
      return;
    }
    case 'createRecipient':
      call(ctx, 'createRecipient', {
        name: `Recipient ${o.text}`,
        kind: o.flag ? 'processor' : 'authority',
        country: 'BE',
      });
      return;
    case 'updateRecipient': {
      const r = nth(recipients);
      if (r) call(ctx, 'updateRecipient', { id: r.id, version: r.version, fields: { ...r, contact: o.text } });
      return;
    }
    case 'deleteRecipient': {
      const r = nth(recipients);
      if (r) call(ctx, 'deleteRecipient', { id: r.id, version: r.version });
      return;
    }
    case 'createTerm':
      call(ctx, 'createTerm', {
        kind: 'data_category',
        code: `x.${o.pick % 50}`,
        labelEn: o.text,
        special: o.flag,
      });
      return;
    case 'updateTerm': {
      const t = nth(terms);
      if (t) call(ctx, 'updateTerm', { id: t.id, version: t.version, fields: { ...t, labelNl: o.text } });
      return;
    }
    case 'deleteTerm': {
      const t = nth(terms.filter((x) => !x.builtIn));
      if (t) call(ctx, 'deleteTerm', { id: t.id, version: t.version });
      return;
    }
    case 'createActivity': {
      const org = nth(orgs);
      if (!org) return;
      const rec = nth(recipients);
      must(ctx, 'createActivity', {
        organisationId: org.id,
        name: `Activity ${o.text}`,
        purposes: [{ text: `Purpose ${o.text}`, legalBases: o.flag ? ['consent'] : ['contract', 'legal_obligation'] }],
        dataSubjectIds: pickTerms('data_subject'),
        dataCategoryIds: pickTerms('data_category'),
        recipientIds: rec ? [rec.id] : [],
        transfers:
          rec && o.flag ? [{ country: 'US', recipientId: rec.id, safeguard: 'standard_contractual_clauses' }] : [],
        retention: [{ durationValue: (o.pick % 9) + 1, durationUnit: 'years' }],
      });
      return;
    }
    case 'updateActivity': {
      const s = nth(activities);
      if (!s) return;
      const a = must(ctx, 'getActivity', { id: s.id });
      const rec = nth(recipients);
      must(ctx, 'updateActivity', {
        id: a.id,
        version: a.version,
        fields: {
          ...a,
          name: o.flag ? a.name : `${a.name} ${o.text}`,
          status: o.flag ? 'active' : a.status,
          recipientIds: rec && !a.recipientIds.includes(rec.id) ? [...a.recipientIds, rec.id] : a.recipientIds.slice(1),
          retention: o.flag ? [...a.retention, { criterion: `Until ${o.text}` }] : a.retention.slice(1),
          securityMeasureIds: pickTerms('security_measure'),
        },
      });
      return;
    }
    case 'deleteActivity': {
      const s = nth(activities);
      if (s) call(ctx, 'deleteActivity', { id: s.id, version: s.version });
      return;
    }
  }
}

describe('replay', () => {
  it('rebuilds every entity at the head and at every earlier entry, field by field', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const ctx = tempRegister({ sample: true });
        const snapshots: { seq: number; state: Snapshot }[] = [];
        for (const o of ops) {
          run(ctx, o);
          snapshots.push({ seq: readHead(ctx.register.sqlite)!.seq, state: stored(ctx) });
        }
        const head = replayHistory(ctx.register.sqlite);
        expect(head.anomalies).toEqual([]);
        expect(replayed(head.state)).toEqual(stored(ctx));
        expect(compareWithStored(ctx, head).count).toBe(0);
        for (const s of snapshots)
          expect(replayed(replayHistory(ctx.register.sqlite, { seq: s.seq }).state)).toEqual(s.state);
        ctx.register.close();
      }),
      { numRuns: 12 },
    );
  });

  it('needs no change for an entity it has never heard of', () => {
    const ctx = tempRegister();
    const { sqlite } = ctx.register;
    sqlite
      .prepare(
        "INSERT INTO history (at, author, entity, entity_id, action, changes, prev_hash, hash) VALUES ('2026-01-01T00:00:00.000Z', 'a', 'cookie', 'c1', 'create', ?, '', '')",
      )
      .run(JSON.stringify({ name: { before: null, after: '_ga' }, expiry: { before: null, after: '2 years' } }));
    sqlite
      .prepare(
        "INSERT INTO history (at, author, entity, entity_id, action, changes, prev_hash, hash) VALUES ('2026-02-01T00:00:00.000Z', 'b', 'cookie', 'c1', 'update', ?, '', '')",
      )
      .run(JSON.stringify({ expiry: { before: '2 years', after: '13 months' } }));
    const cookie = replayHistory(sqlite).state.get('cookie')!.get('c1')!;
    expect(cookie).toMatchObject({
      fields: { name: '_ga', expiry: '13 months' },
      createdBy: 'a',
      updatedBy: 'b',
      updatedAt: '2026-02-01T00:00:00.000Z',
    });
    expect(replayHistory(sqlite, { at: '2026-01-31T00:00:00.000Z' }).state.get('cookie')!.get('c1')!.fields).toEqual({
      name: '_ga',
      expiry: '2 years',
    });
    // The verify check names it: the history says it exists, no stored rows say so.
    expect(compareWithStored(ctx, replayHistory(sqlite)).differences).toContainEqual(
      expect.objectContaining({ entity: 'cookie', name: '_ga', field: '', stored: null }),
    );
  });

  it('skips an entry whose changes are not a JSON object, naming it, and replays the rest', () => {
    const { sqlite } = tempRegister().register;
    const add = (seq: number, action: string, changes: string) =>
      sqlite
        .prepare(
          "INSERT INTO history (seq, at, author, entity, entity_id, action, changes, prev_hash, hash) VALUES (?, '2026-01-01T00:00:00.000Z', 'a', 'cookie', 'c1', ?, ?, '', '')",
        )
        .run(seq, action, changes);
    const start = sqlite.prepare('SELECT max(seq) FROM history').pluck().get() as number;
    add(start + 1, 'create', JSON.stringify({ name: { before: null, after: '_ga' } }));
    add(start + 2, 'update', 'null');
    add(start + 3, 'update', '{"name": ');
    add(start + 4, 'update', '[]');
    add(start + 5, 'update', JSON.stringify({ name: { before: '_ga', after: '_gid' } }));
    const replay = replayHistory(sqlite);
    expect(replay.state.get('cookie')!.get('c1')!.fields).toEqual({ name: '_gid' });
    expect(replay.anomalies).toEqual([
      { seq: start + 2, entity: 'cookie', entityId: 'c1', reason: 'its changes are not a JSON object' },
      { seq: start + 3, entity: 'cookie', entityId: 'c1', reason: 'its changes are not JSON' },
      { seq: start + 4, entity: 'cookie', entityId: 'c1', reason: 'its changes are not a JSON object' },
    ]);
  });

  it('reads a date as the end of that day (UTC) and refuses what is not a time', () => {
    expect(pointInTime('2026-03-01')).toBe('2026-03-01T23:59:59.999Z');
    expect(pointInTime('2026-03-01T10:00:00+02:00')).toBe('2026-03-01T08:00:00.000Z');
    expect(pointInTime('2026-02-30')).toBeNull();
    expect(pointInTime('yesterday')).toBeNull();
  });
});
