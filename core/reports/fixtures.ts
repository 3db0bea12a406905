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
    name: 'Identity verification for client banks',
    role: 'processor',
    controllerIds: [client.id],
    status: 'active',
    purposes: ['Verify the identity of the bank’s customers on its behalf'],
    legalBases: ['contract'],
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

/** Text fields cycle through these: formula starts, markup, quotes, delimiters, line breaks. */
export const PAYLOADS = [
  '=1+1',
  '+cmd|/C calc',
  '-2',
  '@SUM(A1)',
  '\t=x',
  '<script>alert(1)</script>',
  'say "hi", then;\nnew line',
  '=HYPERLINK("http://evil.example")',
];

/** Every free-text field of every entity holds a payload. */
export function payloadRegister(dir: string): CoreContext {
  const ctx = newRegister(path.join(dir, 'payload.ropa'), { author: 'Payload Test' });
  let i = 0;
  const p = () => PAYLOADS[i++ % PAYLOADS.length]!;
  const org = must(ctx, 'createOrganisation', {
    name: p(),
    address: p(),
    email: p(),
    dpoName: p(),
    dpoEmail: p(),
    representativeName: p(),
    notes: p(),
  });
  const term = (kind: TermKind, code: string) =>
    must(ctx, 'createTerm', { kind, code, labelEn: p(), labelNl: p(), labelFr: p(), labelDe: p() }).id;
  const recipient = must(ctx, 'createRecipient', {
    name: p(),
    kind: 'processor',
    contact: p(),
    dpaLink: p(),
    notes: p(),
  });
  const draft = (): ActivityDraft => ({
    organisationId: org.id,
    reference: p(),
    name: p(),
    description: p(),
    purposes: [p(), p()],
    department: p(),
    owner: p(),
    status: 'active',
    legalBases: ['legitimate_interests'],
    legitimateInterest: p(),
    art10Basis: p(),
    sources: [p()],
    dataSubjectIds: [term('data_subject', `s${i}`)],
    dataCategoryIds: [term('data_category', `c${i}`)],
    securityMeasureIds: [term('security_measure', `m${i}`)],
    recipientIds: [recipient.id],
    transfers: [{ country: 'US', recipientId: recipient.id, safeguard: 'other', safeguardDetails: p() }],
    retention: [{ criterion: p(), trigger: p() }],
    securityDescription: p(),
    dpiaLink: p(),
    automatedDecision: true,
    automatedDecisionDetails: p(),
    notes: p(),
  });
  for (let n = 0; n < PAYLOADS.length; n++) must(ctx, 'createActivity', draft());
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
