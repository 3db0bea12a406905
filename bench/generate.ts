// Generated registers for the benchmarks: many activities shaped like real ones (about 5 subject
// categories, 10 data categories, 4 recipients and 2 retention rules each). They are created
// through the dispatcher a hundred at a time (createActivities, as an import writes them), inside
// one transaction so generation does not pay one disk sync per batch.
import path from 'node:path';
import type { CoreContext } from '../core/context';
import { must } from '../core/dispatcher';
import { newRegister } from '../core/register';
import type { Term } from '../core/api/contract';
import type { ActivityDraft, LegalBasis } from '../core/api/schemas';

export const SHAPE = { subjects: 5, categories: 10, recipients: 4, retentionRules: 2, securityMeasures: 3 } as const;
const RECIPIENT_POOL = 60;
/** Activities per createActivities call, as an import writes them (core/import/apply.ts). */
const BATCH = 100;
const LEGAL: LegalBasis[] = ['consent', 'contract', 'legal_obligation', 'legitimate_interests'];
const DEPARTMENTS = ['HR', 'Sales', 'Marketing', 'Finance', 'IT', 'Legal', 'Support'];

/** Deterministic pseudo-random numbers, so every run measures the same register. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(pool: T[], n: number, rand: () => number): T[] {
  const start = Math.floor(rand() * pool.length);
  return Array.from({ length: n }, (_, i) => pool[(start + i * 7) % pool.length]!);
}

function draft(
  i: number,
  organisationId: string,
  vocab: Record<Term['kind'], string[]>,
  recipients: string[],
  rand: () => number,
): ActivityDraft {
  const subjects = pick(vocab.data_subject, SHAPE.subjects, rand);
  return {
    organisationId,
    reference: `P-${String(i + 1).padStart(5, '0')}`,
    name: `Processing activity ${i + 1}`,
    description: 'Generated for the benchmark.',
    purposes: [`Purpose ${i % 97}`, `Secondary purpose ${i % 13}`].map((text) => ({
      text,
      legalBases: [LEGAL[i % LEGAL.length]!],
      legitimateInterest: LEGAL[i % LEGAL.length] === 'legitimate_interests' ? 'Running the business' : '',
    })),
    department: DEPARTMENTS[i % DEPARTMENTS.length]!,
    owner: `Owner ${i % 41}`,
    status: i % 10 === 0 ? 'draft' : 'active',
    sources: ['The data subject'],
    dataSubjectIds: subjects,
    dataCategoryIds: pick(vocab.data_category, SHAPE.categories, rand),
    securityMeasureIds: pick(vocab.security_measure, SHAPE.securityMeasures, rand),
    recipientIds: pick(recipients, SHAPE.recipients, rand),
    retention: [
      {
        durationValue: 1 + (i % 10),
        durationUnit: 'years',
        trigger: 'after the end of the relationship',
        dataSubjectId: subjects[0]!,
      },
      { criterion: 'Until consent is withdrawn' },
    ],
    reviewDate: i % 3 === 0 ? null : '2027-01-31',
  };
}

function vocabulary(ctx: CoreContext): Record<Term['kind'], string[]> {
  const ids = (kind: Term['kind']) =>
    must(ctx, 'listTerms', { kind })
      .filter((t) => !t.special && !t.criminal)
      .map((t) => t.id);
  return {
    data_category: ids('data_category'),
    data_subject: ids('data_subject'),
    security_measure: ids('security_measure'),
    cookie_category: ids('cookie_category'),
  };
}

/** A new register at `dir/name` with `count` generated activities; returns it open. */
export function generateRegister(dir: string, name: string, count: number): CoreContext {
  const ctx = newRegister(path.join(dir, name), { author: 'bench' });
  ctx.register.sqlite.transaction(() => {
    const org = must(ctx, 'createOrganisation', { name: 'Benchmark Org NV', country: 'BE' });
    const recipients = Array.from(
      { length: RECIPIENT_POOL },
      (_, i) => must(ctx, 'createRecipient', { name: `Recipient ${i + 1}`, kind: 'processor' }).id,
    );
    const vocab = vocabulary(ctx);
    const rand = prng(count);
    for (let start = 0; start < count; start += BATCH) {
      const drafts = Array.from({ length: Math.min(BATCH, count - start) }, (_, j) =>
        draft(start + j, org.id, vocab, recipients, rand),
      );
      must(ctx, 'createActivities', { activities: drafts });
    }
  })();
  return ctx;
}
