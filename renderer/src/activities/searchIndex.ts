// The search box's index over one list of activities. Registers repeat most of what a search looks
// at (term labels, recipients, departments, purposes), so each distinct text is folded once and a
// keystroke tests each distinct text once, instead of scanning every activity's whole search text:
// a few hundred kilobytes per keystroke at 10,000 activities instead of five megabytes.
//
// Matching a text part by part is the same as matching core/api/search.ts's searchText (the parts
// joined by line breaks): a typed search holds no line break, so it cannot span two parts.
import type { ActivitySummary } from '../../../core/api/contract';
import { foldForSearch, matchesSearch, searchParts } from '../../../core/api/search';

const HIT = 1;
const MISS = 2;
/** Enough activities for V8 to compile the search loop, a few milliseconds of idle time. */
const WARM_UP = 2_000;

export class SearchIndex {
  private readonly textIds = new Map<string, number>();
  private readonly folded: string[] = [];
  /** The ids of each indexed activity's texts, one activity after the other… */
  private readonly refs: number[] = [];
  /** …and where each activity's ids end in `refs`. */
  private readonly ends: number[] = [];
  private readonly position = new Map<ActivitySummary, number>();
  /**
   * Where each activity of a list searched before sits in the index (-1: not in it), by list. A
   * search looks up every activity it tests, and at 100,000 activities the lookups in `position`
   * miss the processor's caches: half of a keystroke's time. The lists searched are few (the table's
   * list, then each answer narrowed again as the user types on), so each is looked up once.
   */
  private readonly positions = new WeakMap<readonly ActivitySummary[], Int32Array>();

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

  /**
   * One search over the first activities, its answer dropped. V8 compiles what has already run: a
   * first keystroke after this took about a quarter less (interleaved A/B at 10,000 activities).
   */
  warmUp(): void {
    this.filter(this.list.slice(0, WARM_UP), 'e');
  }

  get complete(): boolean {
    return this.ends.length === this.list.length;
  }

  /**
   * The activities of `among`, in its order, that match a query made by searchQuery; one not in the
   * index's list is tested with matchesSearch itself. A search typed before the index is complete
   * completes it first: that costs less than matchesSearch over every activity (which folds each
   * activity's whole text), and the next keystrokes have it. Each distinct text is tested once,
   * when an activity first needs it: typing on only narrows (filterSummaries.ts), so the keystrokes
   * after the first test the texts of the activities still shown, not every text of the register.
   * One loop over all of them rather than a test per activity: the first keystrokes run before the
   * engine has compiled this code, and a loop is compiled while it runs, a function only between calls.
   */
  filter(among: readonly ActivitySummary[], query: string): readonly ActivitySummary[] {
    if (!query) return [...among];
    this.grow(Infinity);
    const { folded, refs, ends } = this;
    const positions = this.positionsOf(among);
    /** Per text: 0 not tested yet, then HIT or MISS. */
    const tested = new Uint8Array(folded.length);
    const found: ActivitySummary[] = [];
    const foundAt: number[] = [];
    for (let i = 0; i < among.length; i++) {
      const a = among[i]!;
      const at = positions[i]!;
      let hit = false;
      if (at === -1) hit = matchesSearch(a, query);
      else {
        for (let k = at === 0 ? 0 : ends[at - 1]!, end = ends[at]!; k < end && !hit; k++) {
          const id = refs[k]!;
          let result = tested[id]!;
          if (result === 0) tested[id] = result = folded[id]!.includes(query) ? HIT : MISS;
          hit = result === HIT;
        }
      }
      if (hit) {
        found.push(a);
        foundAt.push(at);
      }
    }
    this.positions.set(found, Int32Array.from(foundAt));
    return found;
  }

  private positionsOf(among: readonly ActivitySummary[]): Int32Array {
    let at = this.positions.get(among);
    if (!at) {
      const { position } = this;
      at = new Int32Array(among.length);
      if (among === this.list) for (let i = 0; i < at.length; i++) at[i] = i;
      else for (let i = 0; i < at.length; i++) at[i] = position.get(among[i]!) ?? -1;
      this.positions.set(among, at);
    }
    return at;
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
