// The search box's index over one list of activities. Registers repeat most of what a search looks
// at (term labels, recipients, departments, purposes), so each distinct text is folded once and a
// keystroke tests each distinct text once, instead of scanning every activity's whole search text:
// a few hundred kilobytes per keystroke at 10,000 activities instead of five megabytes.
//
// Matching a text part by part is the same as matching core/api/search.ts's searchText (the parts
// joined by line breaks): a typed search holds no line break, so it cannot span two parts.
import type { ActivitySummary } from '../../../core/api/contract';
import { foldForSearch, matchesSearch, searchParts } from '../../../core/api/search';

export class SearchIndex {
  private readonly textIds = new Map<string, number>();
  private readonly folded: string[] = [];
  /** The ids of each indexed activity's texts, one activity after the other… */
  private readonly refs: number[] = [];
  /** …and where each activity's ids end in `refs`. */
  private readonly ends: number[] = [];
  private readonly position = new Map<ActivitySummary, number>();

  constructor(private readonly list: readonly ActivitySummary[]) {}

  /** Indexes up to `count` more activities (the page builds it in idle time); true when all are. */
  grow(count: number): boolean {
    const stop = Math.min(this.list.length, this.ends.length + count);
    for (let i = this.ends.length; i < stop; i++) {
      const a = this.list[i]!;
      for (const part of searchParts(a)) this.refs.push(this.idOf(part));
      this.ends.push(this.refs.length);
      this.position.set(a, i);
    }
    return this.complete;
  }

  get complete(): boolean {
    return this.ends.length === this.list.length;
  }

  /**
   * Whether an activity matches a query made by searchQuery. Until the index is complete, and for
   * an activity not in its list, this is matchesSearch itself.
   */
  test(query: string): (a: ActivitySummary) => boolean {
    if (!query) return () => true;
    if (!this.complete) return (a) => matchesSearch(a, query);
    const hit = this.folded.map((text) => text.includes(query));
    const matched = new Uint8Array(this.ends.length);
    let start = 0;
    for (let r = 0; r < this.ends.length; r++) {
      const end = this.ends[r]!;
      for (let k = start; k < end; k++) {
        if (hit[this.refs[k]!]) {
          matched[r] = 1;
          break;
        }
      }
      start = end;
    }
    return (a) => {
      const at = this.position.get(a);
      return at === undefined ? matchesSearch(a, query) : matched[at] === 1;
    };
  }

  private idOf(text: string): number {
    let id = this.textIds.get(text);
    if (id === undefined) {
      id = this.folded.push(foldForSearch(text)) - 1;
      this.textIds.set(text, id);
    }
    return id;
  }
}
