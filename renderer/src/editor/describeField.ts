// An activity field's value as a privacy officer reads it: names instead of ids, labels instead of
// enum codes, retention and transfers in words. Used where two versions are compared.
import type { TFunction } from 'i18next';
import { formatRetention } from '../../../core/api/labels';
import type { ActivityFields, Language } from '../../../core/api/schemas';
import { termLabel, type Vocab } from './vocab';

export type FieldKey = keyof ActivityFields;

/** The labels.field entry each form field is shown under. */
export const FIELD_LABEL: Record<FieldKey, string> = {
  organisationId: 'organisation',
  reference: 'reference',
  name: 'name',
  description: 'description',
  purposes: 'purposes',
  role: 'role',
  controllerIds: 'controllers',
  department: 'department',
  owner: 'owner',
  status: 'status',
  endDate: 'endDate',
  art9Conditions: 'art9Condition',
  art10Basis: 'art10Basis',
  sources: 'sources',
  dataSubjectIds: 'dataSubjects',
  dataCategoryIds: 'dataCategories',
  securityMeasureIds: 'securityMeasures',
  recipientIds: 'recipients',
  transfers: 'transfers',
  retention: 'retention',
  securityDescription: 'securityDescription',
  dpia: 'dpia',
  dpiaLink: 'dpiaLink',
  automatedDecision: 'automatedDecision',
  automatedDecisionDetails: 'automatedDecisionDetails',
  reviewDate: 'reviewDate',
  notes: 'notes',
  audiences: 'audiences',
  translations: 'translations',
};

const ENUM_GROUP: Partial<Record<FieldKey, string>> = {
  role: 'role',
  status: 'status',
  dpia: 'dpia',
  art9Conditions: 'art9',
};

export function describeField(key: FieldKey, f: ActivityFields, vocab: Vocab, t: TFunction, lang: Language): string {
  const names = new Map<string, string>([
    ...vocab.organisations.map((o) => [o.id, o.name] as const),
    ...vocab.recipients.map((r) => [r.id, r.name] as const),
    ...vocab.terms.map((term) => [term.id, termLabel(term, lang)] as const),
  ]);
  const name = (id: string | null) => (id ? (names.get(id) ?? id) : '');
  const value = f[key];
  const group = ENUM_GROUP[key];
  if (group)
    return ([] as (string | null)[])
      .concat(value as string | null)
      .filter(Boolean)
      .map((v) => t(`labels:${group}.${v}`))
      .join(', ');
  if (key === 'organisationId' || key.endsWith('Ids'))
    return ([] as string[])
      .concat(value as string | string[])
      .map(name)
      .join(', ');
  if (key === 'purposes')
    return f.purposes
      .map((p) =>
        [p.text, p.legalBases.map((b) => t(`labels:legalBasis.${b}`)).join(', '), p.legitimateInterest]
          .filter(Boolean)
          .join(' — '),
      )
      .join('; ');
  if (key === 'translations')
    return Object.entries(f.translations)
      .map(
        ([lang, texts]) =>
          `${lang.toUpperCase()}: ${Object.values(texts ?? {})
            .flat()
            .join(' · ')}`,
      )
      .join('; ');
  if (key === 'transfers')
    return f.transfers
      .map((x) => [x.country, name(x.recipientId), t(`labels:safeguard.${x.safeguard}`)].filter(Boolean).join(' — '))
      .join('; ');
  if (key === 'retention')
    return f.retention
      .map((r) =>
        formatRetention(
          { ...r, scope: [name(r.dataCategoryId), name(r.dataSubjectId)].filter(Boolean).join(', ') },
          lang,
        ),
      )
      .join('; ');
  if (typeof value === 'boolean') return t(`labels:${value ? 'yes' : 'no'}`);
  if (Array.isArray(value)) return value.join('; ');
  return value === null ? '' : String(value);
}

/** The fields whose value differs between two versions of an activity. */
export function differingFields(a: ActivityFields, b: ActivityFields): FieldKey[] {
  return (Object.keys(FIELD_LABEL) as FieldKey[]).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}
