// The tamperings an auditor would try with the real sqlite3 shell on a copy of a register, each
// caught by the real `ropa verify`: the data is compared with the history replayed, the stored list
// lines with the tables, and the history's length with its head and SQLite's own counter.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryVerification } from './api/contract';
import { must } from './dispatcher';
import { entryHash, GENESIS_HASH } from './history';
import { historyEntry, tempDir, tempRegister } from './test-helpers';

const ROPA = path.resolve(import.meta.dirname, '..', 'bin', 'ropa.mjs');

function ropa(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [ROPA, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const sqlite3 = (file: string, sql: string): string =>
  execFileSync('/usr/bin/sqlite3', [file, sql], { encoding: 'utf8' }).trim();

/** The sample register, closed, with one more change (the organisation's notes) as its newest entry. */
let original: string | null = null;
function copyOfSample(): string {
  if (!original || !fs.existsSync(original)) {
    const ctx = tempRegister({ sample: true, author: 'alice' });
    const [org] = must(ctx, 'listOrganisations', {});
    must(ctx, 'updateOrganisation', { id: org!.id, version: org!.version, fields: { ...org!, notes: 'Reviewed' } });
    ctx.register.close();
    original = path.join(tempDir(), 'original.sqlite');
    fs.copyFileSync(ctx.register.path, original);
  }
  const copy = path.join(tempDir(), 'copy.sqlite');
  fs.copyFileSync(original, copy);
  return copy;
}

// Each case runs the real command a few times; on a busy machine that takes a while.
describe('ropa verify compares the data with the history', { timeout: 180_000 }, () => {
  it('passes the untouched copy', () => {
    const r = ropa('verify', copyOfSample());
    expect(r.out).toContain('Data: as the history says');
    expect(r.code).toBe(0);
  });

  it('passes a register made before the history recorded the default vocabulary, and still catches a recorded term changed', () => {
    // The schema-4 fixture was written by an earlier build: its 77 built-in terms have no history entry.
    const file = path.join(tempDir(), 'legacy.sqlite');
    fs.copyFileSync(path.resolve(import.meta.dirname, '..', 'db', 'fixtures', 'schema4-sample.sqlite'), file);
    // An older schema's data is compared once upgraded; the upgrade's own entries keep the history true.
    expect(ropa('upgrade', file).code).toBe(0);
    const before = ropa('verify', file);
    expect(before.out).toContain('Data: as the history says');
    expect(before.code).toBe(0);
    // A term the history did record (created by a user in the fixture) is still compared.
    const [id] = sqlite3(file, 'SELECT id FROM terms WHERE built_in = 0 ORDER BY id LIMIT 1').split('|');
    expect(id).toBeTruthy();
    sqlite3(file, `UPDATE terms SET label_en = 'Changed behind the app' WHERE id = '${id}'`);
    const after = ropa('verify', file);
    expect(after.code).toBe(1);
    expect(after.out).toContain('Changed behind the app');
  });

  it('catches an activity renamed with sqlite3: one line naming it, the field, stored and expected', () => {
    const file = copyOfSample();
    const [id, name] = sqlite3(file, 'SELECT id, name FROM activities ORDER BY id LIMIT 1').split('|');
    sqlite3(file, `UPDATE activities SET name = 'Renamed behind the app' WHERE id = '${id}'`);
    const r = ropa('verify', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Data: 1 difference from what the history says');
    expect(r.out).toContain(
      `activity "Renamed behind the app": name: stored "Renamed behind the app", history says ${JSON.stringify(name)}`,
    );
    // The stored list line still says the old name: that is caught too.
    expect(r.out).toMatch(/List lines: 1 not what the tables say/);
    expect(r.out).toContain('FAILED verification');
  });

  it('catches the organisation’s DPO e-mail changed', () => {
    const file = copyOfSample();
    const [name, email] = sqlite3(file, 'SELECT name, dpo_email FROM organisations LIMIT 1').split('|');
    sqlite3(file, "UPDATE organisations SET dpo_email = 'dpo@elsewhere.example'");
    const r = ropa('verify', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `organisation ${JSON.stringify(name)}: dpoEmail: stored "dpo@elsewhere.example", history says ${JSON.stringify(email)}`,
    );
  });

  it('catches a recipient link deleted', () => {
    const file = copyOfSample();
    const [activityId, recipientId] = sqlite3(
      file,
      `SELECT a.id, r.id FROM activity_recipients l JOIN activities a ON a.ref = l.activity_ref
       JOIN recipients r ON r.ref = l.recipient_ref ORDER BY a.id, l.position LIMIT 1`,
    ).split('|');
    const name = sqlite3(file, `SELECT name FROM activities WHERE id = '${activityId}'`);
    sqlite3(
      file,
      `DELETE FROM activity_recipients WHERE activity_ref = (SELECT ref FROM activities WHERE id = '${activityId}')
       AND recipient_ref = (SELECT ref FROM recipients WHERE id = '${recipientId}')`,
    );
    const r = ropa('verify', file);
    expect(r.code).toBe(1);
    const line = r.out.split('\n').find((l) => l.includes(`activity ${JSON.stringify(name)}: recipientIds:`));
    expect(line).toBeDefined();
    expect(line).toMatch(/stored \[.*\], history says \[.*\]/);
    expect(line!.split('history says')[1]).toContain(recipientId);
    expect(line!.split('history says')[0]).not.toContain(recipientId);
  });

  it('catches a whole activity row deleted', () => {
    const file = copyOfSample();
    const [id, name] = sqlite3(file, 'SELECT id, name FROM activities ORDER BY id LIMIT 1').split('|');
    sqlite3(file, `PRAGMA foreign_keys = ON; DELETE FROM activities WHERE id = '${id}'`);
    const r = ropa('verify', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`activity ${JSON.stringify(name)}: not stored, but the history says it exists`);
  });

  it('catches the newest entry deleted with history_head pointed at the one before', () => {
    const file = copyOfSample();
    const last = Number(sqlite3(file, 'SELECT max(seq) FROM history'));
    const prev = sqlite3(file, `SELECT hash FROM history WHERE seq = ${last - 1}`);
    sqlite3(
      file,
      `DELETE FROM history WHERE seq = ${last}; UPDATE register_meta SET value = '{"seq":${last - 1},"hash":"${prev}"}' WHERE key = 'history_head'`,
    );
    const r = ropa('verify', file);
    expect(r.code).toBe(1);
    // The chain itself is a valid shorter chain; its length and the data give it away.
    expect(r.out).toContain(`History: ${last - 1} entries, chain intact`);
    expect(r.out).toContain(
      `SQLite numbered ${last} history entries but the history ends at entry ${last - 1}: the newest entries were deleted`,
    );
    expect(r.out).toMatch(/organisation ".+": notes: stored "Reviewed", history says "(?!Reviewed)/);
  });

  it('blames a changed prev_hash on the entry that holds it, not the one before', () => {
    const file = copyOfSample();
    sqlite3(file, `UPDATE history SET prev_hash = '${GENESIS_HASH}' WHERE seq = 40`);
    const r = ropa('verify', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /History: BROKEN at history entry 40 \(.+\): its link to the entry before it \(prev_hash\) was changed/,
    );

    // Even when the hash of entry 40 is recomputed over the new link, the next entry gives it away.
    const forged = path.join(tempDir(), 'forged.sqlite');
    fs.copyFileSync(copyOfSample(), forged);
    const e = historyEntry(forged, 40);
    const hash = entryHash(GENESIS_HASH, { ...e, entityId: e.entity_id });
    sqlite3(forged, `UPDATE history SET prev_hash = '${GENESIS_HASH}', hash = '${hash}' WHERE seq = 40`);
    const f = ropa('verify', forged);
    expect(f.code).toBe(1);
    expect(f.out).toMatch(/History: BROKEN at history entry 40 \(.+\): its link to the entry before it was rewritten/);
  });

  it('still compares the data when the chain is broken: both are reported', () => {
    // Chain and replay walk the history in one pass; the replay must go on past the chain's break.
    const file = copyOfSample();
    const [id] = sqlite3(file, 'SELECT id FROM activities ORDER BY id LIMIT 1').split('|');
    sqlite3(file, `UPDATE activities SET name = 'Renamed behind the app' WHERE id = '${id}'`);
    sqlite3(file, "UPDATE history SET author = 'mallory' WHERE seq = 7");
    const r = ropa('verify', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/History: BROKEN at history entry 7 \(.+\): its content was changed/);
    expect(r.out).toContain('Data: 1 difference from what the history says');
    expect(r.out).toContain('activity "Renamed behind the app": name: stored "Renamed behind the app"');
  });

  it('judges a rewritten link of the newest entry by the chain head', () => {
    const file = copyOfSample();
    const last = Number(sqlite3(file, 'SELECT max(seq) FROM history'));
    const e = historyEntry(file, last);
    const hash = entryHash(GENESIS_HASH, { ...e, entityId: e.entity_id });
    sqlite3(file, `UPDATE history SET prev_hash = '${GENESIS_HASH}', hash = '${hash}' WHERE seq = ${last}`);
    // The head still quotes the entry's old hash: the newest entry's own link was rewritten.
    const r = ropa('verify', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `History: BROKEN at history entry ${last} (${e.at} by ${e.author}): its link to the entry before it was rewritten`,
    );
  });

  it('lists at most 20 differences, then a count; --json gives the same', () => {
    const file = copyOfSample();
    sqlite3(file, "UPDATE terms SET description = 'x'");
    const terms = Number(sqlite3(file, 'SELECT count(*) FROM terms'));
    const r = ropa('verify', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Data: ${terms} differences from what the history says`);
    expect(r.out.split('\n').filter((l) => l.startsWith('  term ')).length).toBe(20);
    expect(r.out).toContain(`… and ${terms - 20} more differences (${terms} in all)`);
    const j = ropa('verify', file, '--json');
    expect(j.code).toBe(1);
    const v = JSON.parse(j.out) as HistoryVerification;
    expect(v.ok).toBe(false);
    expect(v.differenceCount).toBe(terms);
    expect(v.differences).toHaveLength(20);
    expect(v.differences[0]).toMatchObject({ entity: 'term', field: 'description', stored: '"x"', expected: '""' });
  });
});

describe('ropa verify --anchor', { timeout: 300_000 }, () => {
  it('passes an anchor still in the chain and fails it after the history was cut and re-chained', () => {
    const file = copyOfSample();
    const seq = Number(sqlite3(file, 'SELECT max(seq) FROM history')) - 5;
    const hash = sqlite3(file, `SELECT hash FROM history WHERE seq = ${seq}`);
    expect(ropa('verify', file, '--anchor', `${seq}:${hash}`).code).toBe(0);
    const ok = ropa('verify', file, '--anchor', hash);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`Anchor ${hash}: ok: entry ${seq} is in the chain unchanged, with 5 later entries`);
    expect(ropa('verify', file, '--anchor', `${seq + 1}:${hash}`).code).toBe(1);

    // Someone who knows the algorithm cuts the history back to before the anchor and re-chains a
    // forged entry in its place, recomputing the head: the chain and the data then agree again…
    const e = historyEntry(file, seq);
    const forgedHash = entryHash(e.prev_hash, { ...e, author: 'mallory', entityId: e.entity_id });
    const cut = path.join(tempDir(), 'cut.sqlite');
    fs.copyFileSync(file, cut);
    sqlite3(
      cut,
      `DELETE FROM history WHERE seq > ${seq}; UPDATE history SET author = 'mallory', hash = '${forgedHash}' WHERE seq = ${seq};
       UPDATE register_meta SET value = '{"seq":${seq},"hash":"${forgedHash}"}' WHERE key = 'history_head';
       UPDATE sqlite_sequence SET seq = ${seq} WHERE name = 'history'`,
    );
    // …apart from the data, which still holds the later changes: the anchor check stands on its own.
    const r = ropa('verify', cut, '--anchor', `${seq}:${hash}`);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `Anchor ${seq}:${hash}: FAILED: history entry ${seq} no longer has this hash: the history was rewritten or cut at or before it`,
    );
    // An anchor taken after the cut passes the anchor check.
    const after = ropa('verify', cut, '--anchor', `${seq}:${forgedHash}`, '--json');
    expect((JSON.parse(after.out) as HistoryVerification).anchor).toMatchObject({ ok: true });
  });

  it('refuses an anchor that is not a head with one line', () => {
    const r = ropa('verify', copyOfSample(), '--anchor', 'yesterday');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^error: --anchor must be HASH or SEQ:HASH/)]);
  });
});

describe('accepting the current data as a new starting point', () => {
  it('writes every difference to the history, after which the register verifies again', () => {
    const ctx = tempRegister({ sample: true, author: 'alice' });
    const { sqlite } = ctx.register;
    const [id, name] = (sqlite.prepare('SELECT id, name FROM activities ORDER BY id LIMIT 1').raw().get() as string[])!;
    sqlite.prepare('UPDATE activities SET name = ? WHERE id = ?').run('Renamed behind the app', id);
    sqlite.exec('DELETE FROM activity_list');
    const before = must(ctx, 'verifyHistory', {});
    expect(before.ok).toBe(false);
    expect(before.differences).toEqual([
      expect.objectContaining({ entity: 'activity', field: 'name', expected: JSON.stringify(name) }),
    ]);
    expect(must(ctx, 'acceptCurrentData', {})).toEqual({ differences: 1 });
    const [fix, note] = must(ctx, 'listHistory', { limit: 2 });
    expect(note).toMatchObject({ entity: 'register', author: 'alice' });
    expect(note!.changes.acceptedAsStartingPoint!.after).toEqual([
      `activity "Renamed behind the app": name: stored "Renamed behind the app", history says ${JSON.stringify(name)}`,
    ]);
    expect(fix).toMatchObject({ entity: 'activity', entityId: id, action: 'update' });
    expect(must(ctx, 'verifyHistory', {})).toMatchObject({ ok: true, differenceCount: 0 });
    expect(must(ctx, 'acceptCurrentData', {})).toEqual({ differences: 0 });
  });

  it('verifyHistory checks an anchor', () => {
    const ctx = tempRegister({ sample: true });
    const v = must(ctx, 'verifyHistory', {});
    expect(must(ctx, 'verifyHistory', { anchor: `${v.headSeq}:${v.headHash}` }).anchor).toMatchObject({ ok: true });
    expect(must(ctx, 'verifyHistory', { anchor: 'f'.repeat(64) })).toMatchObject({ ok: false, anchor: { ok: false } });
  });
});
