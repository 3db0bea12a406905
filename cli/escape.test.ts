// Register text printed by the real `ropa` command: control characters and text-direction overrides
// a register holds (from before the input rules, or another program) show as visible escapes, never
// reach the terminal raw, and `ropa check` lists each such stored field as a warning.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { must } from '../core/dispatcher';
import { newRegister, openSession } from '../core/register';
import { closeAfterTest, tempDir } from '../core/test-helpers';
import { ropa } from './test-helpers';

const BELL = 'Bell\u0007 clear\u001b[2J';
const BIDI = 'Invoice\u202eFDP.exe';
/** What must never reach a terminal raw: C0 controls but LF, DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A register holding hostile text, written straight into the file as an older version or another program could. */
function hostileRegister(): string {
  const file = path.join(tempDir(), 'shared.sqlite');
  const ctx = newRegister(file, { author: 'setup' });
  const org = must(ctx, 'createOrganisation', { name: 'Itsme NV', email: 'office@itsme.example' });
  const recipient = must(ctx, 'createRecipient', { name: 'Cloud BV', kind: 'processor' });
  const activity = must(ctx, 'createActivity', { organisationId: org.id, name: 'Payroll', notes: 'fine' });
  const db = ctx.register.sqlite;
  db.prepare('UPDATE activities SET name = ?, notes = ? WHERE id = ?').run(BELL, 'x\u0000y', activity.id);
  db.prepare('UPDATE organisations SET name = ?, email = ? WHERE id = ?').run(BIDI, 'not an email', org.id);
  db.prepare('UPDATE recipients SET dpa_link = ? WHERE id = ?').run('javascript:alert(1)', recipient.id);
  db.prepare('DELETE FROM activity_list').run();
  ctx.register.close();
  return file;
}

describe('register text in CLI output', () => {
  it('ropa check shows control characters escaped and lists each stored field the rules refuse', () => {
    const file = hostileRegister();
    const r = ropa(['check', file]);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('Bell\\u0007 clear\\u001b[2J');
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('  warning  ') && /: must|: contains/.test(l));
    expect(warnings).toEqual([
      '  warning  organisation "Invoice\\u202eFDP.exe"  name: must not contain text-direction override characters',
      '  warning  organisation "Invoice\\u202eFDP.exe"  email: must be an e-mail address, e.g. dpo@example.org',
      '  warning  recipient "Cloud BV"  dpaLink: must be an https://, http:// or mailto: link, or a document reference',
      '  warning  activity "Bell\\u0007 clear\\u001b[2J"  name: must not contain control characters',
      '  warning  activity "Bell\\u0007 clear\\u001b[2J"  notes: must not contain control characters',
    ]);
    expect(r.stdout).toMatch(/1 activities checked: \d+ errors, \d+ warnings\./);
  });

  it('ropa check --json stays valid JSON holding the text as stored, with nothing raw on the terminal', () => {
    const file = hostileRegister();
    const r = ropa(['check', file, '--json']);
    expect(r.stdout).not.toMatch(RAW);
    const parsed = JSON.parse(r.stdout) as {
      findings: { activityName: string }[];
      textIssues: { entity: string; name: string; field: string }[];
      warnings: number;
    };
    // Findings name the organisation's too (Art. 30(1)(a)); the activity's keep its name as stored.
    expect(parsed.findings.map((f) => f.activityName)).toContain(BELL);
    expect(parsed.textIssues.map((t) => `${t.entity} ${t.name} ${t.field}`)).toEqual([
      `organisation ${BIDI} name`,
      `organisation ${BIDI} email`,
      'recipient Cloud BV dpaLink',
      `activity ${BELL} name`,
      `activity ${BELL} notes`,
    ]);
    expect(parsed.warnings).toBeGreaterThanOrEqual(5);
  });

  it('the register still opens and reads: the rules apply to input, not to reading', () => {
    const file = hostileRegister();
    const ctx = openSession(file, 'reader', { readOnly: true });
    closeAfterTest(() => ctx.register.close());
    const [summary] = must(ctx, 'listActivities', {});
    expect(summary?.name).toBe(BELL);
    expect(must(ctx, 'getActivity', { id: summary!.id }).notes).toBe('x\u0000y');
    expect(must(ctx, 'listOrganisations', {})[0]?.email).toBe('not an email');
  });
});
