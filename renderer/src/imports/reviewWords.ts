// The import review's notes (core/api/import-report.ts) in the UI's language: sentences from the
// locales (imports.note_*, doubt_*, drop_*, error_*), the register's words (legal bases, kinds,
// safeguards, durations) from core/api/labels.ts through the `labels` namespace, term labels in the
// UI language where the term has one. The CLI words the same notes in English (core/import/words.ts).
import type { TFunction } from 'i18next';
import { countryName } from '../../../core/api/countries';
import { formatDate, type DateStyle } from '../../../core/api/dates';
import type { Language } from '../../../core/api/enums';
import type { ImportBecame, ImportDoubt, ImportDrop, ImportRowError } from '../../../core/api/import-report';
import { formatRetention } from '../../../core/api/labels';
import { formatNumber } from '../format';

export interface ReviewWording {
  t: TFunction;
  lang: Language;
  dateStyle: DateStyle;
  /** A term's label in the UI language, by id; the note's English label when unknown. */
  termLabel: (termId: string | null, english: string) => string;
}

export function becameText(n: ImportBecame, w: ReviewWording): string {
  const { t, lang } = w;
  switch (n.kind) {
    case 'text':
      return t('imports.note_text', { field: t(`imports.field_${n.field}`), text: n.text });
    case 'automatedDecision':
      return t('imports.note_automatedDecision', { answer: t(n.yes ? 'labels:yes' : 'labels:no') });
    case 'purpose':
      return t('imports.note_purpose', { text: n.text });
    case 'legalBasis':
      return t('imports.note_legalBasis', { basis: t(`labels:legalBasis.${n.basis}`) });
    case 'purposeBases':
      return t(n.added ? 'imports.note_purposeBasesAdded' : 'imports.note_purposeBases', {
        purpose: n.purpose,
        bases: n.bases.map((b) => t(`labels:legalBasis.${b}`)).join(', '),
      });
    case 'art9':
      return t('imports.note_art9', { condition: t(`labels:art9.${n.condition}`) });
    case 'source':
      return t('imports.note_source', { text: n.text });
    case 'recipient':
      return t('imports.note_recipient', { name: n.name, kind: t(`labels:recipientKind.${n.recipientKind}`) });
    case 'agreement':
      return t('imports.note_agreement', { recipient: n.recipient, link: n.link });
    case 'note':
      return t('imports.note_note', { text: n.text });
    case 'transfer':
      return t('imports.note_transfer', {
        country: countryName(n.country, lang),
        safeguard: t(`labels:safeguard.${n.safeguard}`),
      });
    case 'retention':
      return t('imports.note_retention', { rule: formatRetention(n, lang) });
    case 'dpia':
      return t('imports.note_dpia', { state: t(`labels:dpia.${n.state}`) });
    case 'role':
      return t('imports.note_role', { role: t(`labels:role.${n.role}`) });
    case 'status':
      return t('imports.note_status', { status: t(`labels:status.${n.status}`) });
    case 'date':
      return t('imports.note_text', { field: t(`imports.field_${n.field}`), text: formatDate(n.date, w.dateStyle) });
    case 'term':
      return t(n.termId === null ? 'imports.note_termNew' : 'imports.note_term', {
        kind: t(`labels:termKind.${n.termKind}`),
        term: w.termLabel(n.termId, n.term),
      });
    case 'safeguards':
      return t('imports.note_safeguards');
  }
}

export function doubtText(n: ImportDoubt, w: ReviewWording): string {
  const { t, lang } = w;
  switch (n.kind) {
    case 'fuzzy':
      return t('imports.doubt_fuzzy', {
        value: n.value,
        term: w.termLabel(n.termId, n.term),
        score: formatNumber(n.score, lang),
      });
    case 'newTerm':
      return t('imports.doubt_newTerm', { value: n.value });
    case 'kindGuessed':
      return t('imports.doubt_kindGuessed', { name: n.name, kind: t(`labels:recipientKind.${n.recipientKind}`) });
    case 'noPeriod':
      return t('imports.doubt_noPeriod', { text: n.text });
    case 'noSafeguard':
      return t('imports.doubt_noSafeguard', {
        country: countryName(n.country, lang),
        other: t('labels:safeguard.other'),
      });
  }
}

export function dropText(n: ImportDrop, w: ReviewWording): string {
  return n.kind === 'inEea' ? w.t('imports.drop_inEea', { country: countryName(n.country, w.lang) }) : n.text;
}

export function rowErrorText(e: ImportRowError, w: ReviewWording): string {
  const { t } = w;
  switch (e.kind) {
    case 'noName':
      return t('imports.error_noName');
    case 'duplicate':
      return t(e.same === 'reference' ? 'imports.error_sameReference' : 'imports.error_sameName', { row: e.row });
    case 'invalid': {
      // The schema's message is the core's words (as every validation error's); the field is the UI's.
      const field = e.path.split('.')[0] ?? '';
      const name = t(`labels:field.${field}`, { defaultValue: e.path || t('imports.activity') });
      return t('imports.error_invalid', { field: name, message: e.message });
    }
  }
}
