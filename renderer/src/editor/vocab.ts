// What the editor's pickers choose from: organisations, vocabulary terms and recipients, loaded
// together with the activity.
import type { Organisation, Outcome, Recipient, Term } from '../../../core/api/contract';
import type { Language, TermKind } from '../../../core/api/schemas';
import { ropa, settle } from '../api';

export interface Vocab {
  organisations: Organisation[];
  terms: Term[];
  recipients: Recipient[];
}

export async function loadVocab(): Promise<Outcome<Vocab>> {
  const [organisations, terms, recipients] = await Promise.all([
    settle(ropa().listOrganisations()),
    settle(ropa().listTerms()),
    settle(ropa().listRecipients()),
  ]);
  if (!organisations.ok) return organisations;
  if (!terms.ok) return terms;
  if (!recipients.ok) return recipients;
  return { ok: true, value: { organisations: organisations.value, terms: terms.value, recipients: recipients.value } };
}

const LABEL_KEY = { en: 'labelEn', nl: 'labelNl', fr: 'labelFr', de: 'labelDe' } as const;
/** A term in the UI language, falling back to English where a translation is missing. */
export const termLabel = (term: Term, lang: Language): string => term[LABEL_KEY[lang]] || term.labelEn;

export const termsOf = (vocab: Vocab, kind: TermKind): Term[] => vocab.terms.filter((t) => t.kind === kind);

/** Everything `a` or `b` holds, `b`'s version of an item first (a newer vocabulary keeps its names). */
export function unionOf(a: Vocab, b: Vocab): Vocab {
  if (a === b) return a;
  const merge = <T extends { id: string }>(older: T[], newer: T[]): T[] => {
    const ids = new Set(newer.map((x) => x.id));
    return [...newer, ...older.filter((x) => !ids.has(x.id))];
  };
  return {
    organisations: merge(a.organisations, b.organisations),
    terms: merge(a.terms, b.terms),
    recipients: merge(a.recipients, b.recipients),
  };
}
