// An export edited by hand no longer says what its own history says: `ropa import` refuses it with
// one line and writes nothing, unless --new-history, which imports its data under a new history
// that names the source file and its fingerprint — and that register then verifies.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneErrorLine, ropa } from '../../cli/test-helpers';
import type { HistoryEntry } from '../api/contract';
import { must } from '../dispatcher';
import { openSession } from '../register';
import { closeAfterTest, tempDir, tempRegister } from '../test-helpers';
import { canonicalJson, registerFingerprint, type RegisterDump } from './dump';
import { writeReport } from './export';

async function exported(): Promise<{ json: string; dump: RegisterDump }> {
  const ctx = tempRegister({ sample: true, author: 'alice' });
  const json = path.join(tempDir(), 'register.json');
  await writeReport(ctx, { format: 'json', path: json });
  return { json, dump: JSON.parse(fs.readFileSync(json, 'utf8')) as RegisterDump };
}

/** The export as someone edited it: one activity renamed and one copied in as a new one. */
function editByHand(dump: RegisterDump, file: string): void {
  const [first, second] = dump.activities;
  first!.name = 'Renamed by hand';
  dump.activities.push({ ...second!, id: '01900000-0000-7000-8000-000000000001', name: 'Added by hand' });
  fs.writeFileSync(file, `${canonicalJson(dump, 2)}\n`);
}

describe('ropa import checks the export against its own history', { timeout: 180_000 }, () => {
  it('imports an untouched export', async () => {
    const { json } = await exported();
    const dest = path.join(tempDir(), 'imported.sqlite');
    const r = ropa(['import', dest, json]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(ropa(['verify', dest]).code).toBe(0);
  });

  it('refuses an export edited by hand with one line, and writes nothing', async () => {
    const { json, dump } = await exported();
    editByHand(dump, json);
    const dest = path.join(tempDir(), 'imported.sqlite');
    const r = ropa(['import', dest, json]);
    expect(r.code).toBe(2);
    expectOneErrorLine(
      r.stderr,
      /^error: register\.json does not match its own history \(2 differences; first: activity .+\): it was edited after export and is not imported; --new-history imports its data with a new history\.$/,
    );
    expect(fs.readdirSync(path.dirname(dest))).toEqual([]);
  });

  it('--new-history imports the edited data under a new history naming the file and its fingerprint', async () => {
    const { json, dump } = await exported();
    editByHand(dump, json);
    const fingerprint = registerFingerprint(JSON.parse(fs.readFileSync(json, 'utf8')) as RegisterDump);
    const dest = path.join(tempDir(), 'imported.sqlite');
    const r = ropa(['import', dest, json, '--new-history', '--author', 'Auditor']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const v = ropa(['verify', dest]);
    expect(v.stdout).toContain('Data: as the history says');
    expect(v.code).toBe(0);

    const ctx = openSession(dest, 'test', { readOnly: true });
    closeAfterTest(() => ctx.register.close());
    const names = must(ctx, 'listActivities', {}).map((a) => a.name);
    expect(names).toContain('Renamed by hand');
    expect(names).toContain('Added by hand');
    const history: HistoryEntry[] = must(ctx, 'listHistory', { limit: 100_000 }).reverse();
    expect(history[0]).toMatchObject({ seq: 1, author: 'Auditor', entity: 'register', action: 'create' });
    expect(history[0]!.changes.importedFrom!.after).toBe('register.json');
    expect(history[0]!.changes.fingerprint!.after).toBe(fingerprint);
    expect(history.slice(1).every((e) => e.action === 'create')).toBe(true);
  });
});
