// Matching a sheet's words to the register's vocabularies: by code, by label in any language, then
// fuzzily (fuse.js). A fuzzy match is reported with its score for review; a value nothing matches
// becomes a proposed new term, created only when the import is confirmed.
import Fuse from 'fuse.js';
import type { TermKind } from '../api/schemas';
import { fold } from './values';

export interface VocabularyTerm {
  id: string;
  kind: TermKind;
  code: string;
  labelEn: string;
  labelNl: string;
  labelFr: string;
  labelDe: string;
}

export type TermMatch =
  | { how: 'code' | 'label'; termId: string; label: string }
  | { how: 'fuzzy'; termId: string; label: string; score: number }
  | { how: 'new'; label: string };

/** Similarity a fuzzy match needs (1 = identical): below it the value becomes a proposed new term. */
export const FUZZY_MIN = 0.6;

/** Trailing notes a report adds to a label ("Health data (special category)") are not part of it. */
const bare = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, '').trim();

interface Entry {
  termId: string;
  label: string;
  text: string;
}

type ExactMatch = { termId: string; label: string; how: 'code' | 'label' };

export class Vocabulary {
  private readonly exact = new Map<string, ExactMatch>();
  private readonly fuse: Fuse<Entry>;
  // Sheets repeat the same values on thousands of rows, and a fuzzy search costs about a millisecond:
  // each distinct cell text is matched once. Cleared when the vocabulary grows (remember).
  private readonly exactMemo = new Map<string, ExactMatch | null>();
  private readonly matchMemo = new Map<string, TermMatch>();

  constructor(
    readonly kind: TermKind,
    terms: VocabularyTerm[],
  ) {
    const entries: Entry[] = [];
    for (const t of terms) {
      if (t.kind !== kind) continue;
      const label = t.labelEn;
      this.exact.set(fold(t.code), { termId: t.id, label, how: 'code' });
      for (const l of [t.labelEn, t.labelNl, t.labelFr, t.labelDe]) {
        if (!l) continue;
        if (!this.exact.has(fold(l))) this.exact.set(fold(l), { termId: t.id, label, how: 'label' });
        entries.push({ termId: t.id, label, text: fold(l) });
      }
    }
    this.fuse = new Fuse(entries, {
      keys: ['text'],
      includeScore: true,
      threshold: 1 - FUZZY_MIN,
      ignoreLocation: true,
    });
  }

  /** Adds a term proposed earlier in the same import, so later rows reuse it. */
  remember(termId: string, label: string): void {
    this.exact.set(fold(label), { termId, label, how: 'label' });
    this.exactMemo.clear();
    this.matchMemo.clear();
  }

  exactMatch(value: string): ExactMatch | null {
    let hit = this.exactMemo.get(value);
    if (hit === undefined) {
      hit = this.exact.get(fold(value)) ?? this.exact.get(fold(bare(value))) ?? null;
      this.exactMemo.set(value, hit);
    }
    return hit;
  }

  /** The match of a value; the same object for the same text, so callers must not change it. */
  match(value: string): TermMatch {
    let m = this.matchMemo.get(value);
    if (m === undefined) {
      m = this.search(value);
      this.matchMemo.set(value, m);
    }
    return m;
  }

  private search(value: string): TermMatch {
    const hit = this.exactMatch(value);
    if (hit) return hit;
    // Fuse shortlists; the score is our own, so a short word inside a long label is not a near-perfect match.
    const wanted = fold(bare(value));
    let best: { entry: Entry; score: number } | null = null;
    for (const hit of this.fuse.search(wanted, { limit: 8 })) {
      const score = similarity(wanted, hit.item.text);
      if (!best || score > best.score) best = { entry: hit.item, score };
    }
    if (best && best.score >= FUZZY_MIN)
      return {
        how: 'fuzzy',
        termId: best.entry.termId,
        label: best.entry.label,
        score: Math.round(best.score * 100) / 100,
      };
    return { how: 'new', label: bare(value) || value.trim() };
  }
}

const bigrams = (s: string): string[] => {
  const t = ` ${s} `;
  const out: string[] = [];
  for (let i = 0; i < t.length - 1; i++) out.push(t.slice(i, i + 2));
  return out;
};

/**
 * 1 for the same text, 0 for nothing in common: the Dice coefficient of letter pairs, or, when every
 * word of the value appears in the label ("toegangscontrole" in "fysieke toegangscontrole"), at
 * least 0.6 growing with how much of the label the value covers.
 */
export function similarity(value: string, label: string): number {
  const a = bigrams(value);
  const b = bigrams(label);
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  let common = 0;
  for (const x of a) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      common++;
      counts.set(x, n - 1);
    }
  }
  const dice = (2 * common) / (a.length + b.length);
  const words = new Set(label.split(/[^a-z0-9]+/).filter(Boolean));
  const own = value.split(/[^a-z0-9]+/).filter(Boolean);
  const contained = own.length > 0 && own.every((w) => words.has(w));
  return contained ? Math.max(dice, 0.6 + (0.4 * value.length) / Math.max(label.length, 1)) : dice;
}

/** A code for a proposed term: its words, lower case, dotted, under `imported.`. */
export function proposedCode(label: string): string {
  const slug = fold(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 80);
  return `imported.${slug || 'term'}`;
}
