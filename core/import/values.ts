// What a cell says, read as the register's values: pure functions from text to legal bases,
// retention rules, recipients, transfers and dates, in English, Dutch, French and German. Nothing
// here knows the register; matching against its vocabularies is match.ts's job.
import { countryCodeFor, isEea } from '../api/countries';
import { parseDate, parseWrittenDate } from '../api/dates';
import type { Art9Condition, DurationUnit, LegalBasis, RecipientKind, Safeguard } from '../api/schemas';
import { ART9_CONDITIONS, LEGAL_BASES } from '../api/schemas';

/**
 * A function of one text, worked out once per distinct text: a sheet repeats the same cells, names
 * and labels on thousands of rows. Bounded, so a long session does not keep every sheet it read.
 * Results are shared, hence readonly.
 */
function perText<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      result = compute(text);
      if (known.size >= 20_000) known.clear();
      known.set(text, result);
    }
    return result;
  };
}

/** Lower case without accents, for matching words whatever the keyboard. */
export const fold: (s: string) => string = perText((s) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim(),
);

/** A multi-value cell: one value per line, `;` or bullet (•, ·, ▪, or a leading `-`/`*`). */
export function splitValues(cell: string): string[] {
  // One loop rather than map and filter: every list cell of every row comes through here.
  const out: string[] = [];
  for (const part of cell.split(/\r\n|\n|\r|;|•|·|▪|\s\|\s/)) {
    const v = part.replace(/^\s*(?:[-*–]\s+|\d+[.)]\s+)/, '').trim();
    if (v !== '' && v !== '-') out.push(v);
  }
  return out;
}

/** Like splitValues, but also on commas outside parentheses: for short lists (subjects, categories). */
export function splitList(cell: string): string[] {
  const out: string[] = [];
  for (const v of splitValues(cell)) {
    // Most values hold no comma; splitValues has trimmed them and dropped empty ones already.
    if (!v.includes(',')) {
      out.push(v);
      continue;
    }
    const parts: string[] = [];
    let depth = 0;
    let current = '';
    for (const ch of v) {
      if (ch === '(') depth++;
      if (ch === ')') depth = Math.max(0, depth - 1);
      if (ch === ',' && depth === 0) {
        parts.push(current);
        current = '';
      } else current += ch;
    }
    parts.push(current);
    for (const p of parts) {
      const t = p.trim();
      if (t) out.push(t);
    }
  }
  return out;
}

// ---- Legal bases (Art. 6) and Art. 9 conditions ----

const BASIS_WORDS: [LegalBasis, RegExp][] = [
  [
    'legitimate_interests',
    /legitimate interest|gerechtvaardigd\w* belang|interets? legitimes?|berechtigte\w* interesse/,
  ],
  [
    'public_task',
    /public (task|interest)|official authority|algemeen belang|openbaar gezag|mission d'interet public|interet public|autorite publique|offentlich\w* (interesse|gewalt)|wahrnehmung einer aufgabe/,
  ],
  ['vital_interests', /vital interest|vita\w* belang|interets? vita|lebenswichtig/],
  [
    'legal_obligation',
    /legal (obligation|requirement)|statutory|wettelijke? (verplichting|plicht)|obligation legale|obligations? legales?|rechtlichen? verpflichtung|gesetzliche\w* (pflicht|verpflichtung)/,
  ],
  [
    'contract',
    /contract|overeenkomst|contrat|vertrag|pre-?contractu|precontractu|vorvertraglich|agreement|contractuel/,
  ],
  ['consent', /consent|toestemming|consentement|einwilligung|opt-?in/],
];

const ARTICLE6 = /6\s*[(.]?\s*1\s*[).]?\s*[(.]?\s*([a-f])\b/g;
const ARTICLE9 = /9\s*[(.]?\s*2\s*[).]?\s*[(.]?\s*([a-j])\b/g;

/** Every Art. 6 basis a text names, by article letter or by words, in the order they appear. */
export function legalBasesIn(text: string): LegalBasis[] {
  const t = fold(text);
  const found: { basis: LegalBasis; at: number }[] = [];
  for (const m of t.matchAll(ARTICLE6)) {
    const basis = LEGAL_BASES['abcdef'.indexOf(m[1]!)];
    if (basis) found.push({ basis, at: m.index });
  }
  for (const [basis, words] of BASIS_WORDS) {
    const m = words.exec(t);
    // "Explicit consent" belongs to Art. 9; a contract with a processor is not a basis.
    if (m && !(basis === 'consent' && /explicit|uitdrukkelijk|explicite|ausdruecklich|ausdrucklich/.test(t)))
      found.push({ basis, at: m.index });
  }
  // "pre-contractual" also contains "contract": one basis each, the earliest mention first.
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.basis))];
}

const ART9_WORDS: [Art9Condition, RegExp][] = [
  [
    'explicit_consent',
    /explicit consent|uitdrukkelijke toestemming|consentement explicite|ausdrucklich\w* einwilligung/,
  ],
  [
    'employment_social_security',
    /employment|social security|arbeidsrecht|sociale zekerheid|droit du travail|securite sociale|arbeitsrecht|soziale sicherheit/,
  ],
  ['legal_claims', /legal claims?|rechtsvordering|droits? en justice|rechtsanspruch/],
  ['made_public', /made public|openbaar gemaakt|rendues? publiques|offentlich gemacht/],
  [
    'substantial_public_interest',
    /substantial public interest|zwaarwegend algemeen belang|interet public important|erhebliche\w* offentlich/,
  ],
  ['public_health', /public health|volksgezondheid|sante publique|offentliche\w* gesundheit/],
  [
    'health_social_care',
    /health or social care|medical|gezondheidszorg|medisch|medecine|soins de sante|gesundheitsvorsorge|medizin/,
  ],
  ['archiving_research_statistics', /archiv|research|statisti|onderzoek|recherche|forschung/],
  [
    'not_for_profit_body',
    /not-for-profit|non-profit|zonder winstoogmerk|but non lucratif|ohne gewinnerzielungsabsicht/,
  ],
  ['vital_interests', /vital interest|vitaal belang|interets? vitaux|lebenswichtig/],
];

export function art9ConditionIn(text: string): Art9Condition | null {
  const t = fold(text);
  if (t === '' || /^(n\/?a|none|not applicable|geen|nvt|n\.v\.t\.|neant|sans objet|keine?)\.?$/.test(t)) return null;
  const m = ARTICLE9.exec(t);
  ARTICLE9.lastIndex = 0;
  if (m) return ART9_CONDITIONS['abcdefghij'.indexOf(m[1]!)] ?? null;
  return ART9_WORDS.find(([, words]) => words.test(t))?.[0] ?? null;
}

export interface PurposeDraft {
  text: string;
  bases: LegalBasis[];
}

export interface BasisCell {
  /** Every basis the cell names, in order. */
  bases: LegalBasis[];
  /** "legitimate interest (security, proper functioning)": purposes the cell pairs with a basis. */
  pairs: PurposeDraft[];
  /** Text of the cell no basis was read from. */
  unread: string[];
}

/**
 * A legal basis cell: bases alone ("consent; 6(1)(b)") or bases each followed by the purposes they
 * cover in parentheses ("legitimate interest (security, proper functioning); consent (analytics)").
 */
export function parseBasisCell(cell: string): BasisCell {
  const out: BasisCell = { bases: [], pairs: [], unread: [] };
  for (const part of splitValues(cell)) {
    const paren = /^(.*?)\s*\((.+)\)\s*[.,]?$/.exec(part);
    let bases: LegalBasis[];
    if (paren && legalBasesIn(paren[2]!).length === 0 && !/art/i.test(paren[2]!)) {
      bases = legalBasesIn(paren[1]!);
      if (bases.length > 0) {
        for (const purpose of splitList(paren[2]!)) {
          const known = out.pairs.find((p) => fold(p.text) === fold(purpose));
          if (known) known.bases.push(...bases.filter((b) => !known.bases.includes(b)));
          else out.pairs.push({ text: purpose, bases: [...bases] });
        }
      }
    } else bases = legalBasesIn(part);
    if (bases.length === 0) out.unread.push(part);
    for (const b of bases) if (!out.bases.includes(b)) out.bases.push(b);
  }
  return out;
}

// ---- Retention ----

const UNIT_WORDS: [DurationUnit, RegExp][] = [
  ['years', /^(years?|yrs?|jaar|jaren|j|ans?|annees?|jahre?n?|jahr)\b/],
  ['months', /^(months?|maand(en)?|mnd|mois|monate?n?|monat)\b/],
  ['weeks', /^(weeks?|weken|semaines?|wochen?)\b/],
  ['days', /^(days?|dag(en)?|jours?|tage?n?|tag)\b/],
];

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  een: 1,
  un: 1,
  une: 1,
  ein: 1,
  eine: 1,
  einem: 1,
  einen: 1,
  two: 2,
  twee: 2,
  deux: 2,
  zwei: 2,
  three: 3,
  drie: 3,
  trois: 3,
  drei: 3,
  five: 5,
  vijf: 5,
  cinq: 5,
  funf: 5,
  fuenf: 5,
  six: 6,
  zes: 6,
  sechs: 6,
  seven: 7,
  zeven: 7,
  sept: 7,
  sieben: 7,
  ten: 10,
  tien: 10,
  dix: 10,
  zehn: 10,
};

export interface RetentionDraft {
  durationValue: number | null;
  durationUnit: DurationUnit | null;
  trigger: string;
  criterion: string;
  /** "users: 10 years": the subject category or data category the rule is limited to, as written. */
  scope: string;
}

/** One retention phrase: "7 years after end of employment", "6 mois", "until consent is withdrawn". */
export const parseRetentionPhrase: (phrase: string) => Readonly<Omit<RetentionDraft, 'scope'>> =
  perText(retentionPhrase);

function retentionPhrase(phrase: string): Omit<RetentionDraft, 'scope'> {
  const text = phrase.trim().replace(/\.$/, '');
  const t = fold(text);
  const m = /(\d{1,4}|[a-z]+)\s*([a-z]+)/g;
  for (const hit of t.matchAll(m)) {
    const n = /^\d+$/.test(hit[1]!) ? Number(hit[1]) : NUMBER_WORDS[hit[1]!];
    if (n === undefined || n < 1 || n > 1000) continue;
    const unit = UNIT_WORDS.find(([, re]) => re.test(hit[2]!))?.[0];
    if (!unit) continue;
    const unitWord = UNIT_WORDS.find(([u]) => u === unit)![1].exec(hit[2]!)![0];
    // The same offsets hold in the original: fold keeps length except for collapsed spaces.
    const end = hit.index + hit[0].indexOf(hit[2]!) + unitWord.length;
    const before = text.slice(0, hit.index).trim();
    const after = text
      .slice(end)
      .trim()
      .replace(/^[,:-]\s*/, '');
    const trigger = after.replace(/^\(|\)$/g, '').trim();
    return {
      durationValue: n,
      durationUnit: unit,
      trigger,
      criterion: before.replace(/[,:-]\s*$/, '').trim(),
    };
  }
  return { durationValue: null, durationUnit: null, trigger: '', criterion: text };
}

/** A retention cell: one rule per line or `;`, "scope: phrase" scoping a rule to a category. */
export function parseRetentionCell(cell: string): RetentionDraft[] {
  return splitValues(cell).map((part) => {
    const scoped = /^([^:]{1,80}):\s*(.+)$/.exec(part);
    if (scoped && parseRetentionPhrase(scoped[1]!).durationValue === null) {
      return Object.assign({}, parseRetentionPhrase(scoped[2]!), { scope: scoped[1]!.trim() });
    }
    return Object.assign({}, parseRetentionPhrase(part), { scope: '' });
  });
}

// ---- Recipients ----

const KIND_WORDS: [RecipientKind, RegExp][] = [
  [
    'sub_processor',
    /sub-?processor|subverwerker|sub-?verwerker|sous-traitant ulterieur|sous-traitants ulterieurs|unterauftragsverarbeiter/,
  ],
  [
    'joint_controller',
    /joint controller|gezamenlijke? verwerkingsverantwoordelijke|responsables? (de traitement )?conjoints?|gemeinsam\w* verantwortlich/,
  ],
  [
    'processor',
    /processor|verwerker|sous-traitant|auftragsverarbeiter|subcontractor|onderaannemer|service provider|dienstverlener|prestataire|dienstleister/,
  ],
  [
    'authority',
    /authorit|overheid|autorite|administration|behorde|police|politie|polizei|tax |fisc|belasting|finanzamt|court|rechtbank|tribunal|gericht|spf |fod |inspection|inspectie/,
  ],
  ['internal', /internal|intern|department|afdeling|dienst |service interne|abteilung|hr\b|staff|personeel|personnel/],
];

/** The kind of recipient a name or note suggests; third party when nothing does. */
export function recipientKindOf(text: string): { kind: RecipientKind; guessed: boolean } {
  const t = ` ${fold(text)} `;
  const hit = KIND_WORDS.find(([, re]) => re.test(t));
  return hit ? { kind: hit[0], guessed: true } : { kind: 'third_party', guessed: false };
}

export interface RecipientDraft {
  name: string;
  kind: RecipientKind;
  /** False when nothing in the text named the kind (third party by default). */
  kindStated: boolean;
}

/** "Mailchimp (processor)", "Tax authority", "Acme – sous-traitant": the name and its kind. */
export function parseRecipient(value: string, defaultKind?: RecipientKind): RecipientDraft {
  const { name, kind, kindStated } = recipientNamed(value);
  // A column of processors (or joint controllers) states the kind of all its names.
  if (defaultKind) return { name, kind: defaultKind, kindStated: true };
  return { name, kind, kindStated };
}

const recipientNamed = perText((value): Readonly<RecipientDraft> => {
  const { kind, guessed } = recipientKindOf(value);
  // Kind words in parentheses or after a dash are a note, not part of the name.
  let name = value.replace(/\s*\(([^)]*)\)\s*$/, (all, inner: string) => (recipientKindOf(inner).guessed ? '' : all));
  const dash = / [-–—] /.exec(name);
  if (dash && recipientKindOf(name.slice(dash.index + 3)).guessed) name = name.slice(0, dash.index);
  return { name: name.trim(), kind, kindStated: guessed };
});

// ---- Transfers ----

/** Short forms sheets use that are no country's name in any register language. */
const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'US',
  'united states of america': 'US',
  vs: 'US',
  'verenigde staten van amerika': 'US',
  'etats unis d amerique': 'US',
  'vereinigte staaten von amerika': 'US',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  'groot brittannie': 'GB',
  'grande bretagne': 'GB',
  grossbritannien: 'GB',
};

/** A country's ISO code from its code or name in EN/NL/FR/DE (core/api/countries.ts), or a common short form. */
export function countryOf(text: string): string | null {
  const key = fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return COUNTRY_ALIASES[key] ?? countryCodeFor(text) ?? null;
}

const SAFEGUARD_WORDS: [Safeguard, RegExp][] = [
  [
    'standard_contractual_clauses',
    /\bsccs?\b|standard (data protection )?contractual clauses|model clauses|modelcontract|standaardcontract|standaardbepalingen|clauses contractuelles types|\bcct\b|standardvertragsklauseln|standarddatenschutzklauseln/,
  ],
  [
    'adequacy_decision',
    /adequa|adequaatheid|passend beschermingsniveau|adequation|angemessenheit|privacy framework|\bdpf\b|privacy shield/,
  ],
  [
    'binding_corporate_rules',
    /\bbcrs?\b|binding corporate rules|bindende bedrijfsvoorschriften|regles d'entreprise contraignantes|verbindliche interne datenschutzvorschriften/,
  ],
  ['code_of_conduct', /code of conduct|gedragscode|code de conduite|verhaltensregeln/],
  ['certification', /certific|zertifizierung/],
  ['ad_hoc_clauses', /ad hoc|ad-hoc/],
  [
    'derogation_art49',
    /art(icle|ikel)?\.? ?49|derogation|afwijking|ausnahme|explicit consent|uitdrukkelijke toestemming/,
  ],
];

export function safeguardOf(text: string): Safeguard | null {
  const t = fold(text);
  return SAFEGUARD_WORDS.find(([, re]) => re.test(t))?.[0] ?? null;
}

export interface TransferDraft {
  country: string;
  safeguard: Safeguard;
  safeguardDetails: string;
  /** False when no safeguard was named ('other' is a placeholder to review). */
  safeguardStated: boolean;
}

export interface CountryCell {
  transfers: TransferDraft[];
  /** Countries in the EEA: not transfers under Chapter V. */
  inEea: string[];
  /** Values no country was read from. */
  unread: string[];
}

const NO_TRANSFER =
  /^(none|no|n\/?a|not applicable|geen|nee|neen|nvt|n\.v\.t|aucun|non|neant|sans objet|keine?|nein)\b/;

/**
 * Countries from one cell ("United States (SCC); India") with safeguards from the same cell or the
 * safeguards column; a safeguard column line "US: SCC" names its country.
 */
export function parseTransfers(countries: string, safeguards: string): CountryCell {
  const out: CountryCell = { transfers: [], inEea: [], unread: [] };
  const guardParts = splitValues(safeguards);
  const guardFor = (code: string): string | undefined =>
    guardParts.find((g) => {
      const m = /^([^:]+):/.exec(g);
      return m !== null && countryOf(m[1]!) === code;
    });
  const general = guardParts.filter((g) => {
    const m = /^([^:]+):/.exec(g);
    return !(m && countryOf(m[1]!));
  });
  for (const value of splitList(countries)) {
    if (NO_TRANSFER.test(fold(value))) continue;
    const m = /^(.*?)\s*(?:\((.+)\)|[:–—-]\s+(.+))?$/.exec(value)!;
    const code = countryOf(m[1]!);
    if (!code) {
      out.unread.push(value);
      continue;
    }
    if (isEea(code)) {
      out.inEea.push(code);
      continue;
    }
    const own = m[2] ?? m[3] ?? '';
    const specific = guardFor(code)?.replace(/^[^:]+:\s*/, '');
    const detail = own || specific || general.join('; ');
    const safeguard = safeguardOf(detail);
    out.transfers.push({
      country: code,
      safeguard: safeguard ?? 'other',
      safeguardDetails: safeguard ? '' : detail,
      safeguardStated: safeguard !== null,
    });
  }
  return out;
}

// ---- Simple fields ----

/** ISO, day first (31/12/2026, 31.12.2026, 31-12-2026) as European sheets write dates, or with the month's name in EN/NL/FR/DE. */
export function dateOf(cell: string): string | null {
  const text = cell.trim().replace(/[T ]00:00:00(\.000)?Z?$/, '');
  const parsed = parseDate(text, 'en-GB');
  if (parsed.ok) return parsed.iso;
  const written = parseWrittenDate(text);
  return written.ok ? written.iso : null;
}

export function yesNo(cell: string): boolean | null {
  const t = fold(cell);
  if (/^(yes|y|ja|j|oui|o|true|1|x|✓)\b/.test(t)) return true;
  if (/^(no|n|nee|neen|non|nein|false|0|none|geen|aucun|keine?|n\/?a)\b/.test(t)) return false;
  return null;
}

export function dpiaOf(cell: string): 'not_assessed' | 'not_needed' | 'needed' | 'done' | null {
  const t = fold(cell);
  if (t === '') return null;
  if (/done|carried out|completed|uitgevoerd|realise|effectue|durchgefuhrt|erledigt/.test(t)) return 'done';
  if (
    /not (required|needed)|niet (nodig|vereist)|non (requis|necessaire)|nicht erforderlich|^no\b|^nee|^non\b|^nein/.test(
      t,
    )
  )
    return 'not_needed';
  if (/required|needed|nodig|vereist|requis|necessaire|erforderlich|^yes|^ja|^oui/.test(t)) return 'needed';
  if (/not assessed|niet beoordeeld|non evalue|nicht bewertet/.test(t)) return 'not_assessed';
  return null;
}
