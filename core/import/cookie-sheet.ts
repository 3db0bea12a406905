// A cookie list kept as a spreadsheet (CSV or XLSX, read by source.ts as the activity import reads
// it): the header row is the first of the top 20 with a name column and one more known column
// (name, domain/host, provider, category, purpose, expiry, in English, Dutch, French or German).
import { RopaFailure } from '../api/errors';
import type { CookieExpiryUnit } from '../api/schemas';
import type { ListedCookie } from './cookie-list';
import { normaliseDomain } from './cookie-list';
import type { SourceBook } from './source';
import { fold } from './values';

type Column = 'name' | 'domain' | 'provider' | 'category' | 'purpose' | 'expiry';

const HEADERS: Record<Column, string[]> = {
  name: ['name', 'cookie', 'cookie name', 'cookies', 'naam', 'cookienaam', 'nom', 'nom du cookie', 'cookie-name'],
  domain: ['domain', 'host', 'hostname', 'domein', 'domaine', 'domäne'],
  provider: ['provider', 'aanbieder', 'leverancier', 'verstrekker', 'fournisseur', 'anbieter', 'vendor', 'service'],
  category: ['category', 'type', 'categorie', 'catégorie', 'kategorie', 'soort'],
  purpose: [
    'purpose',
    'description',
    'doel',
    'beschrijving',
    'finalite',
    'finalité',
    'but',
    'description',
    'zweck',
    'beschreibung',
  ],
  expiry: [
    'expiry',
    'expiration',
    'expires',
    'duration',
    'lifetime',
    'retention',
    'looptijd',
    'bewaartermijn',
    'vervaldatum',
    'vervaltermijn',
    'duree',
    'durée',
    'expiration',
    'ablauf',
    'laufzeit',
    'speicherdauer',
  ],
};

function columnOf(header: string): Column | null {
  const h = fold(header).replace(/[:*]$/, '').trim();
  for (const [col, words] of Object.entries(HEADERS) as [Column, string[]][])
    if (words.some((w) => fold(w) === h)) return col;
  return null;
}

const UNITS: [CookieExpiryUnit, RegExp][] = [
  ['minutes', /^(min|minute|minutes|minuut|minuten|minuten)$/],
  ['hours', /^(h|hr|hrs|hour|hours|uur|uren|heure|heures|stunde|stunden)$/],
  ['days', /^(d|day|days|dag|dagen|jour|jours|tag|tage|tagen)$/],
  ['weeks', /^(week|weeks|weken|semaine|semaines|woche|wochen)$/],
  ['months', /^(month|months|maand|maanden|mois|monat|monate|monaten)$/],
  ['years', /^(y|yr|year|years|jaar|jaren|an|ans|annee|annees|jahr|jahre|jahren)$/],
];

type Expiry = Exclude<ListedCookie['expiry'], undefined>;

/** "Session", "1 jaar", "30 minutes", "2 ans", "persistent"; null when it says none of these. */
export function expiryOf(cell: string): Expiry | null {
  const t = fold(cell);
  if (t === '') return 'keep';
  if (/^(session|sessie|sitzung|de session|einde sessie|end of session|sessiecookie)/.test(t))
    return { expiry: 'session', expiryValue: null, expiryUnit: null };
  if (/^(persistent|permanent|persistant|persistente?|blijvend)/.test(t))
    return { expiry: 'persistent', expiryValue: null, expiryUnit: null };
  const m = /^(\d{1,6})\s*([a-z]+)/.exec(t);
  if (!m) return null;
  const unit = UNITS.find(([, re]) => re.test(m[2]!))?.[0];
  const value = Number(m[1]);
  if (!unit || value < 1 || value > 100_000) return null;
  return { expiry: 'duration', expiryValue: value, expiryUnit: unit };
}

function fail(message: string): never {
  throw new RopaFailure({ kind: 'validation', message, issues: [] });
}

/** The cookies of a spreadsheet's first sheet; a one-line refusal naming the row for anything unreadable. */
export function readCookieSheet(book: SourceBook, source: string): ListedCookie[] {
  const grid = book.sheets[0];
  if (!grid) fail(`${source} has no sheet to read; nothing was imported.`);
  const headerIndex = grid.rows.slice(0, 20).findIndex((row) => {
    const cols = row.map(columnOf);
    return cols.includes('name') && cols.filter((c) => c !== null).length >= 2;
  });
  if (headerIndex < 0)
    fail(
      `${source}: no header row with a cookie name column and one of domain, provider, category, purpose, expiry in the first 20 rows; nothing was imported.`,
    );
  const columns = grid.rows[headerIndex]!.map(columnOf);
  const at = (row: string[], col: Column) => {
    const i = columns.indexOf(col);
    return i < 0 ? '' : (row[i] ?? '').trim();
  };
  const out: ListedCookie[] = [];
  grid.rows.forEach((row, i) => {
    if (i <= headerIndex || row.every((c) => c.trim() === '')) return;
    const where = `${source}, row ${i + 1}`;
    const name = at(row, 'name');
    if (name === '') fail(`${where} has no cookie name; nothing was imported.`);
    const expiry = expiryOf(at(row, 'expiry'));
    if (expiry === null)
      fail(
        `${where} ("${name}"): expiry "${at(row, 'expiry')}" is not a session, persistent or a duration such as "13 months"; nothing was imported.`,
      );
    out.push({
      name,
      domain: normaliseDomain(at(row, 'domain')),
      expiresAt: null,
      expiry,
      provider: at(row, 'provider'),
      category: at(row, 'category'),
      purpose: at(row, 'purpose'),
    });
  });
  if (out.length === 0) fail(`${source} lists no cookies under its header row; nothing was imported.`);
  return out;
}
