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
