// Registers the report tests export: the sample plus a processor activity, and a register full of
// hostile text. Built through the dispatcher, so they obey the same rules as a user's register.
// (Large generated registers come from bench/generate.ts.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Activity } from '../api/contract';
import type { CoreContext } from '../context';
import { must } from '../dispatcher';
import { newRegister } from '../register';
import { fillSample } from '../sample/index';
import type { ActivityDraft, TermKind } from '../api/schemas';

const firstTerm = (ctx: CoreContext, kind: TermKind): string => must(ctx, 'listTerms', { kind })[0]!.id;

/** A client controller and a processor activity on its behalf, so the Art. 30(2) register appears. */
export function addProcessorActivity(ctx: CoreContext): Activity {
  const own = must(ctx, 'listOrganisations', {}).find((o) => o.kind === 'own')!;
  const client = must(ctx, 'createOrganisation', {
    kind: 'client',
    name: 'Client Bank NV',
    country: 'BE',
    dpoName: 'Anne Client',
    dpoEmail: 'dpo@clientbank.example',
  });
  const cloud = must(ctx, 'createRecipient', {
    name: 'Cloud Hosting Inc.',
    kind: 'sub_processor',
    country: 'US',
    transferMechanism: 'standard_contractual_clauses',
  });
  return must(ctx, 'createActivity', {
    organisationId: own.id,
    reference: '9.1',
    // The sample is Dutch-primary: Dutch in the fields, English as their translation.
    name: 'Identiteitsverificatie voor klantbanken',
    translations: { en: { name: 'Identity verification for client banks' } },
    role: 'processor',
    controllerIds: [client.id],
    status: 'active',
    purposes: [
      {
        text: 'De identiteit van de klanten van de bank in haar naam verifiëren',
        legalBases: ['contract'],
        translations: { en: { text: 'Verify the identity of the bank’s customers on its behalf' } },
      },
    ],
    dataSubjectIds: [firstTerm(ctx, 'data_subject')],
    dataCategoryIds: [firstTerm(ctx, 'data_category')],
    securityMeasureIds: [firstTerm(ctx, 'security_measure')],
    recipientIds: [cloud.id],
    transfers: [
      {
        country: 'US',
        recipientId: cloud.id,
        safeguard: 'standard_contractual_clauses',
        safeguardDetails: 'EU SCC 2021, module 3',
      },
    ],
    retention: [{ durationValue: 30, durationUnit: 'days', trigger: 'after the verification' }],
    dpia: 'done',
  });
}

/** The sample register (seed 001) with a processor activity added. */
export function sampleRegister(dir: string, file = 'sample.ropa'): CoreContext {
  const ctx = newRegister(path.join(dir, file), { author: 'Report Test', name: 'itsme® register' });
  fillSample(ctx);
  addProcessorActivity(ctx);
  return ctx;
}

/**
 * Text fields cycle through these: formula starts (also after a line break, and after a delimiter
 * for a reader that splits on another one), markup, quotes, delimiters, line breaks. INLINE ones
 * fit any field; the others only long text, which keeps TAB and line breaks.
 */
export const INLINE_PAYLOADS = [
  '=1+1',
  '+cmd|/C calc',
  '-2',
  '@SUM(A1)',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  'x;=9+9;y',
  'a,=8+8,b',
  "=cmd|' /C calc'!A0",
  'say "hi", then;=7+7',
];
export const PAYLOADS = [
  ...INLINE_PAYLOADS,
  '\t=x',
  'say "hi", then;\nnew line',
  'first line\n=1234+1',
  'x\t=5+5\ty',
  '\n@4+4',
];

/**
 * Text a register may already hold from before the input rules (or from another program), written
 * straight into the file: line breaks and controls in names, formulas in e-mail and link fields.
 */
export const STORED_PAYLOADS = {
  activityName: 'Bell\u0007 clear\u001b[2J\r=2+2',
  reference: '\t-3+3',
  recipientName: 'line\r\n=6+6',
  email: '=1+1',
  website: 'javascript:alert(1)',
  dpaLink: 'javascript:alert(1)',
  dpiaLink: 'data:text/html,<script>alert(1)</script>',
};

/** Every free-text field of every entity holds a payload, and some hold text the rules refuse today. */
export function payloadRegister(dir: string): CoreContext {
  const ctx = newRegister(path.join(dir, 'payload.ropa'), { author: 'Payload Test' });
  let i = 0;
  let j = 0;
  const p = () => PAYLOADS[i++ % PAYLOADS.length]!;
  const q = () => INLINE_PAYLOADS[j++ % INLINE_PAYLOADS.length]!;
  const org = must(ctx, 'createOrganisation', {
    name: q(),
    address: p(),
    email: 'office@payload.example',
    dpoName: q(),
    dpoEmail: 'dpo@payload.example',
    representativeName: q(),
    notes: p(),
  });
  const term = (kind: TermKind, code: string) =>
    must(ctx, 'createTerm', { kind, code, labelEn: q(), labelNl: q(), labelFr: q(), labelDe: q() }).id;
  const recipient = must(ctx, 'createRecipient', {
    name: q(),
    kind: 'processor',
    contact: p(),
    dpaLink: 'https://payload.example/dpa.pdf',
    notes: p(),
  });
  const draft = (): ActivityDraft => ({
    organisationId: org.id,
    reference: q().slice(0, 40),
    name: q(),
    description: p(),
    purposes: [
      { text: q(), legalBases: ['legitimate_interests'], legitimateInterest: p() },
      { text: q(), legalBases: ['legitimate_interests'], legitimateInterest: p() },
    ],
    department: q(),
    owner: q(),
    status: 'active',
    art10Basis: p(),
    sources: [q()],
    dataSubjectIds: [term('data_subject', `s${i}-${j}`)],
    dataCategoryIds: [term('data_category', `c${i}-${j}`)],
    securityMeasureIds: [term('security_measure', `m${i}-${j}`)],
    recipientIds: [recipient.id],
    transfers: [{ country: 'US', recipientId: recipient.id, safeguard: 'other', safeguardDetails: p() }],
    retention: [{ criterion: p(), trigger: q() }],
    securityDescription: p(),
    dpiaLink: 'DPIA-2024-07',
    automatedDecision: true,
    automatedDecisionDetails: p(),
    notes: p(),
  });
  const made = [];
  for (let n = 0; n < PAYLOADS.length; n++) made.push(must(ctx, 'createActivity', draft()));
  const db = ctx.register.sqlite;
  const s = STORED_PAYLOADS;
  db.prepare('UPDATE activities SET name = ?, reference = ?, dpia_link = ? WHERE id = ?').run(
    s.activityName,
    s.reference,
    s.dpiaLink,
    made[0]!.id,
  );
  db.prepare('UPDATE organisations SET email = ?, dpo_email = ?, website = ? WHERE id = ?').run(
    s.email,
    s.email,
    s.website,
    org.id,
  );
  db.prepare('UPDATE recipients SET name = ?, dpa_link = ? WHERE id = ?').run(s.recipientName, s.dpaLink, recipient.id);
  // Stored list lines are rebuilt from the rows at the next list, as after an edit outside the app.
  db.prepare('DELETE FROM activity_list').run();
  return ctx;
}
/** For one test file: a temporary folder holding the sample register, removed after the file's tests. */
export function sampleRegisterPerFile(prefix: string): { readonly dir: string; readonly ctx: CoreContext } {
  const state = {} as { dir: string; ctx: CoreContext };
  beforeAll(() => {
    state.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    state.ctx = sampleRegister(state.dir);
  });
  afterAll(() => {
    state.ctx.register.close();
    fs.rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}
