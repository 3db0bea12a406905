// The text rules of core/api/schemas.ts (shared by the core and the app's forms), through the
// contract as every transport calls it: each hostile input is refused on its field, nothing saved.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Organisation, Outcome } from './api/contract';
import type { CoreContext } from './context';
import { call, must } from './dispatcher';
import { tempRegister } from './test-helpers';

function refusal(out: Outcome<unknown>): string {
  if (out.ok) return 'saved';
  return out.error.kind === 'validation'
    ? out.error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
    : out.error.message;
}

describe('text rules on input', () => {
  let ctx: CoreContext;
  let org: Organisation;
  beforeEach(() => {
    ctx = tempRegister();
    org = must(ctx, 'createOrganisation', { name: 'Itsme NV' });
  });
  const activity = (fields: Record<string, unknown>) =>
    refusal(call(ctx, 'createActivity', { organisationId: org.id, name: 'Payroll', ...fields }));
  const organisation = (fields: Record<string, unknown>) =>
    refusal(call(ctx, 'createOrganisation', { name: 'Org', ...fields }));
  const recipient = (fields: Record<string, unknown>) =>
    refusal(call(ctx, 'createRecipient', { name: 'Cloud BV', kind: 'processor', ...fields }));

  it.each([
    ['a NUL', { name: 'Pay\u0000roll' }, 'name: must not contain control characters'],
    ['ESC and BEL', { name: 'Bell\u0007 clear\u001b[2J' }, 'name: must not contain control characters'],
    ['a C1 control', { notes: 'a\u009bb' }, 'notes: must not contain control characters'],
    ['a line break in a name', { name: 'first\n=1+1' }, 'name: must be one line (no tabs or line breaks)'],
    [
      'a lone surrogate',
      { description: 'broken \ud800 text' },
      'description: contains a broken character (a lone surrogate)',
    ],
    [
      'a right-to-left override in a name',
      { name: 'Invoice\u202eFDP.exe' },
      'name: must not contain text-direction override characters',
    ],
    [
      'an isolate in a reference',
      { reference: '\u20662.1\u2069' },
      'reference: must not contain text-direction override characters',
    ],
    ['zero-width characters only', { name: '\u200b\u200b\u2060' }, 'name: must contain visible characters'],
    ['white space only', { name: ' \u3000 ' }, 'name: required'],
    [
      'javascript: as a DPIA link',
      { dpiaLink: 'javascript:alert(1)' },
      'dpiaLink: must be an https://, http:// or mailto: link, or a document reference',
    ],
    [
      'data: as a DPIA link',
      { dpiaLink: 'data:text/html,<script>alert(1)</script>' },
      'dpiaLink: must be an https://, http:// or mailto: link, or a document reference',
    ],
  ])('refuses %s', (_what, fields, message) => {
    expect(activity(fields)).toBe(message);
  });

  it('keeps TAB and line breaks in long text (CR LF becomes LF) and accepts links and document references', () => {
    expect(activity({ notes: 'line 1\r\n\tline 2', dpiaLink: 'https://intra.example/dpia/7.pdf' })).toBe('saved');
    expect(activity({ dpiaLink: 'DPIA-2024-07 (Legal folder)' })).toBe('saved');
    expect(recipient({ dpaLink: 'mailto:legal@cloud.example' })).toBe('saved');
    const [first] = must(ctx, 'listActivities', {});
    expect(must(ctx, 'getActivity', { id: first!.id }).notes).toBe('line 1\n\tline 2');
  });

  it('wants e-mail addresses in e-mail fields and http(s) addresses as websites', () => {
    expect(organisation({ email: 'not an email' })).toBe('email: must be an e-mail address, e.g. dpo@example.org');
    expect(organisation({ dpoEmail: 'dpo at itsme' })).toBe(
      'dpoEmail: must be an e-mail address, e.g. dpo@example.org',
    );
    expect(organisation({ website: 'javascript:alert(1)' })).toBe(
      'website: must be a web address starting with https:// or http://',
    );
    expect(organisation({ website: 'ftp://files.example' })).toBe(
      'website: must be a web address starting with https:// or http://',
    );
    expect(organisation({ email: ' dpo@itsme.example ', website: 'https://www.itsme-ID.com' })).toBe('saved');
    expect(recipient({ dpaLink: 'javascript:alert(1)' })).toBe(
      'dpaLink: must be an https://, http:// or mailto: link, or a document reference',
    );
  });
});
