// From a sheet's row to a neutral activity draft: every cell read by the parser of the field its
// column fills, with a trace of what each cell became, what is uncertain and what was dropped.
// Pure: no register here; vocabulary terms, recipients and activities are resolved in plan.ts.
import type { ImportBecame, ImportDoubt, ImportDrop, ImportTextField } from '../api/import-report';
import { labelsFor } from '../api/labels';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  DPIA_STATES,
  LANGUAGES,
  RECIPIENT_KINDS,
  SAFEGUARDS,
  type ActivityRole,
  type ActivityStatus,
  type Art9Condition,
  type LegalBasis,
  type RecipientKind,
  type Safeguard,
} from '../api/schemas';
import type { ImportField } from './profiles';
import {
  art9ConditionIn,
  countryOf,
  dateOf,
  dpiaOf,
  fold,
  parseBasisCell,
  parseRecipient,
  parseRetentionPhrase,
  parseTransfers,
  splitList,
  splitValues,
  yesNo,
  type PurposeDraft,
  type RetentionDraft,
  type TransferDraft,
} from './values';

export type DpiaState = (typeof DPIA_STATES)[number];

export interface RecipientDraftRef {
  name: string;
  kind: RecipientKind;
  kindStated: boolean;
  country: string;
  dpaLink: string;
}

export interface TransferDraftRef extends TransferDraft {
  /** A recipient named with the transfer (our own report's layout), else ''. */
  recipient: string;
}

/** An activity as a sheet's row describes it, before it meets the register. */
export interface ActivityDraft {
  /** The sheet's row number (1-based, as Excel shows it). */
  row: number;
  /** The fields the sheet's columns gave (an update changes only these). */
  given: Set<DraftField>;
  reference: string;
  name: string;
  department: string;
  owner: string;
  description: string;
  purposes: PurposeDraft[];
  legalBases: LegalBasis[];
  legitimateInterest: string;
  art9Condition: Art9Condition | null;
  art10Basis: string;
  sources: string[];
  dataSubjects: string[];
  dataCategories: string[];
  securityMeasures: string[];
  /** Lines of a security text column; those naming a security measure exactly become that measure. */
  securityLines: string[];
  securityDescription: string;
  recipients: RecipientDraftRef[];
  transfers: TransferDraftRef[];
  retention: RetentionDraft[];
  dpia: DpiaState | null;
  dpiaLink: string;
  automatedDecision: boolean | null;
  automatedDecisionDetails: string;
  role: ActivityRole | null;
  status: ActivityStatus | null;
  endDate: string | null;
  reviewDate: string | null;
  notes: string;
}

export type DraftField = Exclude<keyof ActivityDraft, 'row' | 'given' | 'securityLines'>;

export interface CellTrace {
  column: string;
  field: ImportField;
  value: string;
  /** What the cell became, as notes (a legal basis, a transfer to US with its safeguard, …). */
  became: ImportBecame[];
  /** Read, but worth a look: guessed kinds, fuzzy matches (with score), placeholder safeguards. */
  uncertain: ImportDoubt[];
  /** Parts of the cell nothing was made of. */
  dropped: ImportDrop[];
}

/** A long text as the review shows it: its first 57 characters and an ellipsis. */
export const cut = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

const unread = (text: string): ImportDrop => ({ kind: 'unread', text });

export function emptyDraft(row: number): ActivityDraft {
  return {
    row,
    given: new Set(),
    reference: '',
    name: '',
    department: '',
    owner: '',
    description: '',
    purposes: [],
    legalBases: [],
    legitimateInterest: '',
    art9Condition: null,
    art10Basis: '',
    sources: [],
    dataSubjects: [],
    dataCategories: [],
    securityMeasures: [],
    securityLines: [],
    securityDescription: '',
    recipients: [],
    transfers: [],
    retention: [],
    dpia: null,
    dpiaLink: '',
    automatedDecision: null,
    automatedDecisionDetails: '',
    role: null,
    status: null,
    endDate: null,
    reviewDate: null,
    notes: '',
  };
}

/** Enum values from their labels in any of the four languages (our own reports print labels). */
function reverse<K extends string>(
  values: readonly K[],
  labelOf: (lang: (typeof LANGUAGES)[number]) => Record<K, string>,
) {
  const map = new Map<string, K>();
  for (const v of values) map.set(fold(v), v);
  for (const lang of LANGUAGES) {
    const labels = labelOf(lang);
    for (const v of values) {
      map.set(fold(labels[v]), v);
      map.set(fold(labels[v].replace(/\s*\([^)]*\)\s*$/, '')), v);
    }
  }
  return (text: string): K | undefined => map.get(fold(text));
}
const roleOf = reverse(ACTIVITY_ROLES, (l) => labelsFor(l).role);
const statusOf = reverse(ACTIVITY_STATUSES, (l) => labelsFor(l).status);
const dpiaLabelOf = reverse(DPIA_STATES, (l) => labelsFor(l).dpia);
const safeguardLabelOf = reverse(SAFEGUARDS, (l) => labelsFor(l).safeguard);
const recipientKindLabelOf = reverse(RECIPIENT_KINDS, (l) => labelsFor(l).recipientKind);

/** The draft fields each column speaks for, even when its cell is empty. */
const GIVES: Record<ImportField, DraftField[]> = {
  reference: ['reference'],
  name: ['name'],
  department: ['department'],
  owner: ['owner'],
  description: ['description'],
  purposes: ['purposes'],
  legalBases: ['legalBases'],
  legitimateInterest: ['legitimateInterest'],
  art9Condition: ['art9Condition'],
  art10Basis: ['art10Basis'],
  sources: ['sources'],
  dataSubjects: ['dataSubjects'],
  dataCategories: ['dataCategories'],
  recipients: ['recipients'],
  processors: ['recipients'],
  jointControllers: ['recipients'],
  contractLinks: [],
  transferCountries: ['transfers'],
  transferSafeguards: [],
  transfers: ['transfers'],
  retention: ['retention'],
  securityMeasures: ['securityMeasures'],
  securityText: ['securityMeasures', 'securityDescription'],
  securityDescription: ['securityDescription'],
  dpia: [],
  dpiaLink: ['dpiaLink'],
  automatedDecision: [],
  automatedDecisionDetails: ['automatedDecisionDetails'],
  role: [],
  status: [],
  endDate: ['endDate'],
  reviewDate: ['reviewDate'],
  notes: ['notes'],
  ignore: [],
};

const appendText = (a: string, b: string) => (a && b ? `${a}\n${b}` : a || b);

/**
 * A text cell into its field. A function of the module rather than a closure made in readCell:
 * readCell runs for every cell (some forty per row, 400,000 in a 10,000-row import).
 */
function readText(d: ActivityDraft, t: CellTrace, key: ImportTextField, v: string): void {
  d[key] = appendText(d[key], v);
  d.given.add(key);
  t.became.push({ kind: 'text', field: key, text: cut(v) });
}

/** "Mailchimp (Processor, US)" as our reports print a recipient, else the words of parseRecipient. */
export function readRecipient(value: string, defaultKind?: RecipientKind): RecipientDraftRef {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(value);
  if (m) {
    const [first, second] = m[2]!.split(',').map((s) => s.trim());
    const kind = recipientKindLabelOf(first ?? '');
    if (kind) {
      const country = second ? (countryOf(second) ?? '') : '';
      return { name: m[1]!.trim(), kind, kindStated: true, country, dpaLink: '' };
    }
  }
  // Spelled out: an object spread followed by more keys goes through a slow path of V8 (some
  // microseconds each), and an import reads tens of thousands of recipients.
  const { name, kind, kindStated } = parseRecipient(value, defaultKind);
  return { name, kind, kindStated, country: '', dpaLink: '' };
}

/** "US — Cloud Inc. — Standard contractual clauses (Art. 46) — details": our report's transfer. */
export function readReportTransfer(value: string): TransferDraftRef | null {
  const parts = value.split(/\s+—\s+/);
  const country = countryOf(parts[0] ?? '');
  if (!country) return null;
  const at = parts.findIndex((p, i) => i > 0 && safeguardLabelOf(p) !== undefined);
  if (at < 0) return null;
  return {
    country,
    recipient: parts.slice(1, at).join(' — '),
    safeguard: safeguardLabelOf(parts[at]!) as Safeguard,
    safeguardDetails: parts.slice(at + 1).join(' — '),
    safeguardStated: true,
  };
}

/** A retention line of any layout; "— criterion" and a trailing "(scope)" as our reports print them. */
export function readRetention(line: string): RetentionDraft {
  let text = line.trim();
  let scope = '';
  const scoped = /^([^:]{1,80}):\s*(.+)$/.exec(text);
  // "users: 10 years" is scoped; "If a contract is signed: as it requires" is a condition, not a scope.
  const condition = /^(if|when|where|unless|als|indien|wanneer|si|lorsque|wenn|falls|sofern)\b/i;
  if (scoped && parseRetentionPhrase(scoped[1]!).durationValue === null && !condition.test(scoped[1]!.trim())) {
    scope = scoped[1]!.trim();
    text = scoped[2]!;
  }
  const trailing = /^(.*\S)\s+\(([^()]+)\)$/.exec(text);
  let trailingScope = '';
  if (trailing) {
    trailingScope = trailing[2]!.trim();
    text = trailing[1]!;
  }
  const [main, ...rest] = text.split(/\s+—\s+/);
  const parsed = parseRetentionPhrase(main!);
  const criterion = [parsed.criterion, ...rest].filter(Boolean).join(' — ');
  return Object.assign({}, parsed, { criterion, scope: scope || trailingScope });
}

/** Reads one cell into the draft and says what it became. `lines` splits free lists (one value per line). */
export function readCell(d: ActivityDraft, field: ImportField, column: string, value: string): CellTrace {
  const t: CellTrace = { column, field, value, became: [], uncertain: [], dropped: [] };
  const v = value.trim();
  if (v === '' || field === 'ignore') {
    if (v !== '') t.dropped.push(unread(v));
    // An empty cell in a column the sheet has still says "none": an update clears the field.
    else for (const key of GIVES[field]) d.given.add(key);
    return t;
  }
  switch (field) {
    case 'reference':
    case 'name':
    case 'department':
    case 'owner':
    case 'description':
    case 'legitimateInterest':
    case 'art10Basis':
    case 'securityDescription':
    case 'dpiaLink':
    case 'notes':
      readText(d, t, field, v);
      break;
    case 'automatedDecisionDetails': {
      const yes = yesNo(v);
      d.given.add('automatedDecision');
      if (yes === false && v.length < 20) {
        d.automatedDecision = false;
        t.became.push({ kind: 'automatedDecision', yes: false });
      } else {
        d.automatedDecision = true;
        t.became.push({ kind: 'automatedDecision', yes: true });
        if (!(yes === true && v.length < 5)) readText(d, t, 'automatedDecisionDetails', v);
      }
      break;
    }
    case 'purposes':
      d.given.add('purposes');
      for (const p of splitValues(v)) {
        if (!d.purposes.some((x) => fold(x.text) === fold(p))) d.purposes.push({ text: p, bases: [] });
        t.became.push({ kind: 'purpose', text: p });
      }
      break;
    case 'legalBases': {
      d.given.add('legalBases');
      const cell = parseBasisCell(v);
      for (const b of cell.bases) if (!d.legalBases.includes(b)) d.legalBases.push(b);
      t.became.push(...cell.bases.map((basis): ImportBecame => ({ kind: 'legalBasis', basis })));
      for (const pair of cell.pairs) {
        // A basis cell names purposes in short ("security"); the purposes column may say more.
        const target =
          d.purposes.find((p) => fold(p.text) === fold(pair.text)) ??
          d.purposes.find((p) => fold(p.text).includes(fold(pair.text)) || fold(pair.text).includes(fold(p.text)));
        if (target) {
          for (const b of pair.bases) if (!target.bases.includes(b)) target.bases.push(b);
          t.became.push({ kind: 'purposeBases', purpose: target.text, bases: [...pair.bases], added: false });
        } else {
          d.purposes.push({ text: pair.text, bases: [...pair.bases] });
          d.given.add('purposes');
          t.became.push({ kind: 'purposeBases', purpose: pair.text, bases: [...pair.bases], added: true });
        }
      }
      t.dropped.push(...cell.unread.map(unread));
      break;
    }
    case 'art9Condition': {
      d.given.add('art9Condition');
      const cond = art9ConditionIn(v);
      if (cond) {
        d.art9Condition = cond;
        t.became.push({ kind: 'art9', condition: cond });
      } else if (!/^(n\/?a|none|not applicable|geen|nvt|n\.v\.t\.|neant|sans objet|keine?|-)\.?$/i.test(v))
        t.dropped.push(unread(v));
      break;
    }
    case 'sources':
      d.given.add('sources');
      for (const s of splitValues(v)) {
        d.sources.push(s);
        t.became.push({ kind: 'source', text: s });
      }
      break;
    case 'dataSubjects':
    case 'dataCategories':
    case 'securityMeasures':
      d.given.add(field);
      // Matched against the vocabulary later; the trace is completed there.
      d[field].push(...splitList(v));
      break;
    case 'securityText':
      d.given.add('securityMeasures');
      d.given.add('securityDescription');
      d.securityLines.push(
        ...v
          .split(/\r\n|\n|\r/)
          .map((l) => l.replace(/^\s*(?:[-*•]\s+)/, '').trim())
          .filter(Boolean),
      );
      break;
    case 'recipients':
    case 'processors':
    case 'jointControllers': {
      d.given.add('recipients');
      const kind = field === 'processors' ? 'processor' : field === 'jointControllers' ? 'joint_controller' : undefined;
      for (const item of splitValues(v)) {
        const r = readRecipient(item, kind);
        if (r.name === '') continue;
        const known = d.recipients.find((x) => fold(x.name) === fold(r.name));
        if (known) continue;
        d.recipients.push(r);
        t.became.push({ kind: 'recipient', name: r.name, recipientKind: r.kind });
        if (!r.kindStated) t.uncertain.push({ kind: 'kindGuessed', name: r.name, recipientKind: r.kind });
      }
      break;
    }
    case 'contractLinks':
      d.given.add('recipients');
      for (const link of splitValues(v)) {
        const processor = d.recipients.find(
          (r) => (r.kind === 'processor' || r.kind === 'sub_processor') && r.dpaLink === '',
        );
        if (processor) {
          processor.dpaLink = link;
          t.became.push({ kind: 'agreement', recipient: processor.name, link });
        } else {
          d.notes = appendText(d.notes, link);
          d.given.add('notes');
          t.became.push({ kind: 'note', text: link });
        }
      }
      break;
    case 'transferCountries':
    case 'transferSafeguards':
      // Read together once both columns are in (see finishTransfers).
      break;
    case 'transfers':
      d.given.add('transfers');
      for (const item of splitValues(v)) {
        const tr = readReportTransfer(item);
        if (tr) {
          d.transfers.push(tr);
          t.became.push({ kind: 'transfer', country: tr.country, safeguard: tr.safeguard });
        } else {
          const cell = parseTransfers(item, '');
          for (const x of cell.transfers) {
            d.transfers.push(Object.assign({}, x, { recipient: '' }));
            t.became.push({ kind: 'transfer', country: x.country, safeguard: x.safeguard });
          }
          t.dropped.push(...cell.unread.map(unread));
        }
      }
      break;
    case 'retention':
      d.given.add('retention');
      for (const line of splitValues(v)) {
        const r = readRetention(line);
        d.retention.push(r);
        t.became.push({
          kind: 'retention',
          durationValue: r.durationValue,
          durationUnit: r.durationUnit,
          trigger: r.trigger,
          criterion: r.criterion,
          scope: r.scope,
        });
        if (r.durationValue === null) t.uncertain.push({ kind: 'noPeriod', text: line });
      }
      break;
    case 'dpia': {
      const state = dpiaLabelOf(v) ?? dpiaOf(v);
      if (state) {
        d.dpia = state;
        d.given.add('dpia');
        t.became.push({ kind: 'dpia', state });
      } else t.dropped.push(unread(v));
      break;
    }
    case 'automatedDecision': {
      const yes = yesNo(v);
      if (yes === null) t.dropped.push(unread(v));
      else {
        d.automatedDecision = yes;
        d.given.add('automatedDecision');
        t.became.push({ kind: 'automatedDecision', yes });
      }
      break;
    }
    case 'role':
    case 'status': {
      const role = field === 'role' ? roleOf(v) : undefined;
      const status = field === 'status' ? statusOf(v) : undefined;
      if (role) {
        d.role = role;
        t.became.push({ kind: 'role', role });
      } else if (status) {
        d.status = status;
        t.became.push({ kind: 'status', status });
      } else t.dropped.push(unread(v));
      if (role || status) d.given.add(field);
      break;
    }
    case 'endDate':
    case 'reviewDate': {
      const date = dateOf(v);
      if (date) {
        d[field] = date;
        d.given.add(field);
        t.became.push({ kind: 'date', field, date });
      } else t.dropped.push(unread(v));
      break;
    }
  }
  return t;
}

/** The countries and safeguards columns, read together: each country a transfer with its safeguard. */
export function finishTransfers(d: ActivityDraft, countries: CellTrace | null, safeguards: CellTrace | null): void {
  if (!countries) {
    if (safeguards && safeguards.value.trim()) safeguards.dropped.push(unread(safeguards.value.trim()));
    return;
  }
  if (countries.value.trim() === '') return;
  d.given.add('transfers');
  const cell = parseTransfers(countries.value, safeguards?.value ?? '');
  for (const tr of cell.transfers) {
    d.transfers.push(Object.assign({}, tr, { recipient: '' }));
    countries.became.push({ kind: 'transfer', country: tr.country, safeguard: tr.safeguard });
    if (!tr.safeguardStated) countries.uncertain.push({ kind: 'noSafeguard', country: tr.country });
  }
  for (const code of cell.inEea) countries.dropped.push({ kind: 'inEea', country: code });
  countries.dropped.push(...cell.unread.map(unread));
  if (safeguards && cell.transfers.length > 0) safeguards.became.push({ kind: 'safeguards' });
}
