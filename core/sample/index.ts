// Fills a register with the sample from seed 001 through the dispatcher, like a user would, so the
// sample is validated by the same rules and leaves the same history. The register is Dutch-primary,
// as the statement is; English is its further language. One transaction: a sample
// that fails half-way leaves nothing behind.
import type { ActivityDraft, RetentionInput } from '../api/schemas';
import type { CoreContext } from '../context';
import { must } from '../dispatcher';
import { writeRegisterLanguages } from '../languages';
import { addSampleCookies } from './cookies';
import { ACTIVITIES_NL, ORGANISATION_NL, RECIPIENTS_NL, SECURITY_DESCRIPTION_NL } from './belgian-mobile-id-nl';
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
  // Dutch first, as the statement words it; the English wording is its translation.
  const en = { ...(r.criterion ? { criterion: r.criterion } : {}), ...(r.trigger ? { trigger: r.trigger } : {}) };
  return {
    durationValue: r.duration?.[0] ?? null,
    durationUnit: r.duration?.[1] ?? null,
    criterion: nl.criterion ?? r.criterion ?? '',
    trigger: nl.trigger ?? r.trigger ?? '',
    dataSubjectId: r.subject ? term(`data_subject:${r.subject}`) : null,
    dataCategoryId: r.category ? term(`data_category:${r.category}`) : null,
    translations: Object.keys(en).length ? { en } : {},
  };
}

function activityDraft(
  a: SampleActivity,
  organisationId: string,
  term: Lookup,
  recipientIds: Record<RecipientKey, string>,
): ActivityDraft {
  const nl = ACTIVITIES_NL[a.reference];
  // The register is Dutch, in the statement's own words, with the English beside it as its translation.
  if (!nl) throw new Error(`The sample activity ${a.reference} has no Dutch text.`);
  return {
    organisationId,
    reference: a.reference,
    name: nl.name,
    description: nl.description,
    purposes: a.purposes.map((p, i) => {
      const dutch = nl.purposes[i]!;
      return {
        text: dutch.text,
        legalBases: p.bases,
        legitimateInterest: dutch.interest ?? p.interest ?? '',
        translations: { en: { text: p.text, ...(p.interest ? { legitimateInterest: p.interest } : {}) } },
      };
    }),
    role: 'controller',
    department: a.department,
    status: a.status,
    sources: nl.sources,
    dataSubjectIds: a.subjects.map((c) => term(`data_subject:${c}`)),
    dataCategoryIds: a.categories.map((c) => term(`data_category:${c}`)),
    securityMeasureIds: SECURITY_MEASURES.map((c) => term(`security_measure:${c}`)),
    securityDescription: SECURITY_DESCRIPTION_NL,
    recipientIds: a.recipients.map((k) => recipientIds[k]),
    retention: a.retention.map((r, i) => retentionOf(r, term, nl.retention[i])),
    notes: a.notes ?? '',
    audiences: a.audiences,
    translations: {
      en: {
        name: a.name,
        description: a.description,
        sources: a.sources,
        securityDescription: SECURITY_DESCRIPTION,
      },
    },
  };
}

export function fillSample(ctx: CoreContext): void {
  ctx.register.sqlite.transaction(() => {
    writeRegisterLanguages(ctx, { primary: 'nl', further: ['en'] });
    const organisation = must(ctx, 'createOrganisation', {
      ...ORGANISATION,
      address: ORGANISATION_NL.address,
      translations: { en: { address: ORGANISATION.address ?? '' } },
    });
    for (const t of EXTRA_TERMS) must(ctx, 'createTerm', t);
    const recipientIds = Object.fromEntries(
      (Object.keys(RECIPIENTS) as RecipientKey[]).map((key) => {
        const r = RECIPIENTS[key];
        // Name and notes in the statement's own Dutch; the English name and notes are their translation.
        const translations = { en: { name: r.name, ...(r.notes ? { notes: r.notes } : {}) } };
        const dutch = RECIPIENTS_NL[key];
        return [key, must(ctx, 'createRecipient', { ...r, ...dutch, translations }).id];
      }),
    ) as Record<RecipientKey, string>;
    const term = termLookup(ctx);
    for (const a of ACTIVITIES) must(ctx, 'createActivity', activityDraft(a, organisation.id, term, recipientIds));
    addSampleCookies(ctx);
  })();
}
