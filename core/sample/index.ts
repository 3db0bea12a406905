// Fills a register with the sample from seed 001 through the dispatcher, like a user would, so the
// sample is validated by the same rules and leaves the same history. One transaction: a sample
// that fails half-way leaves nothing behind.
import type { ActivityDraft, RetentionInput } from '../api/schemas';
import type { CoreContext } from '../context';
import { must } from '../dispatcher';
import {
  ACTIVITIES,
  EXTRA_TERMS,
  ORGANISATION,
  RECIPIENTS,
  SECURITY_DESCRIPTION,
  SECURITY_MEASURES,
  type RecipientKey,
  type SampleActivity,
  type SampleRetention,
} from './belgian-mobile-id';

type Lookup = (code: string) => string;

function termLookup(ctx: CoreContext): Lookup {
  const ids = new Map(must(ctx, 'listTerms', {}).map((t) => [`${t.kind}:${t.code}`, t.id]));
  return (key) => {
    const id = ids.get(key);
    // The sample names terms by code; a missing one is a bug in the sample, not user input.
    if (!id) throw new Error(`The sample register refers to the unknown term ${key}.`);
    return id;
  };
}

function retentionOf(r: SampleRetention, term: Lookup): RetentionInput {
  return {
    durationValue: r.duration?.[0] ?? null,
    durationUnit: r.duration?.[1] ?? null,
    criterion: r.criterion ?? '',
    trigger: r.trigger ?? '',
    dataSubjectId: r.subject ? term(`data_subject:${r.subject}`) : null,
    dataCategoryId: r.category ? term(`data_category:${r.category}`) : null,
  };
}

function activityDraft(
  a: SampleActivity,
  organisationId: string,
  term: Lookup,
  recipientIds: Record<RecipientKey, string>,
): ActivityDraft {
  return {
    organisationId,
    reference: a.reference,
    name: a.name,
    description: a.description,
    purposes: a.purposes,
    role: 'controller',
    department: a.department,
    status: a.status,
    legalBases: a.legalBases,
    legitimateInterest: a.legitimateInterest ?? '',
    sources: a.sources,
    dataSubjectIds: a.subjects.map((c) => term(`data_subject:${c}`)),
    dataCategoryIds: a.categories.map((c) => term(`data_category:${c}`)),
    securityMeasureIds: SECURITY_MEASURES.map((c) => term(`security_measure:${c}`)),
    securityDescription: SECURITY_DESCRIPTION,
    recipientIds: a.recipients.map((k) => recipientIds[k]),
    retention: a.retention.map((r) => retentionOf(r, term)),
    notes: a.notes ?? '',
  };
}

export function fillSample(ctx: CoreContext): void {
  ctx.register.sqlite.transaction(() => {
    const organisation = must(ctx, 'createOrganisation', ORGANISATION);
    for (const t of EXTRA_TERMS) must(ctx, 'createTerm', t);
    const recipientIds = Object.fromEntries(
      (Object.keys(RECIPIENTS) as RecipientKey[]).map((key) => [key, must(ctx, 'createRecipient', RECIPIENTS[key]).id]),
    ) as Record<RecipientKey, string>;
    const term = termLookup(ctx);
    for (const a of ACTIVITIES) must(ctx, 'createActivity', activityDraft(a, organisation.id, term, recipientIds));
  })();
}
