// The dispatcher is the one door into the engine: every contract method validates its input and
// answers with a typed outcome. Example-based checks per method, then property tests with random
// method names, random inputs and random mutations of valid inputs.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  registerMethodNames as methodNames,
  type InputOf,
  type RegisterMethod as MethodName,
  type SessionMethod,
} from './api/contract';
import type { CoreContext } from './context';
import { call, dispatch, must } from './dispatcher';
import { RegisterHost } from './host';
import { rememberSource } from './import/jobs';
import { readCsv } from './import/source';
import { newRegister } from './register';
import type { ErrorKind } from './api/errors';
import { withoutStamp } from './stamps';
import { tempDir, tempRegister } from './test-helpers';

const NO_SUCH_ID = '00000000-0000-7000-8000-00000000dead';

/** One wrong input per method and the field path its error must name. Typed over every method,
 *  so a method added to the contract without a case here fails the type check. */
const BAD_INPUTS: Record<MethodName, { input: unknown; path: string }> = {
  getRegisterInfo: { input: 'everything', path: '' },
  setRegisterLanguages: { input: { primary: 'nl', further: ['nl', 'en'] }, path: 'further' },
  listOrganisations: { input: 42, path: '' },
  getOrganisation: { input: { id: 'org-1' }, path: 'id' },
  createOrganisation: { input: { name: 'Acme', country: 'Belgium' }, path: 'country' },
  updateOrganisation: { input: { id: NO_SUCH_ID, version: 1, fields: { name: '' } }, path: 'fields.name' },
  deleteOrganisation: { input: { id: NO_SUCH_ID, version: 0 }, path: 'version' },
  listActivities: { input: { lang: 'es' }, path: 'lang' },
  listActivityRows: { input: { lang: 'de', first: 0 }, path: 'first' },
  searchActivities: { input: { text: 'news', status: 'archived' }, path: 'status' },
  getActivity: { input: {}, path: 'id' },
  createActivity: {
    input: { organisationId: NO_SUCH_ID, name: 'Payroll', purposes: [{ text: 'Pay', legalBases: ['because'] }] },
    path: 'purposes.0.legalBases.0',
  },
  createActivities: {
    input: {
      activities: [
        { organisationId: NO_SUCH_ID, name: 'Payroll' },
        { organisationId: NO_SUCH_ID, name: '' },
      ],
    },
    path: 'activities.1.name',
  },
  updateActivity: {
    input: {
      id: NO_SUCH_ID,
      version: 3,
      fields: { organisationId: NO_SUCH_ID, name: 'Payroll', retention: [{ durationValue: 2 }] },
    },
    path: 'fields.retention.0.durationUnit',
  },
  deleteActivity: { input: { id: NO_SUCH_ID, version: 1.5 }, path: 'version' },
  listRecipients: { input: [], path: '' },
  getRecipient: { input: { id: 7 }, path: 'id' },
  createRecipient: { input: { name: 'Cloud Inc', kind: 'vendor' }, path: 'kind' },
  updateRecipient: {
    input: { id: NO_SUCH_ID, version: 1, fields: { name: 'Cloud Inc', kind: 'processor', dpaSignedOn: '2024-02-30' } },
    path: 'fields.dpaSignedOn',
  },
  deleteRecipient: { input: { version: 1 }, path: 'id' },
  listCookies: { input: 'all', path: '' },
  getCookie: { input: { id: 'cookie-1' }, path: 'id' },
  createCookie: { input: { name: 'plyr', expiry: 'duration', expiryUnit: 'days' }, path: 'expiryValue' },
  updateCookie: {
    input: { id: NO_SUCH_ID, version: 1, fields: { name: 'plyr', kind: 'beacon' } },
    path: 'fields.kind',
  },
  deleteCookie: { input: { id: NO_SUCH_ID, version: -1 }, path: 'version' },
  listTerms: { input: { kind: 'purpose' }, path: 'kind' },
  createTerm: { input: { kind: 'data_category', code: 'Has Spaces', labelEn: 'Spaces' }, path: 'code' },
  updateTerm: {
    input: { id: NO_SUCH_ID, version: 1, fields: { kind: 'data_subject', code: 'x', labelEn: '   ' } },
    path: 'fields.labelEn',
  },
  deleteTerm: { input: { id: NO_SUCH_ID }, path: 'version' },
  runChecks: { input: { activityIds: ['first'] }, path: 'activityIds.0' },
  listHistory: { input: { limit: 0 }, path: 'limit' },
  verifyHistory: { input: { anchor: 'yesterday' }, path: 'anchor' },
  acceptCurrentData: { input: 'everything', path: '' },
  pollChanges: { input: { since: 1.5 }, path: 'since' },
  saveCopy: { input: { path: 'relative/copy.sqlite' }, path: 'path' },
  exportReport: { input: { format: 'docx', path: '/tmp/report.docx' }, path: 'format' },
  exportChanges: { input: { since: 'last audit', format: 'csv', path: '/tmp/changes.csv' }, path: 'since' },
  getExportJob: { input: { jobId: 'job-1' }, path: 'jobId' },
  previewNotice: { input: { audience: 'visitors' }, path: 'audience' },
  exportNotice: { input: { format: 'html', path: '/tmp/notice.pdf' }, path: 'path' },
  readImportSource: { input: { path: '' }, path: 'path' },
  describeImportLayout: { input: { sourceId: NO_SUCH_ID, sheet: 'Sheet', headerRow: 0 }, path: 'headerRow' },
  reviewImport: {
    input: { sourceId: NO_SUCH_ID, sheet: 'S', headerRow: 1, mapping: { A: 'colour' } },
    path: 'mapping.A',
  },
  runImport: { input: { sourceId: 'source', sheet: 'S', headerRow: 1, mapping: {} }, path: 'sourceId' },
  getImportJob: { input: { jobId: 'job-1' }, path: 'jobId' },
};

describe('validation of every contract method', () => {
  it.each(methodNames)('%s: a wrong input is a validation error naming the field', (method) => {
    const ctx = tempRegister();
    const before = must(ctx, 'getRegisterInfo', {}).counts;
    const { input, path } = BAD_INPUTS[method];
    const out = dispatch(ctx, method, input);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.kind).toBe('validation');
    if (out.error.kind !== 'validation') return;
    expect(out.error.issues.map((i) => i.path)).toContain(path);
    expect(out.error.message).not.toBe('');
    expect(must(ctx, 'getRegisterInfo', {}).counts).toEqual(before);
  });

  it('answers an unknown method with kind unknown_method, also for names of Object.prototype', () => {
    const ctx = tempRegister();
    // Session operations are the host's: the dispatcher alone does not know them.
    for (const name of ['dropRegister', 'toString', 'constructor', '__proto__', 'hasOwnProperty', '', 'getSession']) {
      const out = dispatch(ctx, name, {});
      expect(out.ok ? 'ok' : out.error.kind).toBe('unknown_method');
    }
  });
});

/** One wrong input per session operation (run by the host) and the field its error must name. */
const BAD_SESSION_INPUTS: Record<SessionMethod, { input: unknown; path: string }> = {
  getSession: { input: 'now', path: '' },
  openRegister: { input: { path: '/tmp/x.sqlite', readOnly: 'yes' }, path: 'readOnly' },
  createRegister: { input: { path: '   ' }, path: 'path' },
  closeRegister: { input: [], path: '' },
  listBackups: { input: 7, path: '' },
  restoreBackup: { input: { name: '' }, path: 'name' },
  setAuthor: { input: { name: '   ' }, path: 'name' },
  getDocumentsFolder: { input: 'home', path: '' },
  checkData: { input: 'now', path: '' },
  getOpenCheck: { input: 'now', path: '' },
};

describe('validation of every session operation', () => {
  it.each(Object.keys(BAD_SESSION_INPUTS) as SessionMethod[])(
    '%s: a wrong input is a validation error naming the field, and the register stays open',
    (method) => {
      const file = path.join(tempDir(), 'session.sqlite');
      newRegister(file, { author: 'setup' }).register.close();
      const host = new RegisterHost({ author: 'Tester' });
      host.open(file);
      const out = host.handle(method, BAD_SESSION_INPUTS[method].input);
      expect(out.ok ? 'ok' : out.error.kind).toBe('validation');
      if (!out.ok && out.error.kind === 'validation')
        expect(out.error.issues.map((i) => i.path)).toContain(BAD_SESSION_INPUTS[method].path);
      expect(host.session().fileName).toBe('session.sqlite');
      host.close();
    },
  );
});

/** Valid inputs for every method on a register holding the sample. */
function validInputs(ctx: CoreContext): { [M in MethodName]: InputOf<M> } {
  const [org] = must(ctx, 'listOrganisations', {});
  const [summary] = must(ctx, 'listActivities', {});
  const activity = must(ctx, 'getActivity', { id: summary!.id });
  const [recipient] = must(ctx, 'listRecipients', {});
  const [term] = must(ctx, 'listTerms', { kind: 'data_subject' });
  const sheetFile = path.join(tempDir(), 'register.csv');
  const sheetText = 'Name,Purposes\nPayroll,Paying staff\n';
  fs.writeFileSync(sheetFile, sheetText);
  const book = readCsv(Buffer.from(sheetText), 'register.csv');
  const sourceId = rememberSource('register.csv', book);
  const sheet = book.sheets[0]!.name;
  const mapping = { Name: 'name', Purposes: 'purposes' } as const;
  const [cookie] = must(ctx, 'listCookies', {});
  const {
    id: cookieId,
    version: cookieVersion,
    createdAt: _cc,
    createdBy: _ccb,
    updatedAt: _cu,
    updatedBy: _cub,
    ...cookieFields
  } = cookie!;
  const {
    id,
    version,
    createdAt: _c,
    createdBy: _cb,
    updatedAt: _u,
    updatedBy: _ub,
    transfers,
    retention,
    legalBases: _lb,
    ...fields
  } = activity;
  const activityFields = {
    ...fields,
    transfers: transfers.map(withoutStamp),
    retention: retention.map(withoutStamp),
  } as InputOf<'createActivity'>;
  return {
    getRegisterInfo: {},
    setRegisterLanguages: { primary: 'en', further: ['fr'] },
    acceptCurrentData: {},
    listOrganisations: {},
    getOrganisation: { id: org!.id },
    createOrganisation: { name: 'Processor BV', kind: 'client', country: 'NL', email: 'dpo@processor.example' },
    updateOrganisation: {
      id: org!.id,
      version: org!.version,
      fields: { name: org!.name, country: 'BE', notes: 'Edited' },
    },
    deleteOrganisation: { id: org!.id, version: org!.version },
    listActivities: { lang: 'nl' },
    listActivityRows: { lang: 'de' },
    searchActivities: { text: 'support', legalBasis: 'consent', lang: 'fr' },
    getActivity: { id },
    createActivity: { ...activityFields, reference: '9.9', name: 'Copy' },
    createActivities: {
      activities: [
        { ...activityFields, reference: '9.10', name: 'Copy one' },
        { ...activityFields, reference: '9.11', name: 'Copy two' },
      ],
    },
    updateActivity: {
      id,
      version,
      fields: {
        ...activityFields,
        transfers: [{ country: 'US', safeguard: 'standard_contractual_clauses', recipientId: recipient!.id }],
      },
    },
    deleteActivity: { id, version },
    listRecipients: {},
    getRecipient: { id: recipient!.id },
    createRecipient: { name: 'Payroll bureau', kind: 'processor', country: 'BE', dpaSignedOn: '2024-02-29' },
    updateRecipient: {
      id: recipient!.id,
      version: recipient!.version,
      fields: { name: recipient!.name, kind: 'sub_processor' },
    },
    deleteRecipient: { id: recipient!.id, version: recipient!.version },
    listCookies: {},
    getCookie: { id: cookieId },
    createCookie: { ...cookieFields, name: 'plyr_copy', expiry: 'duration', expiryValue: 30, expiryUnit: 'days' },
    updateCookie: {
      id: cookieId,
      version: cookieVersion,
      fields: { ...cookieFields, expiry: 'persistent', expiryValue: null, expiryUnit: null },
    },
    deleteCookie: { id: cookieId, version: cookieVersion },
    listTerms: { kind: 'security_measure' },
    createTerm: { kind: 'data_category', code: 'loyalty.points', labelEn: 'Loyalty points', labelDe: 'Treuepunkte' },
    updateTerm: {
      id: term!.id,
      version: term!.version,
      fields: { kind: term!.kind, code: term!.code, labelEn: `${term!.labelEn} (edited)` },
    },
    deleteTerm: { id: term!.id, version: term!.version },
    runChecks: {},
    listHistory: { limit: 5 },
    verifyHistory: {},
    pollChanges: { since: 0 },
    saveCopy: { path: path.join(tempDir(), 'copy.sqlite') },
    exportReport: { format: 'json', path: path.join(tempDir(), 'register.json') },
    exportChanges: { since: '2020-01-01', format: 'csv', lang: 'nl', path: path.join(tempDir(), 'changes.csv') },
    getExportJob: {
      jobId: must(ctx, 'exportReport', { format: 'csv', path: path.join(tempDir(), 'register.csv') }).jobId,
    },
    previewNotice: { audience: 'website', lang: 'nl' },
    exportNotice: { format: 'md', path: path.join(tempDir(), 'notice.md') },
    readImportSource: { path: sheetFile },
    describeImportLayout: { sourceId, sheet, headerRow: 1 },
    reviewImport: { sourceId, sheet, headerRow: 1, mapping },
    runImport: { sourceId, sheet, headerRow: 1, mapping },
    getImportJob: { jobId: must(ctx, 'reviewImport', { sourceId, sheet, headerRow: 1, mapping }).jobId },
  };
}

const TYPED_KINDS: ErrorKind[] = [
  'validation',
  'not_found',
  'conflict',
  'in_use',
  'file',
  'exists',
  'locked',
  'read_only',
  'unknown_method',
];

/** The shape of path the contract accepts as absolute (POSIX, drive letter, UNC). */
const ABSOLUTE = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

/**
 * saveCopy and exportReport write files: a random absolute path is moved into the test's own
 * folder, so property runs never write to / or into the repository (a Windows-style path is a
 * plain file name on Linux). Relative paths stay, for the contract to refuse.
 */
function confined(input: unknown, dir: string): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const file = (input as { path?: unknown }).path;
  if (typeof file !== 'string' || !ABSOLUTE.test(file)) return input;
  const name = path.basename(file.replace(/[\\:]/g, '_')) || 'file';
  return { ...input, path: path.join(dir, name) };
}

function expectTyped(ctx: CoreContext, method: string, rawInput: unknown, dir: string): void {
  const input = confined(rawInput, dir);
  let out;
  try {
    out = dispatch(ctx, method, input);
  } catch (err) {
    throw new Error(`dispatch threw for ${method}: ${String(err)}`);
  }
  if (!out.ok) {
    expect(TYPED_KINDS, `${method}: ${out.error.message}`).toContain(out.error.kind);
    expect(typeof out.error.message).toBe('string');
  }
}

describe('valid inputs', () => {
  it.each(methodNames)('%s succeeds or refuses with a typed reason on the sample register', (method) => {
    const ctx = tempRegister({ sample: true });
    const out = dispatch(ctx, method, validInputs(ctx)[method]);
    // The sample's organisation and first recipient are still used, so deleting them is refused.
    const stillUsed: MethodName[] = ['deleteOrganisation', 'deleteRecipient'];
    expect(out.ok ? 'ok' : out.error.kind).toBe(stillUsed.includes(method) ? 'in_use' : 'ok');
  });
});

/** Replaces, removes or adds one value somewhere inside a JSON-like value. */
function mutate(value: unknown, steps: number[], replacement: unknown, mode: number): unknown {
  if (value === null || typeof value !== 'object') return replacement;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length === 0 || steps.length === 0) return mode === 0 ? replacement : value;
  const [key, child] = entries[steps[0]! % entries.length]!;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
  const target = copy as Record<string, unknown>;
  if (steps.length === 1 && mode === 1) {
    if (Array.isArray(copy)) copy.splice(Number(key), 1);
    else return Object.fromEntries(entries.filter(([k]) => k !== key));
  } else if (steps.length === 1 && mode === 2) {
    target[`extra${steps[0]}`] = replacement;
  } else {
    target[key] = mutate(child, steps.slice(1), replacement, mode);
  }
  return copy;
}

describe('property: the dispatcher never throws and never fails with kind internal', () => {
  const anyValue = fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    withObjectString: true,
  });

  it('for random method names and inputs', () => {
    const ctx = tempRegister({ sample: true });
    const method = fc.oneof(
      fc.constantFrom(...methodNames),
      fc.string(),
      fc.constantFrom('__proto__', 'constructor', 'valueOf'),
    );
    const dir = tempDir();
    fc.assert(
      fc.property(method, anyValue, (m, input) => expectTyped(ctx, m, input, dir)),
      { numRuns: 1_500 },
    );
  });

  it('for random mutations of valid inputs', () => {
    const ctx = tempRegister({ sample: true });
    const valid = validInputs(ctx);
    const dir = tempDir();
    const mutation = fc.record({
      method: fc.constantFrom(...methodNames),
      steps: fc.array(fc.nat(40), { minLength: 1, maxLength: 4 }),
      replacement: fc.oneof(
        anyValue,
        fc.constantFrom('', ' ', NO_SUCH_ID, -1, 0, 1e308, Number.NaN, null, [], {}, 'x'.repeat(30_000)),
      ),
      mode: fc.nat(2),
    });
    fc.assert(
      fc.property(mutation, ({ method, steps, replacement, mode }) =>
        expectTyped(ctx, method, mutate(valid[method], steps, replacement, mode), dir),
      ),
      { numRuns: 1_500 },
    );
    // Whatever was accepted left a register that still reads and checks.
    expect(call(ctx, 'listActivities', {}).ok).toBe(true);
    expect(call(ctx, 'runChecks', {}).ok).toBe(true);
  });
});
