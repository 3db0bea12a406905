// The sample register: Belgian Mobile ID's website processing as its privacy statement (seed 001,
// kept beside this file as seed-001-privacy-statement-nl.txt) describes it: the English texts, the
// translation of the register's Dutch primary texts (belgian-mobile-id-nl.ts).
// Each activity's reference is the statement's section number. Legal bases, retention and
// recipients are the statement's; what the statement leaves out stays empty on purpose, so that
// `ropa check` has real findings to show (no review dates, no retention or recipients for the
// website itself, no description of the legitimate interest in leads).
import type {
  ActivityStatus,
  Audience,
  DurationUnit,
  LegalBasis,
  OrganisationFields,
  RecipientFields,
  TermFields,
} from '../api/schemas';

export const ORGANISATION: Partial<OrganisationFields> & Pick<OrganisationFields, 'name'> = {
  kind: 'own',
  name: 'Belgian Mobile ID SA/NV',
  enterpriseNumber: '0541.659.084',
  address: 'Rue du Marquis 1, 1000 Brussels',
  country: 'BE',
  website: 'https://www.itsme-ID.com',
  dpoName: 'Data Protection Officer',
  dpoEmail: 'privacy@itsme-id.com',
  dpoAddress: 'Markiesstraat 1, 1000 Brussel, Belgium',
  notes: 'Controller for the personal data obtained from or through the website www.itsme-ID.com.',
};

/** Subject categories this register needs beyond the default vocabulary. */
export const EXTRA_TERMS: (Pick<TermFields, 'kind' | 'code' | 'labelEn'> & Partial<TermFields>)[] = [
  {
    kind: 'data_subject',
    code: 'itsme_user',
    labelEn: 'itsme® users',
    labelNl: 'itsme®-gebruikers',
    labelFr: 'Utilisateurs itsme®',
    labelDe: 'itsme®-Nutzer',
  },
  {
    kind: 'data_subject',
    code: 'itsme_non_user',
    labelEn: 'Non-users of the itsme® app',
    labelNl: 'Niet-gebruikers van de itsme®-toepassing',
    labelFr: "Non-utilisateurs de l'app itsme®",
    labelDe: 'Nichtnutzer der itsme®-App',
  },
];

export type RecipientKey = 'ict' | 'recruitment' | 'portal' | 'requestProviders';

export const RECIPIENTS: Record<RecipientKey, Partial<RecipientFields> & Pick<RecipientFields, 'name' | 'kind'>> = {
  ict: {
    name: 'ICT infrastructure subcontractors',
    kind: 'processor',
    notes: 'Subcontractors who provide our ICT infrastructure.',
  },
  recruitment: {
    name: 'Recruitment and selection service providers',
    kind: 'processor',
    notes: 'Service providers involved in the recruitment and selection process.',
  },
  portal: {
    name: 'Business portal development and maintenance subcontractors',
    kind: 'processor',
    notes: 'Subcontractors involved in developing and maintaining the portal.',
  },
  requestProviders: {
    name: 'Service providers involved in the request',
    kind: 'processor',
    notes: 'Service providers who may be involved in the context of the request.',
  },
};

export interface SampleRetention {
  duration?: [number, DurationUnit];
  criterion?: string;
  trigger?: string;
  /** Code of the data subject category the rule is limited to. */
  subject?: string;
  /** Code of the data category the rule is limited to. */
  category?: string;
}

/** A purpose with the legal bases the statement gives it (and the interest, for legitimate interests). */
export interface SamplePurpose {
  text: string;
  bases: LegalBasis[];
  interest?: string;
}

export interface SampleActivity {
  reference: string;
  name: string;
  description: string;
  purposes: SamplePurpose[];
  department: string;
  status: ActivityStatus;
  sources: string[];
  subjects: string[];
  categories: string[];
  recipients: RecipientKey[];
  retention: SampleRetention[];
  /** The statement is the website's notice, so every activity is published there; some to a further audience too. */
  audiences: Audience[];
  notes?: string;
}

const FROM_SUBJECT = 'The data subject';
/** Section 5 of the statement, true of every activity. */
export const SECURITY_MEASURES = ['encryption_in_transit', 'digital_certificates', 'iso27001_certification'];
export const SECURITY_DESCRIPTION =
  'Appropriate administrative, technical and physical safeguards. Personal data provided online travel encrypted with TLS; ' +
  'digital certificates show that visitors are connected through authentic channels; an independent external body audits ' +
  'compliance with ISO/IEC 27001:2013 regularly and the certification is maintained.';

export const ACTIVITIES: SampleActivity[] = [
  {
    reference: '2.1',
    name: 'Website management and cookies',
    description:
      'IP addresses and cookies are processed while visitors browse the website. Three kinds of cookies are used: essential, ' +
      'analytical and marketing cookies. Consent is asked through a cookie banner for every cookie except the essential ones.',
    purposes: [
      {
        text: 'Ensure the proper functioning and security of the website',
        bases: ['legitimate_interests'],
        interest: 'The security and proper functioning of the website (essential cookies)',
      },
      { text: 'Improve the browsing experience (analysis of the use of the website)', bases: ['consent'] },
      { text: 'Retargeting', bases: ['consent'] },
      { text: 'Measure the performance of advertising campaigns', bases: ['consent'] },
    ],
    department: 'Marketing',
    status: 'active',
    sources: ["The visitor's browser (cookies, IP address)"],
    subjects: ['visitor'],
    categories: ['user.device.ip_address', 'user.device.cookie_id', 'user.behavior.browsing_history'],
    recipients: [],
    retention: [],
    audiences: ['website'],
    notes: 'Cookie lifetimes are set out in the cookie policy: https://www.itsme-ID.com/en/legal/cookie-policy',
  },
  {
    reference: '2.2',
    name: 'Newsletter',
    description: 'Visitors may give their email address to receive newsletters.',
    purposes: [
      { text: 'Keep subscribers informed of all developments in our products and services', bases: ['consent'] },
    ],
    department: 'Marketing',
    status: 'active',
    sources: [FROM_SUBJECT],
    subjects: ['newsletter_subscriber'],
    categories: ['user.contact.email'],
    recipients: ['ict'],
    retention: [{ criterion: 'Until consent is withdrawn' }],
    audiences: ['website'],
  },
  {
    reference: '2.3',
    name: 'Recruitment',
    description:
      'Candidates may submit their CV and cover letter. The candidate decides which data are relevant and limits them to what the application strictly needs.',
    purposes: [{ text: 'Recruiting staff', bases: ['contract'] }],
    department: 'Human Resources',
    status: 'active',
    sources: [FROM_SUBJECT],
    subjects: ['job_applicant'],
    categories: ['identification', 'user.contact', 'work_history'],
    recipients: ['ict', 'recruitment'],
    retention: [{ duration: [1, 'years'] }],
    audiences: ['website', 'applicants'],
    notes:
      'Legal basis: pre-contractual measures. Other data the candidate chooses to include in the CV or cover letter may also be processed.',
  },
  {
    reference: '2.4',
    name: 'Business portal',
    description:
      'Customers connect to the Belgian Mobile ID business portal when they need support integrating itsme into their systems.',
    purposes: [{ text: 'Support partners integrating itsme into their systems', bases: ['contract'] }],
    department: 'Customer Success',
    status: 'active',
    sources: [FROM_SUBJECT],
    subjects: ['business_contact'],
    categories: ['identification', 'user.contact'],
    recipients: ['ict', 'portal'],
    retention: [
      { duration: [6, 'months'], trigger: 'if no customer agreement is concluded' },
      { criterion: 'If a customer agreement is concluded: as that agreement requires' },
    ],
    audiences: ['website', 'customers'],
  },
  {
    reference: '2.5',
    name: 'White papers and leads',
    description:
      'Visitors give their contact details to download white papers. The sales department assesses each one as a potential lead, ' +
      "considering the person's profile and company affiliation, and contacts promising prospects.",
    purposes: [{ text: 'Generating and managing leads', bases: ['legitimate_interests'] }],
    department: 'Sales',
    status: 'active',
    sources: [FROM_SUBJECT],
    subjects: ['prospect'],
    categories: ['identification', 'user.contact'],
    recipients: ['ict'],
    retention: [{ duration: [2, 'years'] }],
    audiences: ['website'],
  },
  {
    reference: '2.6.1',
    name: 'Support for users',
    description:
      'Users of the app contact Belgian Mobile ID through the contact form. The visitor decides which data are relevant to the request; ' +
      'Belgian Mobile ID asks for any additional information the request needs.',
    purposes: [{ text: 'Respond to requests for support', bases: ['consent'] }],
    department: 'Customer Support',
    status: 'active',
    sources: [FROM_SUBJECT],
    subjects: ['itsme_user'],
    categories: ['identification', 'user.contact', 'request_content'],
    recipients: ['ict', 'requestProviders'],
    retention: [{ duration: [2, 'years'] }],
    audiences: ['website'],
    notes: 'May include other data passed on in an attachment.',
  },
  {
    reference: '2.6.2',
    name: 'Support for businesses',
    description: 'Businesses contact Belgian Mobile ID through the website for commercial reasons.',
    purposes: [
      { text: 'Respond to requests for cooperation', bases: ['contract'] },
      { text: 'Respond to requests for an offer', bases: ['contract'] },
      { text: 'Respond to Sandbox requests', bases: ['contract'] },
      { text: 'Respond to requests for test accounts', bases: ['contract'] },
      { text: 'Sale of signatures on Adobe Sign', bases: ['contract'] },
    ],
    department: 'Sales',
    status: 'active',
    sources: [FROM_SUBJECT],
    subjects: ['business_contact'],
    categories: ['identification', 'user.contact', 'user.job_title', 'request_content', 'tax_id'],
    recipients: ['ict', 'requestProviders'],
    retention: [{ duration: [2, 'years'] }],
    audiences: ['website', 'customers'],
    notes:
      'Legal basis: pre-contractual measures. The VAT number is collected for the sale of signatures on Adobe Sign only.',
  },
  {
    reference: '2.7',
    name: 'Handling data subject requests',
    description:
      'Processing of the personal data needed to answer people who exercise their data protection rights, including confirming the identity of the requester.',
    purposes: [
      { text: "Respond to the exercise of data subjects' rights", bases: ['legal_obligation'] },
      {
        text: 'Confirm the identity of the requester',
        bases: ['legitimate_interests'],
        interest: 'Accurate identification of the people who exercise their rights',
      },
    ],
    department: 'Legal and Compliance',
    status: 'active',
    sources: [FROM_SUBJECT],
    subjects: ['itsme_user', 'itsme_non_user'],
    categories: ['identification', 'user.contact', 'user.job_title', 'request_content', 'identification.additional'],
    recipients: ['ict', 'requestProviders'],
    retention: [
      { duration: [10, 'years'], subject: 'itsme_user' },
      { duration: [2, 'years'], subject: 'itsme_non_user' },
      { criterion: 'The time needed for identification', category: 'identification.additional' },
    ],
    audiences: ['website'],
    notes: 'Identity confirmation shares its data with the ICT infrastructure subcontractors only.',
  },
];
