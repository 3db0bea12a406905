// Fills a register with the sample from seed 001 through the dispatcher, like a user would, so the
// sample is validated by the same rules and leaves the same history. One transaction: a sample
// that fails half-way leaves nothing behind.
import type { ActivityDraft, RetentionInput } from '../api/schemas';
import type { CoreContext } from '../context';
import { must } from '../dispatcher';
import { writeRegisterLanguages } from '../languages';
import { ACTIVITIES_NL, ORGANISATION_NL, RECIPIENT_NAMES_NL, SECURITY_DESCRIPTION_NL } from './belgian-mobile-id-nl';
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

function retentionOf(
  r: SampleRetention,
  term: Lookup,
  nl: { criterion?: string; trigger?: string } = {},
): RetentionInput {
  return {
    durationValue: r.duration?.[0] ?? null,
    durationUnit: r.duration?.[1] ?? null,
    criterion: r.criterion ?? '',
    trigger: r.trigger ?? '',
    dataSubjectId: r.subject ? term(`data_subject:${r.subject}`) : null,
    dataCategoryId: r.category ? term(`data_category:${r.category}`) : null,
    translations: Object.keys(nl).length ? { nl } : {},
  };
}

function activityDraft(
  a: SampleActivity,
  organisationId: string,
  term: Lookup,
  recipientIds: Record<RecipientKey, string>,
): ActivityDraft {
  const nl = ACTIVITIES_NL[a.reference];
  // The sample is written in English with the statement's own Dutch beside it, so the register has both.
  if (!nl) throw new Error(`The sample activity ${a.reference} has no Dutch text.`);
  return {
    organisationId,
    reference: a.reference,
    name: a.name,
    description: a.description,
    purposes: a.purposes.map((p, i) => ({
      text: p.text,
      legalBases: p.bases,
      legitimateInterest: p.interest ?? '',
      translations: {
        nl: {
          text: nl.purposes[i]!.text,
          ...(nl.purposes[i]!.interest ? { legitimateInterest: nl.purposes[i]!.interest } : {}),
        },
      },
    })),
    role: 'controller',
    department: a.department,
    status: a.status,
    sources: a.sources,
    dataSubjectIds: a.subjects.map((c) => term(`data_subject:${c}`)),
    dataCategoryIds: a.categories.map((c) => term(`data_category:${c}`)),
    securityMeasureIds: SECURITY_MEASURES.map((c) => term(`security_measure:${c}`)),
    securityDescription: SECURITY_DESCRIPTION,
    recipientIds: a.recipients.map((k) => recipientIds[k]),
    retention: a.retention.map((r, i) => retentionOf(r, term, nl.retention[i])),
    notes: a.notes ?? '',
    audiences: a.audiences,
    translations: {
      nl: {
        name: nl.name,
        description: nl.description,
        sources: nl.sources,
        securityDescription: SECURITY_DESCRIPTION_NL,
      },
    },
  };
}

export function fillSample(ctx: CoreContext): void {
  ctx.register.sqlite.transaction(() => {
    writeRegisterLanguages(ctx, { primary: 'en', further: ['nl'] });
    const organisation = must(ctx, 'createOrganisation', { ...ORGANISATION, translations: { nl: ORGANISATION_NL } });
    for (const t of EXTRA_TERMS) must(ctx, 'createTerm', t);
    const recipientIds = Object.fromEntries(
      (Object.keys(RECIPIENTS) as RecipientKey[]).map((key) => {
        const r = RECIPIENTS[key];
        // The notes are the statement's own Dutch words.
        const translations = { nl: { name: RECIPIENT_NAMES_NL[key]!, ...(r.notes ? { notes: r.notes } : {}) } };
        return [key, must(ctx, 'createRecipient', { ...r, translations }).id];
      }),
    ) as Record<RecipientKey, string>;
    const term = termLookup(ctx);
    for (const a of ACTIVITIES) must(ctx, 'createActivity', activityDraft(a, organisation.id, term, recipientIds));
  })();
}
