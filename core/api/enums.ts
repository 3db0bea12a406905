// The closed lists of the register's words (languages, roles, legal bases, …) and of the export
// formats: plain constants, without zod, so the UI's first load can use them without pulling in the
// schemas (core/api/schemas.ts re-exports them for everyone else).
export const LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;
export const ORGANISATION_KINDS = ['own', 'client'] as const;
export const ACTIVITY_ROLES = ['controller', 'joint_controller', 'processor'] as const;
export const ACTIVITY_STATUSES = ['draft', 'active', 'retired'] as const;
/** GDPR Art. 6(1)(a)-(f). */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const;
/** GDPR Art. 9(2)(a)-(j). */
export const ART9_CONDITIONS = [
  'explicit_consent',
  'employment_social_security',
  'vital_interests',
  'not_for_profit_body',
  'made_public',
  'legal_claims',
  'substantial_public_interest',
  'health_social_care',
  'public_health',
  'archiving_research_statistics',
] as const;
export const DPIA_STATES = ['not_assessed', 'not_needed', 'needed', 'done'] as const;
export const TERM_KINDS = ['data_category', 'data_subject', 'security_measure', 'cookie_category'] as const;
export const RECIPIENT_KINDS = [
  'processor',
  'sub_processor',
  'third_party',
  'joint_controller',
  'authority',
  'internal',
] as const;
/** Chapter V transfer tools (Art. 45, 46, 47, 49). */
export const SAFEGUARDS = [
  'adequacy_decision',
  'standard_contractual_clauses',
  'binding_corporate_rules',
  'code_of_conduct',
  'certification',
  'ad_hoc_clauses',
  'derogation_art49',
  'other',
] as const;
export const DURATION_UNITS = ['days', 'weeks', 'months', 'years'] as const;
/** Who an activity is published to: each audience's privacy notice (core/notices/) describes it. */
export const AUDIENCES = ['website', 'applicants', 'employees', 'customers'] as const;

/** How long a cookie lives: until the browser closes, for a stated time, or until removed. */
export const COOKIE_EXPIRIES = ['session', 'duration', 'persistent'] as const;
export const COOKIE_EXPIRY_UNITS = ['minutes', 'hours', 'days', 'weeks', 'months', 'years'] as const;
/** What kind of tracker it is: an HTTP cookie, browser storage, a pixel (web beacon) or an SDK in an app. */
export const COOKIE_KINDS = ['http_cookie', 'local_storage', 'pixel', 'sdk'] as const;
/** First party: set by our own site; third party: set by another site's domain. */
export const COOKIE_PARTIES = ['first', 'third'] as const;
/** The code of the cookie category that needs no consent (ePrivacy Art. 5(3)): `ropa check` knows it. */
export const STRICTLY_NECESSARY = 'strictly_necessary';

export type Language = (typeof LANGUAGES)[number];
export type ActivityRole = (typeof ACTIVITY_ROLES)[number];
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export type Audience = (typeof AUDIENCES)[number];
export type LegalBasis = (typeof LEGAL_BASES)[number];
export type Art9Condition = (typeof ART9_CONDITIONS)[number];
export type TermKind = (typeof TERM_KINDS)[number];
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export type Safeguard = (typeof SAFEGUARDS)[number];
export type DurationUnit = (typeof DURATION_UNITS)[number];
export type CookieExpiry = (typeof COOKIE_EXPIRIES)[number];
export type CookieExpiryUnit = (typeof COOKIE_EXPIRY_UNITS)[number];
export type CookieKind = (typeof COOKIE_KINDS)[number];
export type CookieParty = (typeof COOKIE_PARTIES)[number];

export const REPORT_FORMATS = ['pdf', 'csv', 'xlsx', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** Public documents generated from the register (core/notices/). */
export const NOTICE_FORMATS = ['html', 'md', 'docx', 'pdf'] as const;
export type NoticeFormat = (typeof NOTICE_FORMATS)[number];
