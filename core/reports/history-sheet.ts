// The change history as a sheet of the XLSX report: every entry oldest first, with its hash, so an
// auditor holds the chain head outside the register file (anchoring it against a rewrite by
// someone who knows the algorithm).
import type { CoreContext } from '../context';
import { listHistory } from '../history';
import type { Language } from '../api/schemas';
import type { ReportTable } from './tables';

const WORDS: Record<
  Language,
  {
    sheet: string;
    seq: string;
    at: string;
    author: string;
    entity: string;
    id: string;
    action: string;
    changes: string;
    hash: string;
  }
> = {
  // Excel reserves the sheet name 'History'.
  en: {
    sheet: 'Change history',
    seq: 'No.',
    at: 'When (UTC)',
    author: 'Author',
    entity: 'Entry',
    id: 'Entry id',
    action: 'Action',
    changes: 'Changes (before → after)',
    hash: 'Hash (chain)',
  },
  nl: {
    sheet: 'Geschiedenis',
    seq: 'Nr.',
    at: 'Wanneer (UTC)',
    author: 'Auteur',
    entity: 'Item',
    id: 'Item-id',
    action: 'Actie',
    changes: 'Wijzigingen (ervoor → erna)',
    hash: 'Hash (keten)',
  },
  fr: {
    sheet: 'Historique',
    seq: 'N°',
    at: 'Quand (UTC)',
    author: 'Auteur',
    entity: 'Entrée',
    id: 'Id de l’entrée',
    action: 'Action',
    changes: 'Modifications (avant → après)',
    hash: 'Empreinte (chaîne)',
  },
  de: {
    sheet: 'Verlauf',
    seq: 'Nr.',
    at: 'Wann (UTC)',
    author: 'Autor',
    entity: 'Eintrag',
    id: 'Eintrags-ID',
    action: 'Aktion',
    changes: 'Änderungen (vorher → nachher)',
    hash: 'Hash (Kette)',
  },
};

const show = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

/**
 * All entries (up to `upToSeq`, for a report as of a past moment), oldest first: the last row's hash
 * is the chain head `ropa verify` reports.
 */
export function historyTable(ctx: CoreContext, lang: Language, upToSeq?: number): ReportTable {
  const W = WORDS[lang];
  const entries = listHistory(ctx, { limit: Number.MAX_SAFE_INTEGER })
    .reverse()
    .filter((e) => upToSeq === undefined || e.seq <= upToSeq);
  return {
    key: 'history',
    title: W.sheet,
    columns: [
      { header: W.seq, kind: 'number', width: 7 },
      { header: W.at, kind: 'text', width: 24 },
      { header: W.author, kind: 'text', width: 16 },
      { header: W.entity, kind: 'text', width: 12 },
      { header: W.id, kind: 'text', width: 38 },
      { header: W.action, kind: 'text', width: 9 },
      { header: W.changes, kind: 'text', width: 70 },
      { header: W.hash, kind: 'text', width: 66 },
    ],
    rows: entries.map((e) => [
      e.seq,
      e.at,
      e.author,
      e.entity,
      e.entityId,
      e.action,
      Object.entries(e.changes).map(([field, c]) => `${field}: ${show(c.before)} → ${show(c.after)}`),
      e.hash,
    ]),
  };
}
