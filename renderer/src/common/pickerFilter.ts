// How every picker narrows its options as the user types: accents and case ignored, and the best
// matches first (the exact label, then labels starting with the text, then a word starting with it,
// then anywhere), so Enter, which picks the first option, picks what was meant.
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { foldCountryText } from '../../../core/api/countries';

export const fold = (text: string): string => foldCountryText(text);

/** 0 exact, 1 starts with, 2 a word starts with, 3 contains; undefined when it does not match. */
export function matchRank(label: string, search: string): number | undefined {
  const l = fold(label);
  const q = fold(search);
  if (!q) return 3;
  if (l === q) return 0;
  if (l.startsWith(q)) return 1;
  if (l.split(' ').some((word) => word.startsWith(q))) return 2;
  return l.includes(q) ? 3 : undefined;
}

/** Options that always stay listed whatever is typed (e.g. "New recipient…"), after the matches. */
export const ALWAYS_SHOWN = '\u0000';

export const rankedFilter: OptionsFilter = ({ options, search, limit }) => {
  const ranked: { item: ComboboxParsedItem; rank: number; at: number }[] = [];
  const tail: ComboboxParsedItem[] = [];
  options.forEach((item, at) => {
    if ('group' in item) {
      const items = rankedFilter({ options: item.items, search, limit }) as ComboboxItem[];
      if (items.length) ranked.push({ item: { group: item.group, items }, rank: 3, at });
      return;
    }
    if (item.value.startsWith(ALWAYS_SHOWN)) return tail.push(item);
    const rank = matchRank(item.label, search);
    if (rank !== undefined) ranked.push({ item, rank, at });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.at - b.at);
  return [...ranked.slice(0, limit).map((r) => r.item), ...tail];
};
