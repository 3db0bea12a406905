// Article 30 completeness: what an auditor would find missing in each activity. Errors are fields
// Art. 30 requires; warnings are what good practice (and the seed statement) expects besides.
import type { Activity, Finding, Severity } from './api/contract';
import type { CoreContext } from './context';
import { findActivity } from './activities';

interface Rule {
  field: string;
  severity: Severity;
  code: string;
  message: string;
  /** `today` is the register's date (YYYY-MM-DD, from ctx.now()), for what falls due. */
  missing(a: Activity, today: string): boolean;
}

const RULES: Rule[] = [
  {
    field: 'purposes',
    severity: 'error',
    code: 'art30_1_b_purposes',
    message: 'No purpose of the processing (Art. 30(1)(b)).',
    missing: (a) => a.role !== 'processor' && a.purposes.length === 0,
  },
  {
    field: 'dataSubjectIds',
    severity: 'error',
    code: 'art30_1_c_subjects',
    message: 'No categories of data subjects (Art. 30(1)(c)).',
    missing: (a) => a.role !== 'processor' && a.dataSubjectIds.length === 0,
  },
  {
    field: 'dataCategoryIds',
    severity: 'error',
    code: 'art30_1_c_data',
    message: 'No categories of personal data (Art. 30(1)(c)).',
    missing: (a) => a.role !== 'processor' && a.dataCategoryIds.length === 0,
  },
  {
    field: 'recipientIds',
    severity: 'warning',
    code: 'art30_1_d_recipients',
    message: 'No recipients listed (Art. 30(1)(d)); confirm that nobody receives the data.',
    missing: (a) => a.role !== 'processor' && a.recipientIds.length === 0,
  },
  {
    field: 'transfers',
    severity: 'error',
    code: 'art30_1_e_safeguard',
    message:
      'A transfer under an Art. 49 derogation or other tool lacks the documentation of its safeguards (Art. 30(1)(e)).',
    missing: (a) =>
      a.transfers.some(
        (t) => (t.safeguard === 'derogation_art49' || t.safeguard === 'other') && t.safeguardDetails.trim() === '',
      ),
  },
  {
    field: 'retention',
    severity: 'error',
    code: 'art30_1_f_retention',
    message: 'No time limit for erasure (Art. 30(1)(f)).',
    missing: (a) => a.role !== 'processor' && a.retention.length === 0,
  },
  {
    field: 'securityMeasureIds',
    severity: 'error',
    code: 'art30_1_g_security',
    message: 'No description of technical and organisational security measures (Art. 30(1)(g)).',
    missing: (a) => a.securityMeasureIds.length === 0 && a.securityDescription.trim() === '',
  },
  {
    field: 'controllerIds',
    severity: 'error',
    code: 'art30_2_a_controllers',
    message: 'A processor activity must name the controllers it acts for (Art. 30(2)(a)).',
    missing: (a) => a.role === 'processor' && a.controllerIds.length === 0,
  },
  {
    field: 'description',
    severity: 'error',
    code: 'art30_2_b_categories',
    message: 'A processor activity must describe the categories of processing carried out (Art. 30(2)(b)).',
    missing: (a) => a.role === 'processor' && a.description.trim() === '' && a.purposes.length === 0,
  },
  {
    field: 'legalBases',
    severity: 'error',
    code: 'art6_legal_basis',
    message: 'No legal basis under Art. 6(1).',
    missing: (a) => a.role !== 'processor' && a.legalBases.length === 0,
  },
  {
    field: 'legitimateInterest',
    severity: 'error',
    code: 'art6_1_f_interest',
    message: 'Legitimate interests is a legal basis but the interest is not described.',
    missing: (a) => a.legalBases.includes('legitimate_interests') && a.legitimateInterest.trim() === '',
  },
  {
    field: 'endDate',
    severity: 'warning',
    code: 'retired_end_date',
    message: 'A retired activity should record when it ended.',
    missing: (a) => a.status === 'retired' && a.endDate === null,
  },
  {
    field: 'dpia',
    severity: 'warning',
    code: 'art35_dpia',
    message: 'A DPIA is marked as needed but not done.',
    missing: (a) => a.dpia === 'needed',
  },
  {
    field: 'reviewDate',
    severity: 'warning',
    code: 'review_date',
    message: 'No review date planned.',
    missing: (a) => a.status !== 'retired' && a.reviewDate === null,
  },
  {
    field: 'reviewDate',
    severity: 'warning',
    code: 'review_overdue',
    message: 'The planned review date has passed; review the activity and plan the next review.',
    missing: (a, today) => a.status !== 'retired' && a.reviewDate !== null && a.reviewDate < today,
  },
];

/** Findings that need the vocabulary: special categories need an Art. 9 condition. */
function specialCategoryFindings(a: Activity, specialIds: Set<string>, criminalIds: Set<string>): Rule[] {
  const extra: Rule[] = [];
  if (a.art9Condition === null && a.dataCategoryIds.some((id) => specialIds.has(id))) {
    extra.push({
      field: 'art9Condition',
      severity: 'error',
      code: 'art9_condition',
      message: 'Special categories of data are processed without an Art. 9(2) condition.',
      missing: () => true,
    });
  }
  if (a.art10Basis.trim() === '' && a.dataCategoryIds.some((id) => criminalIds.has(id))) {
    extra.push({
      field: 'art10Basis',
      severity: 'error',
      code: 'art10_basis',
      message: 'Criminal-offence data are processed without an Art. 10 basis.',
      missing: () => true,
    });
  }
  return extra;
}

export function runChecks(ctx: CoreContext, activityIds?: string[]): Finding[] {
  const { sqlite } = ctx.register;
  const ids =
    activityIds ??
    (sqlite
      .prepare('SELECT id FROM activities ORDER BY reference COLLATE NOCASE, name COLLATE NOCASE')
      .pluck()
      .all() as string[]);
  const flags = sqlite.prepare("SELECT id, special, criminal FROM terms WHERE kind = 'data_category'").all() as {
    id: string;
    special: number;
    criminal: number;
  }[];
  const specialIds = new Set(flags.filter((f) => f.special).map((f) => f.id));
  const criminalIds = new Set(flags.filter((f) => f.criminal).map((f) => f.id));
  const findings: Finding[] = [];
  const today = ctx.now().slice(0, 10);
  for (const id of ids) {
    const a = findActivity(ctx, id);
    if (!a) continue;
    for (const rule of [...RULES, ...specialCategoryFindings(a, specialIds, criminalIds)]) {
      if (rule.missing(a, today)) {
        findings.push({
          activityId: a.id,
          activityName: a.name,
          reference: a.reference,
          field: rule.field,
          severity: rule.severity,
          code: rule.code,
          message: rule.message,
        });
      }
    }
  }
  return findings;
}
