// Tampering behind the app's back, with the real sqlite3 command-line tool, caught by the real
// `ropa verify` command.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { must } from './dispatcher';
import { entryHash } from './history';
import { openLocked } from './lock';
import { historyEntry, tempDir, tempRegister } from './test-helpers';
import { verifyFile } from './verify';

const ROPA = path.resolve(import.meta.dirname, '..', 'bin', 'ropa.mjs');

function ropaVerify(file: string, ...flags: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [ROPA, 'verify', file, ...flags], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const sqlite3 = (file: string, sql: string, ...flags: string[]): string =>
  execFileSync('/usr/bin/sqlite3', [...flags, file, sql], { encoding: 'utf8' });

/** A closed register with a few dozen history entries made through the contract. */
function registerWithHistory(): string {
  const ctx = tempRegister({ sample: true, author: 'alice' });
  const [first] = must(ctx, 'listOrganisations', {});
  must(ctx, 'updateOrganisation', { id: first!.id, version: first!.version, fields: { ...first!, notes: 'Reviewed' } });
  ctx.register.close();
  return ctx.register.path;
}

const entry = (file: string, seq: number) =>
  sqlite3(file, `SELECT at || '|' || author FROM history WHERE seq = ${seq}`).trim();

describe('ropa verify', () => {
  it('passes a register whose history was only written by the app, quoting the chain head', () => {
    const file = registerWithHistory();
    const n = Number(sqlite3(file, 'SELECT count(*) FROM history'));
    const head = sqlite3(file, "SELECT seq || ':' || hash FROM history ORDER BY seq DESC LIMIT 1").trim();
    expect(n).toBeGreaterThan(10);
    const r = ropaVerify(file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('File integrity: ok');
    expect(r.out).toContain(`History: ${n} entries, chain intact, head ${head}`);
    expect(r.out).toContain('Data: as the history says');
  });

  it('catches an entry edited with sqlite3 and names it (seq, time, author)', () => {
    const file = registerWithHistory();
    sqlite3(
      file,
      `UPDATE history SET changes = '{"name":{"before":"Reviewed","after":"Never reviewed"}}' WHERE seq = (SELECT max(seq) FROM history)`,
    );
    const seq = Number(sqlite3(file, 'SELECT max(seq) FROM history'));
    const [at, author] = entry(file, seq).split('|');
    const r = ropaVerify(file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `History: BROKEN at history entry ${seq} (${at} by ${author}): its content was changed after it was written`,
    );
    expect(r.out).toContain('FAILED verification');
  });

  it('catches a rewritten author even when the rewriter recomputed that entry’s hash', () => {
    const file = registerWithHistory();
    const e = historyEntry(file, 3);
    const forged = entryHash(e.prev_hash, {
      at: e.at,
      author: 'mallory',
      entity: e.entity,
      entityId: e.entity_id,
      action: e.action,
      changes: e.changes,
    });
    sqlite3(file, `UPDATE history SET author = 'mallory', hash = '${forged}' WHERE seq = 3`);
    const r = ropaVerify(file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`BROKEN at history entry 3 (${e.at} by mallory): it was rewritten after it was written`);
  });

  it('catches deleted entries in the middle and at the end', () => {
    const middle = registerWithHistory();
    sqlite3(middle, 'DELETE FROM history WHERE seq IN (5, 6)');
    const m = ropaVerify(middle);
    expect(m.code).toBe(1);
    expect(m.out).toMatch(/BROKEN at history entry 7 \(.+\): the entries between seq 4 and seq 7 were deleted/);

    const end = registerWithHistory();
    const last = Number(sqlite3(end, 'SELECT max(seq) FROM history'));
    sqlite3(end, `DELETE FROM history WHERE seq > ${last - 2}`);
    const e = ropaVerify(end);
    expect(e.code).toBe(1);
    expect(e.out).toContain(
      `BROKEN at history entry ${last - 1}: the newest entries (seq ${last - 1} to ${last}) were deleted`,
    );
  });

  it('reports a damaged file with exit 1 and says what integrity_check found', () => {
    const file = registerWithHistory();
    const pageSize = Number(sqlite3(file, 'PRAGMA page_size'));
    const rootpage = Number(sqlite3(file, "SELECT rootpage FROM sqlite_schema WHERE name = 'history'"));
    // Scribble over the history table's root page header: the b-tree no longer parses.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (rootpage - 1) * pageSize);
    fs.closeSync(fd);
    const r = ropaVerify(file);
    expect(r.code).toBe(1);
    expect(r.out).toContain('File integrity: DAMAGED');
    expect(verifyFile(file).integrity[0]).not.toBe('ok');
  });

  it('refuses a file that is not a register with exit 2 and one line', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'minutes of the privacy board\n');
    const r = ropaVerify(file);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^error: notes\.sqlite is not a RoPA register/)]);
    expect(r.out).toBe('');
  });

  it('never writes to the file it verifies', () => {
    const file = registerWithHistory();
    const before = fs.readFileSync(file);
    expect(ropaVerify(file).code).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

/**
 * The register as a crash leaves it: a save that had already written pages into the file, with its
 * hot journal beside it. Made by copying both files while a real transaction is open.
 */
function crashedMidSave(): string {
  const file = registerWithHistory();
  const crashed = path.join(tempDir(), 'crashed.sqlite');
  const db = new Database(file);
  // A one-page cache makes SQLite write changed pages into the file before the commit.
  db.pragma('cache_size = 1');
  db.exec('BEGIN IMMEDIATE');
  db.exec('UPDATE terms SET description = hex(randomblob(200))');
  fs.copyFileSync(file, crashed);
  fs.copyFileSync(`${file}-journal`, `${crashed}-journal`);
  db.exec('ROLLBACK');
  db.close();
  return crashed;
}

describe('a register left by a crash mid-save', () => {
  it('is refused by verify with one line saying how to recover, then opens in the app and verifies', () => {
    const crashed = crashedMidSave();
    const refused = ropaVerify(crashed);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(
      'error: crashed.sqlite has an unfinished save (crashed.sqlite-journal): open it in RoPA Registry once to roll that back, then verify again.\n',
    );

    const session = openLocked(crashed, 'alice');
    expect(must(session.ctx, 'listTerms', {}).every((t) => t.description.length < 400)).toBe(true);
    session.close();
    expect(fs.existsSync(`${crashed}-journal`)).toBe(false);
    expect(ropaVerify(crashed).code).toBe(0);
  });
});

describe('verifyHistory through the contract', () => {
  it('is ok on the open register and keeps the head in step with every change', () => {
    const ctx = tempRegister({ sample: true });
    const first = must(ctx, 'verifyHistory', {});
    expect(first).toMatchObject({ ok: true, integrity: ['ok'], firstBreak: null });
    const org = must(ctx, 'createOrganisation', { name: 'Processor BV', country: 'NL' });
    const next = must(ctx, 'verifyHistory', {});
    expect(next.entries).toBe(first.entries + 1);
    expect(next.headHash).toBe(must(ctx, 'listHistory', { entityId: org.id })[0]!.hash);
  });

  it('a change that fails leaves neither an entry nor a moved head', () => {
    const ctx = tempRegister({ sample: true });
    const before = must(ctx, 'verifyHistory', {});
    const [org] = must(ctx, 'listOrganisations', {});
    const out = must(ctx, 'updateOrganisation', {
      id: org!.id,
      version: org!.version,
      fields: { ...org!, notes: 'x' },
    });
    expect(out.version).toBe(org!.version + 1);
    const head = ctx.register.sqlite
      .prepare('SELECT value FROM register_meta WHERE key = ?')
      .pluck()
      .get('history_head');
    expect(() =>
      must(ctx, 'updateOrganisation', { id: org!.id, version: org!.version, fields: { ...org!, notes: 'y' } }),
    ).toThrow(/changed by someone else/);
    expect(
      ctx.register.sqlite.prepare('SELECT value FROM register_meta WHERE key = ?').pluck().get('history_head'),
    ).toBe(head);
    expect(must(ctx, 'verifyHistory', {}).entries).toBe(before.entries + 1);
  });
});
