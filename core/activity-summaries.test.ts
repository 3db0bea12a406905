// The activity list must say exactly what the full activities say, in every language, and stay
// right after every kind of change: the activity's own, a renamed term, recipient or organisation,
// and a change saved by another connection to the same file.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './activities';
import { lineSql } from './activity-list';
import type { Activity, ActivitySummary } from './api/contract';
import { createContext, type CoreContext } from './context';
import { openRegister } from '../db/open';
import { must } from './dispatcher';
import { openSession } from './register';
import { formatRetention } from './api/labels';
import { unpack } from './api/packed-summaries';
import { LANGUAGES, type Language } from './api/schemas';
import { searchQuery, searchText } from './api/search';
import { termLabel } from './terms';
import { dumpRegister, dumpText } from './reports/dump';
import { importRegister } from './reports/import';
import { closeAfterTest, sha256, tempDir, tempRegister } from './test-helpers';

/** The summary worked out the slow way, from the full activity and the catalogues. */
function expectedSummary(ctx: CoreContext, a: Activity, lang: Language): ActivitySummary {
  const terms = new Map(must(ctx, 'listTerms', {}).map((t) => [t.id, t]));
  const label = (id: string) => termLabel(terms.get(id)!, lang);
  const recipients = new Map(must(ctx, 'listRecipients', {}).map((r) => [r.id, r.name]));
  const org = must(ctx, 'getOrganisation', { id: a.organisationId });
  const linked = [...a.dataSubjectIds, ...a.dataCategoryIds, ...a.securityMeasureIds].map((id) => terms.get(id)!);
  return {
    id: a.id,
    version: a.version,
    reference: a.reference,
    name: a.name,
    organisationId: a.organisationId,
    organisationName: org.name,
    role: a.role,
    status: a.status,
    department: a.department,
    owner: a.owner,
    purposes: a.purposes.map((p) => p.text),
    legalBases: a.legalBases,
    dataSubjects: a.dataSubjectIds.map(label),
    dataCategories: a.dataCategoryIds.map(label),
    recipients: a.recipientIds.map((id) => recipients.get(id)!),
    retention: a.retention
      .map((r) => {
        const scope = r.dataSubjectId ?? r.dataCategoryId;
        return formatRetention({ ...r, scope: scope ? label(scope) : '' }, lang);
      })
      .join('; '),
    hasSpecialCategories: linked.some((t) => t.special || t.criminal),
    hasTransfers: a.transfers.length > 0,
    reviewDate: a.reviewDate,
    updatedAt: a.updatedAt,
    updatedBy: a.updatedBy,
  };
}

/**
 * The activities table's first screen (listActivityRows with `first`) is the whole list's first
 * rows and its length: read from the file before the list is built, and cut from it after.
 */
function expectFirstRowsMatchList(ctx: CoreContext): void {
  const firsts = [1, 4, 1_000];
  for (const lang of LANGUAGES) {
    const before = firsts.map((first) => must(ctx, 'listActivityRows', { lang, first }));
    const all = must(ctx, 'listActivityRows', { lang });
    const after = firsts.map((first) => must(ctx, 'listActivityRows', { lang, first }));
    for (const [i, first] of firsts.entries()) {
      for (const page of [before[i]!, after[i]!]) {
        expect(unpack(page)).toEqual(unpack(all).slice(0, first));
        expect(page.total).toBe(all.total);
      }
    }
    expect(all.total).toBe(unpack(all).length);
  }
}

function expectListMatchesActivities(ctx: CoreContext): void {
  expectFirstRowsMatchList(ctx);
  for (const lang of LANGUAGES) {
    const list = must(ctx, 'listActivities', { lang });
    const expected = list.map((s) => expectedSummary(ctx, must(ctx, 'getActivity', { id: s.id }), lang));
    expect(list).toEqual(expected);
    // What the activities table loads: the same list, packed.
    expect(unpack(must(ctx, 'listActivityRows', { lang }))).toEqual(expected);
    expect(list.length).toBe(must(ctx, 'getRegisterInfo', {}).counts.activities);
  }
}

function sampleWithExtras(): CoreContext {
  const ctx = tempRegister({ sample: true });
  const [org] = must(ctx, 'listOrganisations', {});
  const health = must(ctx, 'listTerms', { kind: 'data_category' }).find((t) => t.code === 'user.health_and_medical')!;
  const cloud = must(ctx, 'createRecipient', { name: 'Cloud Inc', kind: 'sub_processor', country: 'US' });
  must(ctx, 'createActivity', {
    organisationId: org!.id,
    reference: '3.1',
    name: 'occupational health',
    dataCategoryIds: [health.id],
    art9Conditions: ['employment_social_security'],
    recipientIds: [cloud.id],
    transfers: [{ country: 'US', safeguard: 'standard_contractual_clauses', recipientId: cloud.id }],
    retention: [
      { durationValue: 1, durationUnit: 'weeks', criterion: 'or until the contract ends', dataCategoryId: health.id },
    ],
  });
  must(ctx, 'createActivity', { organisationId: org!.id, name: 'Unnumbered activity' });
  return ctx;
}

describe('the activity list', () => {
  it('says what the full activities say, in all four languages, ordered by reference then name', () => {
    const ctx = sampleWithExtras();
    expectListMatchesActivities(ctx);
    expect(must(ctx, 'listActivities', {}).map((s) => s.reference)).toEqual([
      '',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6.1',
      '2.6.2',
      '2.7',
      '3.1',
    ]);
    const health = must(ctx, 'listActivities', {}).find((s) => s.reference === '3.1')!;
    expect(health).toMatchObject({
      hasSpecialCategories: true,
      hasTransfers: true,
      retention: '1 week — or until the contract ends (Health data)',
    });
  });

  it('follows every kind of change', () => {
    const ctx = sampleWithExtras();
    must(ctx, 'listActivities', { lang: 'nl' });
    must(ctx, 'listActivityRows', { lang: 'en' });
    const [first] = must(ctx, 'listActivities', {});
    const activity = must(ctx, 'getActivity', { id: first!.id });
    must(ctx, 'updateActivity', {
      id: activity.id,
      version: activity.version,
      fields: { ...fieldsOf(activity), name: 'Renamed activity' },
    });
    const email = must(ctx, 'listTerms', {}).find((t) => t.code === 'user.contact.email')!;
    must(ctx, 'updateTerm', {
      id: email.id,
      version: email.version,
      fields: { ...email, labelNl: 'Mailadres', special: true },
    });
    const [recipient] = must(ctx, 'listRecipients', {});
    must(ctx, 'updateRecipient', {
      id: recipient!.id,
      version: recipient!.version,
      fields: { ...recipient!, name: 'Renamed recipient' },
    });
    const [org] = must(ctx, 'listOrganisations', {});
    must(ctx, 'updateOrganisation', { id: org!.id, version: org!.version, fields: { ...org!, name: 'Renamed org' } });
    const doomed = must(ctx, 'listActivities', {}).find((s) => s.reference === '2.3')!;
    must(ctx, 'deleteActivity', { id: doomed.id, version: doomed.version });
    expectListMatchesActivities(ctx);
    expect(must(ctx, 'listActivities', { lang: 'nl' }).find((s) => s.reference === '2.2')!).toMatchObject({
      dataCategories: ['Mailadres'],
      hasSpecialCategories: true,
    });
  });

  it('shows what another connection to the same file saved', () => {
    const ctx = sampleWithExtras();
    const other = createContext(openRegister(ctx.register.path), 'colleague');
    closeAfterTest(() => other.register.close());
    expect(must(ctx, 'listActivities', {})).toEqual(must(other, 'listActivities', {}));
    const [org] = must(other, 'listOrganisations', {});
    must(other, 'createActivity', { organisationId: org!.id, reference: '0.1', name: 'Added by a colleague' });
    const added = must(ctx, 'listActivities', {}).find((s) => s.reference === '0.1');
    expect(added).toMatchObject({ name: 'Added by a colleague', updatedBy: 'colleague' });
    expectListMatchesActivities(ctx);
  });

  it('does not keep rows a rolled-back transaction showed', () => {
    const ctx = sampleWithExtras();
    const before = must(ctx, 'listActivities', {});
    const [org] = must(ctx, 'listOrganisations', {});
    expect(() =>
      ctx.register.sqlite.transaction(() => {
        must(ctx, 'createActivity', { organisationId: org!.id, name: 'Never saved' });
        expect(must(ctx, 'listActivities', {})).toHaveLength(before.length + 1);
        throw new Error('cancelled');
      })(),
    ).toThrow('cancelled');
    expect(must(ctx, 'listActivities', {})).toEqual(before);
  });

  it('filters by text, status, role, legal basis and department', () => {
    const ctx = sampleWithExtras();
    const refs = (filter: Parameters<typeof must<'searchActivities'>>[2]) =>
      must(ctx, 'searchActivities', filter).map((s) => s.reference);
    expect(refs({ text: 'ONDERSTEUNING' })).toEqual(['2.4', '2.6.1', '2.6.2']);
    expect(refs({ legalBasis: 'legal_obligation' })).toEqual(['2.7']);
    expect(refs({ department: 'sales' })).toEqual(['2.5', '2.6.2']);
    expect(refs({ status: 'draft', text: '100%' })).toEqual([]);
    expect(must(ctx, 'searchActivities', { text: 'newsletter', lang: 'de' })[0]!.dataCategories).toEqual([
      'E-Mail-Adresse',
    ]);
  });

  it("finds exactly what the table's search finds, in every column it shows (core/api/search.ts)", () => {
    const ctx = sampleWithExtras();
    const all = must(ctx, 'listActivities', { lang: 'de' });
    for (const typed of ['e-mail-adresse', '  SUPPORT ', 'Lieferant', '2.6', 'zzz-nothing']) {
      const found = must(ctx, 'searchActivities', { text: typed, lang: 'de' }).map((s) => s.id);
      expect(found).toEqual(all.filter((a) => searchText(a).includes(searchQuery(typed))).map((a) => a.id));
    }
    // A term label (a data category, in the register's language) is searched like the name.
    expect(must(ctx, 'searchActivities', { text: 'E-Mail-Adresse', lang: 'de' }).length).toBeGreaterThan(0);
  });
});

/** The stored lines against lines worked out afresh from the tables: they must be the same text. */
function expectLinesMatchTables(ctx: CoreContext): void {
  const { sqlite } = ctx.register;
  const stored = sqlite.prepare('SELECT activity_id, line FROM activity_list ORDER BY activity_id').raw().all();
  const fresh = sqlite
    .prepare(`SELECT a.id, ${lineSql('stored')} FROM activities a ORDER BY a.id`)
    .raw()
    .all();
  expect(stored).toEqual(fresh);
  expect(stored).toHaveLength(must(ctx, 'getRegisterInfo', {}).counts.activities);
  // The numbers opening compares instead of counting both tables (db/migrations/0008_list_counts.sql).
  expect(sqlite.prepare('SELECT activities, lines FROM list_counts').raw().get()).toEqual([
    stored.length,
    stored.length,
  ]);
}

/** Another program's connection to the register file, as the sqlite3 shell would write it. */
function otherWriter(ctx: CoreContext, sql: string): void {
  const other = new Database(ctx.register.path);
  try {
    other.exec(sql);
  } finally {
    other.close();
  }
}

describe('the stored list lines', () => {
  it('say what the tables say after any series of saves', () => {
    const ctx = sampleWithExtras();
    const ids = must(ctx, 'listActivities', {}).map((s) => s.id);
    const terms = must(ctx, 'listTerms', {});
    const ofKind = (kind: string) => terms.filter((t) => t.kind === kind).map((t) => t.id);
    const recipients = must(ctx, 'listRecipients', {}).map((r) => r.id);
    const save = fc.record({
      which: fc.nat(ids.length - 1),
      subjects: fc.shuffledSubarray(ofKind('data_subject'), { maxLength: 6 }),
      categories: fc.shuffledSubarray(ofKind('data_category'), { maxLength: 12 }),
      recipients: fc.shuffledSubarray(recipients, { maxLength: 5 }),
      years: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 3 }),
      name: fc.string({ minLength: 1, maxLength: 40 }).filter((n) => n.trim() !== ''),
    });
    fc.assert(
      fc.property(fc.array(save, { minLength: 1, maxLength: 6 }), (saves) => {
        for (const s of saves) {
          const a = must(ctx, 'getActivity', { id: ids[s.which]! });
          const retention = s.years.map((y, i) => ({
            durationValue: y,
            durationUnit: 'years' as const,
            criterion: `rule ${i} "quoted" \\ back-slash, é`,
            trigger: '',
            dataCategoryId: s.categories[i] ?? null,
            dataSubjectId: null,
          }));
          const fields = {
            ...fieldsOf(a),
            name: s.name,
            dataSubjectIds: s.subjects,
            dataCategoryIds: s.categories,
            recipientIds: s.recipients,
            retention,
          };
          must(ctx, 'updateActivity', { id: a.id, version: a.version, fields });
        }
        expectLinesMatchTables(ctx);
      }),
      { numRuns: 25 },
    );
    expectListMatchesActivities(ctx);
  });

  it('are written when an export is imported, before anything lists it', () => {
    const ctx = sampleWithExtras();
    const dest = path.join(tempDir(), 'imported.sqlite');
    importRegister(dumpText(dumpRegister(ctx)), dest, 'export.json');
    const imported = createContext(openRegister(dest), 'tester');
    closeAfterTest(() => imported.register.close());
    expectLinesMatchTables(imported);
    expectListMatchesActivities(imported);
  });

  it('are built again for a register upgraded from schema 3, which has none', () => {
    // What a register written by schema 3 looks like: the schema-4 fixture's rows, without the derived tables.
    const file = path.join(tempDir(), 'schema3.sqlite');
    fs.copyFileSync(new URL('../db/fixtures/schema4-sample.sqlite', import.meta.url), file);
    const raw = new Database(file);
    raw.exec('DROP TABLE activity_list; DROP TABLE list_refs; PRAGMA user_version = 3');
    raw.close();
    const upgraded = openSession(file, 'tester');
    closeAfterTest(() => upgraded.register.close());
    const count = (table: string) => upgraded.register.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect(count('activity_list')).toBe(count('activities'));
    expectListMatchesActivities(upgraded);
    expectLinesMatchTables(upgraded);
  });

  it('are built for an activity another program added, and the kept counts follow whatever it wrote', () => {
    const ctx = sampleWithExtras();
    const before = must(ctx, 'listActivities', {}).length;
    // A copy of an activity under a new id and reference, with no list line; then a line replaced
    // with INSERT OR REPLACE, which passes the insert trigger but not the delete one.
    otherWriter(
      ctx,
      `INSERT INTO activities (id, created_at, created_by, updated_at, updated_by, version, organisation_id, reference,
         name, role, status, dpia)
       SELECT '01900000-0000-7000-8000-000000000001', created_at, created_by, updated_at, updated_by, 1, organisation_id,
         'Z.1', 'Added with the sqlite3 shell', role, status, dpia FROM activities LIMIT 1;
       INSERT OR REPLACE INTO activity_list SELECT * FROM activity_list LIMIT 1;`,
    );
    const listed = must(ctx, 'listActivities', {});
    expect(listed).toHaveLength(before + 1);
    expect(listed.at(-1)).toMatchObject({ reference: 'Z.1', name: 'Added with the sqlite3 shell' });
    expectLinesMatchTables(ctx);
    otherWriter(ctx, 'INSERT OR REPLACE INTO activity_list SELECT * FROM activity_list LIMIT 1');
    expect(must(ctx, 'listActivities', {})).toEqual(listed);
    expectLinesMatchTables(ctx);
  });

  it('are worked out on the fly for a read-only register that lacks them, leaving the file unchanged', () => {
    const ctx = sampleWithExtras();
    const expected = must(ctx, 'listActivities', { lang: 'fr' });
    ctx.register.sqlite.exec('DELETE FROM activity_list');
    const file = ctx.register.path;
    ctx.register.close();
    fs.chmodSync(file, 0o444);
    const before = sha256(file);
    const readOnly = createContext(openRegister(file, { readOnly: true }), 'tester');
    closeAfterTest(() => readOnly.register.close());
    expect(must(readOnly, 'listActivities', { lang: 'fr' })).toEqual(expected);
    expectListMatchesActivities(readOnly);
    expect(must(readOnly, 'searchActivities', { text: 'ondersteuning', lang: 'fr' }).map((s) => s.reference)).toEqual([
      '2.4',
      '2.6.1',
      '2.6.2',
    ]);
    readOnly.register.close();
    expect(sha256(file)).toBe(before);
  });
});
