// The review's notes in the CLI's English (`ropa import --dry-run`, a refused import's one line): the
// one place the core words them. The app words the same notes in the UI's language from its locales
// (imports.note_*, renderer/src/imports/reviewWords.ts). Enum values stay identifiers, as
// `--dry-run` has always printed them, so scripts reading its lines keep working.
import type { ImportBecame, ImportDoubt, ImportDrop, ImportRowError } from '../api/import-report';

export function becameWords(n: ImportBecame): string {
  switch (n.kind) {
    case 'text':
      return `${n.field}: ${n.text}`;
    case 'automatedDecision':
      return `automated decision-making: ${n.yes ? 'yes' : 'no'}`;
    case 'purpose':
      return `purpose: ${n.text}`;
    case 'legalBasis':
      return `legal basis: ${n.basis}`;
    case 'purposeBases':
      return `purpose${n.added ? ' (from the basis cell)' : ''} "${n.purpose}": ${n.bases.join(', ')}`;
    case 'art9':
      return `Art. 9 condition: ${n.condition}`;
    case 'source':
      return `source: ${n.text}`;
    case 'recipient':
      return `recipient: ${n.name} (${n.recipientKind})`;
    case 'agreement':
      return `processing agreement of ${n.recipient}: ${n.link}`;
    case 'note':
      return `note: ${n.text}`;
    case 'transfer':
      return `transfer: ${n.country} (${n.safeguard})`;
    case 'retention': {
      const period = n.durationValue !== null ? `${n.durationValue} ${n.durationUnit}` : '';
      const rule = [period, n.trigger, n.criterion].filter(Boolean).join(' ');
      return `retention: ${rule}${n.scope ? ` (for ${n.scope})` : ''}`;
    }
    case 'dpia':
      return `DPIA: ${n.state}`;
    case 'role':
      return `role: ${n.role}`;
    case 'status':
      return `status: ${n.status}`;
    case 'date':
      return `${n.field}: ${n.date}`;
    case 'term':
      return `${n.termKind.replace('_', ' ')}: ${n.term}${n.termId === null ? ' (new term)' : ''}`;
    case 'safeguards':
      return 'safeguards of the transfers';
  }
}

export function doubtWords(n: ImportDoubt): string {
  switch (n.kind) {
    case 'fuzzy':
      return `"${n.value}" matched "${n.term}" (score ${n.score})`;
    case 'newTerm':
      return `"${n.value}" is not in the vocabulary: proposed as a new term`;
    case 'kindGuessed':
      return `${n.name}: kind not stated, taken as ${n.recipientKind}`;
    case 'noPeriod':
      return `${n.text}: no period read, kept as a criterion`;
    case 'noSafeguard':
      return `${n.country}: no safeguard named, recorded as "other" with the text as details`;
  }
}

export function dropWords(n: ImportDrop): string {
  return n.kind === 'inEea' ? `${n.country} (in the EEA: not a transfer)` : n.text;
}

export function rowErrorWords(e: ImportRowError): string {
  switch (e.kind) {
    case 'noName':
      return 'no name or purpose';
    case 'duplicate':
      return `describes the same activity as row ${e.row} (same ${e.same})`;
    case 'invalid':
      return e.message ? `${e.path || 'activity'}: ${e.message}` : 'not a valid activity';
  }
}
