// The activities table's rows in a compact form (the listActivityRows operation). A list of 10,000
// summaries as plain objects is about 10 MB of JSON: the register worker, the host and the page
// then spend longer copying and parsing it than building it. Registers repeat most of their
// texts (term labels, recipient names, departments, owners, purposes) and whole lists of them,
// so each distinct text and each distinct list travels once and a row is a few numbers.
import type { ActivityRole, ActivityStatus, LegalBasis } from './enums';
import type { ActivitySummary } from './types';

/**
 * How many rows the activities table asks for first (listActivityRows with `first`): more than the
 * tallest window shows (40 px each), so the first screen never waits for the rest.
 */
export const FIRST_ROWS = 100;

export interface PackedSummaries {
  /**
   * What each activity has of its own, OWN_WIDTH texts per activity in list order: id, reference,
   * name and time of the last change. Looking them up in `texts` would only add a number per text.
   */
  own: string[];
  /** Every distinct text of the rest of the list, once. */
  texts: string[];
  /** Every distinct list of texts (purposes, legal bases, terms, recipients), as indices into `texts`. */
  lists: number[][];
  /**
   * ROW_WIDTH numbers per activity, in list order (see pack), in base 36 and separated by commas:
   * one string passes between threads as one copy, where an array of 200,000 numbers took longer
   * to copy than the list took to build.
   */
  rows: string;
  /**
   * How many activities the whole list holds: more than the rows here when they are only its first
   * page (listActivityRows with `first`), so that the table can size its scrollbar at once.
   */
  total: number;
}

const OWN_WIDTH = 4;
const ROW_WIDTH = 16;
const SPECIAL = 1;
const TRANSFERS = 2;

/** Packs summaries, the first of a list of `total` (they are the whole list by default); `unpack` gives equal ones back. */
export function pack(list: readonly ActivitySummary[], total = list.length): PackedSummaries {
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const text = (t: string): number => {
    let i = textIndex.get(t);
    if (i === undefined) textIndex.set(t, (i = texts.push(t) - 1));
    return i;
  };
  const lists: number[][] = [];
  const listIndex = new Map<string, number>();
  const listOf = (items: readonly string[]): number => {
    const refs = items.map(text);
    const key = refs.join(',');
    let i = listIndex.get(key);
    if (i === undefined) listIndex.set(key, (i = lists.push(refs) - 1));
    return i;
  };
  const own = new Array<string>(list.length * OWN_WIDTH);
  const rows = new Array<number>(list.length * ROW_WIDTH);
  let at = 0;
  let mine = 0;
  for (const a of list) {
    own[mine++] = a.id;
    own[mine++] = a.reference;
    own[mine++] = a.name;
    own[mine++] = a.updatedAt;
    rows[at++] = a.version;
    rows[at++] = text(a.organisationId);
    rows[at++] = text(a.organisationName);
    rows[at++] = text(a.role);
    rows[at++] = text(a.status);
    rows[at++] = text(a.department);
    rows[at++] = text(a.owner);
    rows[at++] = listOf(a.purposes);
    rows[at++] = listOf(a.legalBases);
    rows[at++] = listOf(a.dataSubjects);
    rows[at++] = listOf(a.dataCategories);
    rows[at++] = listOf(a.recipients);
    rows[at++] = text(a.retention);
    rows[at++] = (a.hasSpecialCategories ? SPECIAL : 0) | (a.hasTransfers ? TRANSFERS : 0);
    rows[at++] = a.reviewDate === null ? -1 : text(a.reviewDate);
    rows[at++] = text(a.updatedBy);
  }
  return { own, texts, lists, rows: rows.map((n) => n.toString(36)).join(','), total };
}

const [COMMA, MINUS, ZERO, NINE, LOWER_A] = [',', '-', '0', '9', 'a'].map((c) => c.charCodeAt(0)) as [
  number,
  number,
  number,
  number,
  number,
];

/** The `count` numbers of `rows`, read in one pass without a string per number. */
function readRows(rows: string, count: number): Int32Array {
  const out = new Int32Array(count);
  let n = 0;
  let sign = 1;
  let at = 0;
  for (let i = 0; i < rows.length; i++) {
    const c = rows.charCodeAt(i);
    if (c === COMMA) {
      out[at++] = sign * n;
      n = 0;
      sign = 1;
    } else if (c === MINUS) sign = -1;
    else n = n * 36 + (c <= NINE ? c - ZERO : c - LOWER_A + 10);
  }
  if (count > 0) out[at] = sign * n;
  return out;
}

/** The summaries of a packed list, in its order. Lists that repeat are one shared array. */
export function unpack(packed: PackedSummaries): ActivitySummary[] {
  const { own, texts, lists } = packed;
  const rows = readRows(packed.rows, (own.length / OWN_WIDTH) * ROW_WIDTH);
  const decoded: (string[] | undefined)[] = new Array<string[] | undefined>(lists.length);
  const listAt = (i: number): string[] => (decoded[i] ??= Object.freeze(lists[i]!.map((t) => texts[t]!)) as string[]);
  const out = new Array<ActivitySummary>(own.length / OWN_WIDTH);
  for (let r = 0, at = 0, mine = 0; r < out.length; r++, at += ROW_WIDTH, mine += OWN_WIDTH) {
    const flags = rows[at + 13]!;
    const review = rows[at + 14]!;
    out[r] = {
      id: own[mine]!,
      version: rows[at]!,
      reference: own[mine + 1]!,
      name: own[mine + 2]!,
      organisationId: texts[rows[at + 1]!]!,
      organisationName: texts[rows[at + 2]!]!,
      role: texts[rows[at + 3]!] as ActivityRole,
      status: texts[rows[at + 4]!] as ActivityStatus,
      department: texts[rows[at + 5]!]!,
      owner: texts[rows[at + 6]!]!,
      purposes: listAt(rows[at + 7]!),
      legalBases: listAt(rows[at + 8]!) as LegalBasis[],
      dataSubjects: listAt(rows[at + 9]!),
      dataCategories: listAt(rows[at + 10]!),
      recipients: listAt(rows[at + 11]!),
      retention: texts[rows[at + 12]!]!,
      hasSpecialCategories: (flags & SPECIAL) !== 0,
      hasTransfers: (flags & TRANSFERS) !== 0,
      reviewDate: review === -1 ? null : texts[review]!,
      updatedAt: own[mine + 3]!,
      updatedBy: texts[rows[at + 15]!]!,
    };
  }
  return out;
}
