import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../core/api/contract';
import {
  admitCall,
  GRANT_TTL_MS,
  grantsNeeded,
  PathGrants,
  pathRefused,
  withDialogConsent,
  type TakenGrant,
} from './path-grants';

const WINDOW = 1;
const OTHER_WINDOW = 2;
const REPORT = '/home/ana/Documents/Register.pdf';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('path grants', () => {
  it('accept the path a dialog gave this window, once', () => {
    const grants = new PathGrants();
    grants.grant(WINDOW, 'save', REPORT);
    expect(grants.take(WINDOW, 'save', REPORT)).toMatchObject({ owner: WINDOW, kind: 'save', path: REPORT });
    expect(grants.take(WINDOW, 'save', REPORT)).toBeNull();
  });

  it("refuse another window's grant", () => {
    const grants = new PathGrants();
    grants.grant(WINDOW, 'save', REPORT);
    expect(grants.take(OTHER_WINDOW, 'save', REPORT)).toBeNull();
    expect(grants.take(WINDOW, 'save', REPORT)).not.toBeNull();
  });

  it('refuse a grant that has expired', () => {
    const time = clock();
    const grants = new PathGrants(GRANT_TTL_MS, time.now);
    grants.grant(WINDOW, 'save', REPORT);
    grants.grant(WINDOW, 'save', '/tmp/b.pdf');
    time.advance(GRANT_TTL_MS - 1);
    expect(grants.take(WINDOW, 'save', '/tmp/b.pdf')).not.toBeNull();
    time.advance(1);
    expect(grants.take(WINDOW, 'save', REPORT)).toBeNull();
  });

  it.each([
    ['a path no dialog gave', '/home/ana/.bashrc'],
    ['the same file spelled differently', '/home/ana/Documents/../Documents/Register.pdf'],
    ['the path with a trailing space', `${REPORT} `],
    ['no path', undefined],
    ['a path that is not text', ['/home/ana/Documents/Register.pdf']],
  ])('refuse %s', (_what, path) => {
    const grants = new PathGrants();
    grants.grant(WINDOW, 'save', REPORT);
    expect(grants.take(WINDOW, 'save', path)).toBeNull();
  });

  it("keep a save dialog's grant for writing and an open dialog's for opening", () => {
    const grants = new PathGrants();
    grants.grant(WINDOW, 'open', '/data/team.sqlite');
    expect(grants.take(WINDOW, 'save', '/data/team.sqlite')).toBeNull();
    expect(grants.take(WINDOW, 'open', '/data/team.sqlite')).not.toBeNull();
  });

  it('go when their window goes', () => {
    const grants = new PathGrants();
    grants.grant(WINDOW, 'save', REPORT);
    grants.forget(WINDOW);
    expect(grants.take(WINDOW, 'save', REPORT)).toBeNull();
  });

  it('come back after a refused call, with their first expiry', () => {
    const time = clock();
    const grants = new PathGrants(GRANT_TTL_MS, time.now);
    grants.grant(WINDOW, 'open', '/data/team.sqlite');
    const taken = grants.take(WINDOW, 'open', '/data/team.sqlite')!;
    grants.giveBack(taken);
    time.advance(GRANT_TTL_MS);
    expect(grants.take(WINDOW, 'open', '/data/team.sqlite')).toBeNull();
  });
});

describe('calls from the page', () => {
  it('pass unchecked when they name no file', () => {
    expect(admitCall(new PathGrants(), WINDOW, 'listActivities', { lang: 'en' })).toEqual({ proceed: [] });
    expect(
      admitCall(new PathGrants(), WINDOW, 'restoreBackup', { name: '2026-01-01T00-00-00-000Z.open.sqlite' }),
    ).toEqual({ proceed: [] });
  });

  it('export to the path the save dialog gave, and only once', () => {
    const grants = new PathGrants();
    grants.grant(WINDOW, 'save', REPORT);
    const input = { format: 'pdf', path: REPORT };
    expect(admitCall(grants, WINDOW, 'exportReport', input)).toMatchObject({ proceed: [{ path: REPORT }] });
    expect(admitCall(grants, WINDOW, 'exportReport', input)).toEqual({ refuse: pathRefused('save') });
  });

  it('answer a path chosen by the page with a validation error on `path`', () => {
    expect(
      admitCall(new PathGrants(), WINDOW, 'exportReport', { format: 'pdf', path: '/home/ana/.config/autostart/x.pdf' }),
    ).toEqual({
      refuse: {
        ok: false,
        error: {
          kind: 'validation',
          message: 'Choose where to save with the Save dialog.',
          issues: [{ path: 'path', message: 'Choose where to save with the Save dialog.' }],
        },
      },
    });
    for (const [method, kind] of [
      ['saveCopy', 'save'],
      ['createRegister', 'save'],
      ['openRegister', 'open'],
    ] as const) {
      expect(admitCall(new PathGrants(), WINDOW, method, { path: '/tmp/x.sqlite' })).toEqual({
        refuse: pathRefused(kind),
      });
    }
  });

  it('name a grant for every method whose input has a path', () => {
    const withPath = methodNames.filter((name) => {
      let schema: z.ZodType = contract[name].input;
      while (schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault) schema = schema.unwrap() as z.ZodType;
      if (!(schema instanceof z.ZodObject)) throw new Error(`${name}: expected an object input`);
      return 'path' in schema.shape;
    });
    expect(withPath.sort()).toEqual([
      'createRegister',
      'exportChanges',
      'exportNotice',
      'exportReport',
      'openRegister',
      'readImportSource',
      'saveCopy',
    ]);
    for (const name of withPath) expect(grantsNeeded(name)).toContainEqual(['path', expect.any(String)]);
    expect(grantsNeeded('openRegister')).toEqual([['path', 'open']]);
    expect(grantsNeeded('createRegister')).toEqual([['path', 'save']]);
    expect(grantsNeeded('readImportSource')).toEqual([['path', 'open']]);
    expect(grantsNeeded('noSuchMethod')).toEqual([]);
  });
});

describe('withDialogConsent', () => {
  const taken = (kind: 'save' | 'open'): TakenGrant => ({ owner: 1, kind, path: '/tmp/x.pdf', expiresAt: 1 });

  it('lets a copy or export replace the file the OS save dialog picked (it asked "Replace …?" already)', () => {
    expect(withDialogConsent('exportReport', { format: 'pdf', path: '/tmp/x.pdf' }, [taken('save')])).toEqual({
      format: 'pdf',
      path: '/tmp/x.pdf',
      overwrite: true,
    });
    expect(withDialogConsent('saveCopy', { path: '/tmp/x.sqlite' }, [taken('save')])).toEqual({
      path: '/tmp/x.sqlite',
      overwrite: true,
    });
  });

  it('adds nothing without a save grant, nor to other methods', () => {
    const input = { path: '/tmp/x.pdf', format: 'pdf' };
    expect(withDialogConsent('exportReport', input, [])).toBe(input);
    expect(withDialogConsent('openRegister', { path: '/tmp/x.sqlite' }, [taken('open')])).toEqual({
      path: '/tmp/x.sqlite',
    });
    expect(withDialogConsent('createRegister', { path: '/tmp/x.sqlite' }, [taken('save')])).toEqual({
      path: '/tmp/x.sqlite',
    });
  });
});
