// The activities table's rows, for thousands of activities at once. One SQL statement with
// correlated sub-queries lets SQLite do the joining in C; JavaScript only splits the lists.
// Plain SQL up to SQLite 3.40 (no concat_ws), so the sqlite3 shell on Debian runs it too.
import type { ActivitySummary } from './contract';
import type { CoreContext } from './context';
import { formatRetention } from './labels';
import type { ActivityRole, ActivityStatus, DurationUnit, Language, LegalBasis } from './schemas';

export interface SummaryFilter {
  text?: string;
  status?: ActivityStatus | undefined;
  role?: ActivityRole | undefined;
  legalBasis?: LegalBasis | undefined;
  department?: string | undefined;
}

/** Separators that cannot occur in user text (ASCII unit and record separators). */
const US = '\u001f';
const RS = '\u001e';

const LABEL_COLUMN: Record<Language, string> = {
  en: 't.label_en',
  nl: "coalesce(nullif(t.label_nl, ''), t.label_en)",
  fr: "coalesce(nullif(t.label_fr, ''), t.label_en)",
  de: "coalesce(nullif(t.label_de, ''), t.label_en)",
};

/** The summary query; exported so the benchmark can time the same SQL in the sqlite3 shell. */
export function summarySql(lang: Language, where = ''): string {
  const label = LABEL_COLUMN[lang];
  const termList = (kind: string) =>
    `(SELECT group_concat(l, char(31)) FROM (SELECT ${label} AS l FROM activity_terms at JOIN terms t ON t.id = at.term_id
       WHERE at.activity_id = a.id AND t.kind = '${kind}' ORDER BY at.position))`;
  return `
    SELECT a.id, a.version, a.reference, a.name, a.organisation_id, o.name AS organisation_name, a.role, a.status,
      a.department, a.owner, a.purposes, a.legal_bases, a.review_date, a.updated_at, a.updated_by,
      ${termList('data_subject')} AS subjects,
      ${termList('data_category')} AS categories,
      (SELECT group_concat(n, char(31)) FROM (SELECT r.name AS n FROM activity_recipients ar JOIN recipients r ON r.id = ar.recipient_id
         WHERE ar.activity_id = a.id ORDER BY ar.position)) AS recipients,
      (SELECT group_concat(x, char(30)) FROM (SELECT coalesce(rr.duration_value, '') || char(31) || coalesce(rr.duration_unit, '') || char(31) ||
          rr.criterion || char(31) || rr.trigger || char(31) ||
          coalesce((SELECT ${label} FROM terms t WHERE t.id = coalesce(rr.data_subject_id, rr.data_category_id)), '') AS x
         FROM retention_rules rr WHERE rr.activity_id = a.id ORDER BY rr.position)) AS retention,
      EXISTS (SELECT 1 FROM activity_terms at JOIN terms t ON t.id = at.term_id WHERE at.activity_id = a.id AND (t.special OR t.criminal)) AS special,
      EXISTS (SELECT 1 FROM transfers tr WHERE tr.activity_id = a.id) AS has_transfers
    FROM activities a JOIN organisations o ON o.id = a.organisation_id
    ${where}
    ORDER BY a.reference COLLATE NOCASE, a.name COLLATE NOCASE`;
}

interface Row {
  id: string;
  version: number;
  reference: string;
  name: string;
  organisation_id: string;
  organisation_name: string;
  role: ActivityRole;
  status: ActivityStatus;
  department: string;
  owner: string;
  purposes: string;
  legal_bases: string;
  review_date: string | null;
  updated_at: string;
  updated_by: string;
  subjects: string | null;
  categories: string | null;
  recipients: string | null;
  retention: string | null;
  special: number;
  has_transfers: number;
}

const split = (s: string | null, sep = US): string[] => (s ? s.split(sep) : []);

function retentionText(s: string | null, lang: Language): string {
  return split(s, RS)
    .map((rule) => {
      const [value = '', unit = '', criterion = '', trigger = '', scope = ''] = rule.split(US);
      return formatRetention(
        { durationValue: value === '' ? null : Number(value), durationUnit: unit === '' ? null : (unit as DurationUnit), criterion, trigger, scope },
        lang,
      );
    })
    .join('; ');
}

function toSummary(r: Row, lang: Language): ActivitySummary {
  return {
    id: r.id,
    version: r.version,
    reference: r.reference,
    name: r.name,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    role: r.role,
    status: r.status,
    department: r.department,
    owner: r.owner,
    purposes: JSON.parse(r.purposes) as string[],
    legalBases: JSON.parse(r.legal_bases) as LegalBasis[],
    dataSubjects: split(r.subjects),
    dataCategories: split(r.categories),
    recipients: split(r.recipients),
    retention: retentionText(r.retention, lang),
    hasSpecialCategories: r.special === 1,
    hasTransfers: r.has_transfers === 1,
    reviewDate: r.review_date,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

function whereClause(f: SummaryFilter): { sql: string; params: Record<string, string> } {
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (f.text && f.text.trim()) {
    // LIKE with an escape so % and _ typed by the user match themselves.
    params.text = `%${f.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(
      `(${['a.name', 'a.reference', 'a.description', 'a.purposes', 'a.department', 'a.owner', 'a.notes', 'o.name']
        .map((c) => `${c} LIKE @text ESCAPE '\\'`)
        .join(' OR ')})`,
    );
  }
  if (f.status) {
    params.status = f.status;
    parts.push('a.status = @status');
  }
  if (f.role) {
    params.role = f.role;
    parts.push('a.role = @role');
  }
  if (f.legalBasis) {
    params.legalBasis = f.legalBasis;
    parts.push('EXISTS (SELECT 1 FROM json_each(a.legal_bases) WHERE value = @legalBasis)');
  }
  if (f.department) {
    params.department = f.department;
    parts.push('a.department = @department COLLATE NOCASE');
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export function summaries(ctx: CoreContext, lang: Language, filter: SummaryFilter): ActivitySummary[] {
  const { sql, params } = whereClause(filter);
  const rows = ctx.register.sqlite.prepare(summarySql(lang, sql)).all(params) as Row[];
  return rows.map((r) => toSummary(r, lang));
}
