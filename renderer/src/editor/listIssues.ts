// The core names a bad reference by its place in a list (`dataCategoryIds.2`: a term someone else
// deleted meanwhile), but the editor shows one picker per list: move each issue onto its picker and
// name the item, so the user sees which pill to remove and nothing they typed is touched.
import type { TFunction } from 'i18next';
import type { ActivityFields, Language } from '../../../core/api/schemas';
import type { RopaError } from '../api';
import { termLabel, type Vocab } from './vocab';

const LIST_KEYS = ['controllerIds', 'dataSubjectIds', 'dataCategoryIds', 'securityMeasureIds', 'recipientIds'] as const;
type ListKey = (typeof LIST_KEYS)[number];
const isListKey = (key: string): key is ListKey => (LIST_KEYS as readonly string[]).includes(key);

function itemName(key: ListKey, id: string, vocab: Vocab, lang: Language): string {
  if (key === 'controllerIds') return vocab.organisations.find((o) => o.id === id)?.name ?? id;
  if (key === 'recipientIds') return vocab.recipients.find((r) => r.id === id)?.name ?? id;
  const term = vocab.terms.find((x) => x.id === id);
  return term ? termLabel(term, lang) : id;
}

/** The same refusal with list-item issues moved onto their list (one issue per list, merged). */
export function onListPickers(
  error: RopaError,
  fields: ActivityFields,
  vocab: Vocab,
  t: TFunction,
  lang: Language,
): RopaError {
  if (error.kind !== 'validation') return error;
  const others: typeof error.issues = [];
  const merged = new Map<ListKey, string>();
  for (const issue of error.issues) {
    const path = issue.path.replace(/^fields\./, '');
    const [key = '', index, ...rest] = path.split('.');
    const id = isListKey(key) && rest.length === 0 && index !== undefined ? fields[key][Number(index)] : undefined;
    if (!isListKey(key) || id === undefined) {
      others.push(issue);
      continue;
    }
    const item = itemName(key, id, vocab, lang);
    const message = issue.message.startsWith('no such')
      ? t('editor.itemGone', { item })
      : t('editor.itemIssue', { item, message: issue.message });
    merged.set(key, merged.has(key) ? `${merged.get(key)} ${message}` : message);
  }
  return {
    ...error,
    issues: [...others, ...[...merged].map(([path, message]) => ({ path: `fields.${path}`, message }))],
  };
}
