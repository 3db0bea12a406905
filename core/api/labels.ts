// Words of the register in the four languages the reports and the UI speak. Enum values stay
// English identifiers in the file; only their labels change with the language.
import type {
  ActivityRole,
  ActivityStatus,
  Audience,
  Art9Condition,
  DPIA_STATES,
  DurationUnit,
  Language,
  LegalBasis,
  ORGANISATION_KINDS,
  RecipientKind,
  Safeguard,
  TermKind,
} from './schemas';

type Plural = { one: string; other: string };
const UNITS: Record<Language, Record<DurationUnit, Plural>> = {
  en: {
    days: { one: 'day', other: 'days' },
    weeks: { one: 'week', other: 'weeks' },
    months: { one: 'month', other: 'months' },
    years: { one: 'year', other: 'years' },
  },
  nl: {
    days: { one: 'dag', other: 'dagen' },
    weeks: { one: 'week', other: 'weken' },
    months: { one: 'maand', other: 'maanden' },
    years: { one: 'jaar', other: 'jaar' },
  },
  fr: {
    days: { one: 'jour', other: 'jours' },
    weeks: { one: 'semaine', other: 'semaines' },
    months: { one: 'mois', other: 'mois' },
    years: { one: 'an', other: 'ans' },
  },
  de: {
    days: { one: 'Tag', other: 'Tage' },
    weeks: { one: 'Woche', other: 'Wochen' },
    months: { one: 'Monat', other: 'Monate' },
    years: { one: 'Jahr', other: 'Jahre' },
  },
};

export function formatDuration(value: number, unit: DurationUnit, lang: Language): string {
  const words = UNITS[lang][unit];
  return `${value} ${value === 1 ? words.one : words.other}`;
}

export interface RetentionParts {
  durationValue: number | null;
  durationUnit: DurationUnit | null;
  criterion: string;
  trigger: string;
  /** Label of the data category or subject category the rule is limited to, if any. */
  scope: string;
}

/** "10 years after last use (Itsme users)" or "until consent is withdrawn". */
export function formatRetention(r: RetentionParts, lang: Language): string {
  const period =
    r.durationValue !== null && r.durationUnit !== null ? formatDuration(r.durationValue, r.durationUnit, lang) : '';
  const main = [period, r.trigger, period ? (r.criterion ? `— ${r.criterion}` : '') : r.criterion]
    .filter(Boolean)
    .join(' ');
  return r.scope ? `${main} (${r.scope})` : main;
}

// ---- Report and UI labels: Art. 30 headings, field names and enum values in every language. ----

type DpiaState = (typeof DPIA_STATES)[number];
type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The letters of Art. 30(1) and 30(2) a report groups an activity's fields under. */
export type Art30Heading = 'c_a' | 'c_b' | 'c_c' | 'c_d' | 'c_e' | 'c_f' | 'c_g' | 'p_a' | 'p_b' | 'p_c' | 'p_d';
/** Where each heading sits in the Regulation, the same in every language. */
export const ART30_REFERENCE: Record<Art30Heading, string> = {
  c_a: 'Art. 30(1)(a)',
  c_b: 'Art. 30(1)(b)',
  c_c: 'Art. 30(1)(c)',
  c_d: 'Art. 30(1)(d)',
  c_e: 'Art. 30(1)(e)',
  c_f: 'Art. 30(1)(f)',
  c_g: 'Art. 30(1)(g)',
  p_a: 'Art. 30(2)(a)',
  p_b: 'Art. 30(2)(b)',
  p_c: 'Art. 30(2)(c)',
  p_d: 'Art. 30(2)(d)',
};
export const LEGAL_BASIS_ARTICLE: Record<LegalBasis, string> = {
  consent: 'Art. 6(1)(a)',
  contract: 'Art. 6(1)(b)',
  legal_obligation: 'Art. 6(1)(c)',
  vital_interests: 'Art. 6(1)(d)',
  public_task: 'Art. 6(1)(e)',
  legitimate_interests: 'Art. 6(1)(f)',
};
export const ART9_ARTICLE: Record<Art9Condition, string> = {
  explicit_consent: 'Art. 9(2)(a)',
  employment_social_security: 'Art. 9(2)(b)',
  vital_interests: 'Art. 9(2)(c)',
  not_for_profit_body: 'Art. 9(2)(d)',
  made_public: 'Art. 9(2)(e)',
  legal_claims: 'Art. 9(2)(f)',
  substantial_public_interest: 'Art. 9(2)(g)',
  health_social_care: 'Art. 9(2)(h)',
  public_health: 'Art. 9(2)(i)',
  archiving_research_statistics: 'Art. 9(2)(j)',
};

export interface Labels {
  heading: Record<Art30Heading, string>;
  /** Names of the fields of activities, recipients, transfers, retention rules and organisations. */
  field: {
    reference: string;
    name: string;
    organisation: string;
    role: string;
    controllers: string;
    jointControllers: string;
    department: string;
    owner: string;
    status: string;
    endDate: string;
    description: string;
    purposes: string;
    legalBases: string;
    legitimateInterest: string;
    art9Condition: string;
    art10Basis: string;
    translations: string;
    sources: string;
    dataSubjects: string;
    dataCategories: string;
    securityMeasures: string;
    securityDescription: string;
    recipients: string;
    transfers: string;
    retention: string;
    dpia: string;
    dpiaLink: string;
    automatedDecision: string;
    automatedDecisionDetails: string;
    reviewDate: string;
    notes: string;
    updatedAt: string;
    updatedBy: string;
    version: string;
    id: string;
    recipientKind: string;
    country: string;
    contact: string;
    dpaSignedOn: string;
    dpaLink: string;
    transferMechanism: string;
    usedBy: string;
    activity: string;
    recipient: string;
    safeguard: string;
    safeguardDetails: string;
    duration: string;
    criterion: string;
    trigger: string;
    scope: string;
    address: string;
    email: string;
    phone: string;
    enterpriseNumber: string;
    representative: string;
    dpo: string;
    website: string;
    organisationKind: string;
    audiences: string;
  };
  role: Record<ActivityRole, string>;
  /** Who an activity is published to (the privacy notice of each audience). */
  audience: Record<Audience, string>;
  status: Record<ActivityStatus, string>;
  legalBasis: Record<LegalBasis, string>;
  art9: Record<Art9Condition, string>;
  dpia: Record<DpiaState, string>;
  recipientKind: Record<RecipientKind, string>;
  safeguard: Record<Safeguard, string>;
  organisationKind: Record<OrganisationKind, string>;
  termKind: Record<TermKind, string>;
  yes: string;
  no: string;
  /** Words of the report document itself. */
  report: {
    title: string;
    subtitle: string;
    contents: string;
    overview: string;
    controllerRegister: string;
    processorRegister: string;
    registerDate: string;
    fingerprint: string;
    /** The newest history entry the report was made from, "seq:hash": keep it to check the register later. */
    historyHead: string;
    historyHeadNote: string;
    aboutSheet: string;
    organisations: string;
    selection: string;
    allActivities: string;
    activityCount: string;
    page: string;
    of: string;
    special: string;
    criminal: string;
    none: string;
    other: string;
    sheetActivities: string;
    sheetRecipients: string;
    sheetTransfers: string;
    sheetRetention: string;
    sheetOrganisations: string;
    language: string;
    /** Column of the overview: each purpose with the legal bases it rests on. */
    purposesAndBases: string;
    /** Put after a text shown in the primary language because its translation is missing: "{lang}" is that language. */
    untranslated: string;
    /** Cover note explaining the mark. */
    untranslatedNote: string;
    contact: string;
  };
}

const EN: Labels = {
  heading: {
    c_a: 'Name and contact details of the controller, joint controllers, representative and data protection officer',
    c_b: 'Purposes of the processing',
    c_c: 'Categories of data subjects and of personal data',
    c_d: 'Categories of recipients',
    c_e: 'Transfers to third countries or international organisations',
    c_f: 'Time limits for erasure',
    c_g: 'Technical and organisational security measures',
    p_a: 'Name and contact details of the processor, the controllers and the data protection officer',
    p_b: 'Categories of processing carried out on behalf of each controller',
    p_c: 'Transfers to third countries or international organisations',
    p_d: 'Technical and organisational security measures',
  },
  field: {
    reference: 'Reference',
    name: 'Activity',
    organisation: 'Organisation',
    role: 'Role',
    controllers: 'On behalf of (controllers)',
    jointControllers: 'Joint controllers',
    department: 'Department',
    owner: 'Owner',
    status: 'Status',
    endDate: 'End date',
    description: 'Description',
    purposes: 'Purposes',
    legalBases: 'Legal basis',
    legitimateInterest: 'Legitimate interest',
    art9Condition: 'Special categories: Art. 9 condition',
    art10Basis: 'Criminal offence data: Art. 10 basis',
    translations: 'Translations',
    sources: 'Sources of the data',
    dataSubjects: 'Categories of data subjects',
    dataCategories: 'Categories of personal data',
    securityMeasures: 'Security measures',
    securityDescription: 'Security description',
    recipients: 'Recipients',
    transfers: 'Transfers',
    retention: 'Retention',
    dpia: 'DPIA',
    dpiaLink: 'DPIA document',
    automatedDecision: 'Automated decision-making',
    automatedDecisionDetails: 'Automated decision-making details',
    reviewDate: 'Next review',
    notes: 'Notes',
    updatedAt: 'Last changed',
    updatedBy: 'Changed by',
    version: 'Version',
    id: 'Identifier',
    recipientKind: 'Kind of recipient',
    country: 'Country',
    contact: 'Contact',
    dpaSignedOn: 'Processing agreement signed on',
    dpaLink: 'Processing agreement',
    transferMechanism: 'Transfer mechanism',
    usedBy: 'Used by activities',
    activity: 'Activity',
    recipient: 'Recipient',
    safeguard: 'Safeguard',
    safeguardDetails: 'Safeguard details',
    duration: 'Period',
    criterion: 'Criterion',
    trigger: 'Counted from',
    scope: 'Applies to',
    address: 'Address',
    email: 'Email',
    phone: 'Phone',
    enterpriseNumber: 'Enterprise number',
    representative: 'Representative',
    dpo: 'Data protection officer',
    website: 'Website',
    organisationKind: 'Kind of organisation',
    audiences: 'Published in the privacy notice for',
  },
  audience: {
    website: 'Website visitors',
    applicants: 'Job applicants',
    employees: 'Employees',
    customers: 'Customers',
  },
  role: { controller: 'Controller', joint_controller: 'Joint controller', processor: 'Processor' },
  status: { draft: 'Draft', active: 'Active', retired: 'Retired' },
  legalBasis: {
    consent: 'Consent',
    contract: 'Performance of a contract',
    legal_obligation: 'Legal obligation',
    vital_interests: 'Vital interests',
    public_task: 'Public task',
    legitimate_interests: 'Legitimate interests',
  },
  art9: {
    explicit_consent: 'Explicit consent',
    employment_social_security: 'Employment and social security law',
    vital_interests: 'Vital interests of a person unable to consent',
    not_for_profit_body: 'Not-for-profit body',
    made_public: 'Data manifestly made public by the data subject',
    legal_claims: 'Legal claims or courts',
    substantial_public_interest: 'Substantial public interest',
    health_social_care: 'Health or social care',
    public_health: 'Public health',
    archiving_research_statistics: 'Archiving, research or statistics',
  },
  dpia: {
    not_assessed: 'Not assessed',
    not_needed: 'Not required',
    needed: 'Required, not yet carried out',
    done: 'Carried out',
  },
  recipientKind: {
    processor: 'Processor',
    sub_processor: 'Sub-processor',
    third_party: 'Third party',
    joint_controller: 'Joint controller',
    authority: 'Public authority',
    internal: 'Internal department',
  },
  safeguard: {
    adequacy_decision: 'Adequacy decision (Art. 45)',
    standard_contractual_clauses: 'Standard contractual clauses (Art. 46)',
    binding_corporate_rules: 'Binding corporate rules (Art. 47)',
    code_of_conduct: 'Code of conduct (Art. 46)',
    certification: 'Certification (Art. 46)',
    ad_hoc_clauses: 'Ad hoc contractual clauses (Art. 46(3))',
    derogation_art49: 'Derogation for specific situations (Art. 49)',
    other: 'Other',
  },
  organisationKind: { own: 'Own organisation', client: 'Client (controller)' },
  termKind: {
    data_category: 'Categories of personal data',
    data_subject: 'Categories of data subjects',
    security_measure: 'Security measures',
    cookie_category: 'Cookie categories',
  },
  yes: 'Yes',
  no: 'No',
  report: {
    title: 'Record of processing activities',
    subtitle: 'Article 30 of the General Data Protection Regulation (EU) 2016/679',
    contents: 'Contents',
    overview: 'Overview of processing activities',
    controllerRegister: 'Register of the controller (Art. 30(1) GDPR)',
    processorRegister: 'Register of the processor (Art. 30(2) GDPR)',
    registerDate: 'Register as it stood on',
    fingerprint: 'Register fingerprint (SHA-256)',
    historyHead: 'History head (entry:hash)',
    historyHeadNote:
      "Keep this line: `ropa verify FILE --anchor` with it shows whether the register's history was rewritten since.",
    aboutSheet: 'About this report',
    organisations: 'Organisations',
    selection: 'Selection',
    allActivities: 'all activities',
    activityCount: 'Number of activities',
    page: 'Page',
    of: 'of',
    special: 'special category',
    criminal: 'criminal offence data',
    none: '—',
    other: 'Other particulars',
    sheetActivities: 'Activities',
    sheetRecipients: 'Recipients',
    sheetTransfers: 'Transfers',
    sheetRetention: 'Retention',
    sheetOrganisations: 'Organisations',
    language: 'Language',
    purposesAndBases: 'Purposes and their legal bases',
    untranslated: '[{lang}]',
    untranslatedNote: 'Texts marked [{lang}] are not yet translated and are shown in the register’s primary language.',
    contact: 'Contact details',
  },
};

const NL: Labels = {
  heading: {
    c_a: 'Naam en contactgegevens van de verwerkingsverantwoordelijke, de gezamenlijke verwerkingsverantwoordelijken, de vertegenwoordiger en de functionaris voor gegevensbescherming',
    c_b: 'Verwerkingsdoeleinden',
    c_c: 'Categorieën van betrokkenen en van persoonsgegevens',
    c_d: 'Categorieën van ontvangers',
    c_e: 'Doorgiften aan derde landen of internationale organisaties',
    c_f: 'Termijnen voor het wissen',
    c_g: 'Technische en organisatorische beveiligingsmaatregelen',
    p_a: 'Naam en contactgegevens van de verwerker, de verwerkingsverantwoordelijken en de functionaris voor gegevensbescherming',
    p_b: 'Categorieën van verwerkingen die namens elke verwerkingsverantwoordelijke zijn uitgevoerd',
    p_c: 'Doorgiften aan derde landen of internationale organisaties',
    p_d: 'Technische en organisatorische beveiligingsmaatregelen',
  },
  field: {
    reference: 'Referentie',
    name: 'Verwerking',
    organisation: 'Organisatie',
    role: 'Rol',
    controllers: 'Namens verwerkingsverantwoordelijken',
    jointControllers: 'Gezamenlijke verwerkingsverantwoordelijken',
    department: 'Afdeling',
    owner: 'Eigenaar',
    status: 'Status',
    endDate: 'Einddatum',
    description: 'Beschrijving',
    purposes: 'Doeleinden',
    legalBases: 'Rechtsgrond',
    legitimateInterest: 'Gerechtvaardigd belang',
    art9Condition: 'Bijzondere categorieën: voorwaarde art. 9',
    art10Basis: 'Strafrechtelijke gegevens: grondslag art. 10',
    translations: 'Vertalingen',
    sources: 'Bronnen van de gegevens',
    dataSubjects: 'Categorieën van betrokkenen',
    dataCategories: 'Categorieën van persoonsgegevens',
    securityMeasures: 'Beveiligingsmaatregelen',
    securityDescription: 'Beschrijving van de beveiliging',
    recipients: 'Ontvangers',
    transfers: 'Doorgiften',
    retention: 'Bewaring',
    dpia: 'GEB (DPIA)',
    dpiaLink: 'GEB-document',
    automatedDecision: 'Geautomatiseerde besluitvorming',
    automatedDecisionDetails: 'Toelichting geautomatiseerde besluitvorming',
    reviewDate: 'Volgende herziening',
    notes: 'Opmerkingen',
    updatedAt: 'Laatst gewijzigd',
    updatedBy: 'Gewijzigd door',
    version: 'Versie',
    id: 'Identificatie',
    recipientKind: 'Soort ontvanger',
    country: 'Land',
    contact: 'Contact',
    dpaSignedOn: 'Verwerkersovereenkomst ondertekend op',
    dpaLink: 'Verwerkersovereenkomst',
    transferMechanism: 'Doorgiftemechanisme',
    usedBy: 'Gebruikt door verwerkingen',
    activity: 'Verwerking',
    recipient: 'Ontvanger',
    safeguard: 'Waarborg',
    safeguardDetails: 'Toelichting waarborg',
    duration: 'Termijn',
    criterion: 'Criterium',
    trigger: 'Te rekenen vanaf',
    scope: 'Geldt voor',
    address: 'Adres',
    email: 'E-mail',
    phone: 'Telefoon',
    enterpriseNumber: 'Ondernemingsnummer',
    representative: 'Vertegenwoordiger',
    dpo: 'Functionaris voor gegevensbescherming',
    website: 'Website',
    organisationKind: 'Soort organisatie',
    audiences: 'Gepubliceerd in de privacyverklaring voor',
  },
  audience: { website: 'Websitebezoekers', applicants: 'Sollicitanten', employees: 'Werknemers', customers: 'Klanten' },
  role: {
    controller: 'Verwerkingsverantwoordelijke',
    joint_controller: 'Gezamenlijke verwerkingsverantwoordelijke',
    processor: 'Verwerker',
  },
  status: { draft: 'Ontwerp', active: 'Actief', retired: 'Beëindigd' },
  legalBasis: {
    consent: 'Toestemming',
    contract: 'Uitvoering van een overeenkomst',
    legal_obligation: 'Wettelijke verplichting',
    vital_interests: 'Vitale belangen',
    public_task: 'Taak van algemeen belang of openbaar gezag',
    legitimate_interests: 'Gerechtvaardigd belang',
  },
  art9: {
    explicit_consent: 'Uitdrukkelijke toestemming',
    employment_social_security: 'Arbeidsrecht en socialezekerheidsrecht',
    vital_interests: 'Vitale belangen van wie geen toestemming kan geven',
    not_for_profit_body: 'Stichting, vereniging of ander orgaan zonder winstoogmerk',
    made_public: 'Kennelijk openbaar gemaakt door de betrokkene',
    legal_claims: 'Rechtsvorderingen of rechtspraak',
    substantial_public_interest: 'Zwaarwegend algemeen belang',
    health_social_care: 'Gezondheidszorg of sociale diensten',
    public_health: 'Volksgezondheid',
    archiving_research_statistics: 'Archivering, onderzoek of statistiek',
  },
  dpia: {
    not_assessed: 'Niet beoordeeld',
    not_needed: 'Niet vereist',
    needed: 'Vereist, nog niet uitgevoerd',
    done: 'Uitgevoerd',
  },
  recipientKind: {
    processor: 'Verwerker',
    sub_processor: 'Subverwerker',
    third_party: 'Derde',
    joint_controller: 'Gezamenlijke verwerkingsverantwoordelijke',
    authority: 'Overheidsinstantie',
    internal: 'Interne afdeling',
  },
  safeguard: {
    adequacy_decision: 'Adequaatheidsbesluit (art. 45)',
    standard_contractual_clauses: 'Modelcontractbepalingen (art. 46)',
    binding_corporate_rules: 'Bindende bedrijfsvoorschriften (art. 47)',
    code_of_conduct: 'Gedragscode (art. 46)',
    certification: 'Certificering (art. 46)',
    ad_hoc_clauses: 'Ad-hoccontractbepalingen (art. 46, lid 3)',
    derogation_art49: 'Afwijking voor specifieke situaties (art. 49)',
    other: 'Andere',
  },
  organisationKind: { own: 'Eigen organisatie', client: 'Klant (verwerkingsverantwoordelijke)' },
  termKind: {
    data_category: 'Categorieën van persoonsgegevens',
    data_subject: 'Categorieën van betrokkenen',
    security_measure: 'Beveiligingsmaatregelen',
    cookie_category: 'Cookiecategorieën',
  },
  yes: 'Ja',
  no: 'Nee',
  report: {
    title: 'Register van verwerkingsactiviteiten',
    subtitle: 'Artikel 30 van de Algemene Verordening Gegevensbescherming (EU) 2016/679',
    contents: 'Inhoud',
    overview: 'Overzicht van de verwerkingsactiviteiten',
    controllerRegister: 'Register van de verwerkingsverantwoordelijke (art. 30, lid 1, AVG)',
    processorRegister: 'Register van de verwerker (art. 30, lid 2, AVG)',
    registerDate: 'Stand van het register op',
    fingerprint: 'Vingerafdruk van het register (SHA-256)',
    historyHead: 'Kop van de geschiedenis (item:hash)',
    historyHeadNote:
      'Bewaar deze regel: `ropa verify BESTAND --anchor` ermee toont of de geschiedenis van het register sindsdien herschreven werd.',
    aboutSheet: 'Over dit rapport',
    organisations: 'Organisaties',
    selection: 'Selectie',
    allActivities: 'alle verwerkingen',
    activityCount: 'Aantal verwerkingen',
    page: 'Pagina',
    of: 'van',
    special: 'bijzondere categorie',
    criminal: 'strafrechtelijke gegevens',
    none: '—',
    other: 'Overige gegevens',
    sheetActivities: 'Verwerkingen',
    sheetRecipients: 'Ontvangers',
    sheetTransfers: 'Doorgiften',
    sheetRetention: 'Bewaring',
    sheetOrganisations: 'Organisaties',
    language: 'Taal',
    purposesAndBases: 'Doeleinden en hun rechtsgronden',
    untranslated: '[{lang}]',
    untranslatedNote:
      'Teksten gemarkeerd met [{lang}] zijn nog niet vertaald en staan in de hoofdtaal van het register.',
    contact: 'Contactgegevens',
  },
};

const FR: Labels = {
  heading: {
    c_a: 'Nom et coordonnées du responsable du traitement, des responsables conjoints, du représentant et du délégué à la protection des données',
    c_b: 'Finalités du traitement',
    c_c: 'Catégories de personnes concernées et de données à caractère personnel',
    c_d: 'Catégories de destinataires',
    c_e: 'Transferts vers un pays tiers ou une organisation internationale',
    c_f: 'Délais prévus pour l’effacement',
    c_g: 'Mesures de sécurité techniques et organisationnelles',
    p_a: 'Nom et coordonnées du sous-traitant, des responsables du traitement et du délégué à la protection des données',
    p_b: 'Catégories de traitements effectués pour le compte de chaque responsable du traitement',
    p_c: 'Transferts vers un pays tiers ou une organisation internationale',
    p_d: 'Mesures de sécurité techniques et organisationnelles',
  },
  field: {
    reference: 'Référence',
    name: 'Traitement',
    organisation: 'Organisation',
    role: 'Rôle',
    controllers: 'Pour le compte de (responsables)',
    jointControllers: 'Responsables conjoints',
    department: 'Service',
    owner: 'Responsable interne',
    status: 'Statut',
    endDate: 'Date de fin',
    description: 'Description',
    purposes: 'Finalités',
    legalBases: 'Base juridique',
    legitimateInterest: 'Intérêt légitime',
    art9Condition: 'Catégories particulières : condition de l’art. 9',
    art10Basis: 'Données pénales : fondement de l’art. 10',
    translations: 'Traductions',
    sources: 'Sources des données',
    dataSubjects: 'Catégories de personnes concernées',
    dataCategories: 'Catégories de données à caractère personnel',
    securityMeasures: 'Mesures de sécurité',
    securityDescription: 'Description de la sécurité',
    recipients: 'Destinataires',
    transfers: 'Transferts',
    retention: 'Conservation',
    dpia: 'AIPD',
    dpiaLink: 'Document AIPD',
    automatedDecision: 'Décision automatisée',
    automatedDecisionDetails: 'Précisions sur la décision automatisée',
    reviewDate: 'Prochaine révision',
    notes: 'Remarques',
    updatedAt: 'Dernière modification',
    updatedBy: 'Modifié par',
    version: 'Version',
    id: 'Identifiant',
    recipientKind: 'Type de destinataire',
    country: 'Pays',
    contact: 'Contact',
    dpaSignedOn: 'Contrat de sous-traitance signé le',
    dpaLink: 'Contrat de sous-traitance',
    transferMechanism: 'Mécanisme de transfert',
    usedBy: 'Utilisé par les traitements',
    activity: 'Traitement',
    recipient: 'Destinataire',
    safeguard: 'Garantie',
    safeguardDetails: 'Précisions sur la garantie',
    duration: 'Durée',
    criterion: 'Critère',
    trigger: 'À compter de',
    scope: 'S’applique à',
    address: 'Adresse',
    email: 'E-mail',
    phone: 'Téléphone',
    enterpriseNumber: 'Numéro d’entreprise',
    representative: 'Représentant',
    dpo: 'Délégué à la protection des données',
    website: 'Site web',
    organisationKind: 'Type d’organisation',
    audiences: 'Publié dans la déclaration de confidentialité pour',
  },
  audience: {
    website: 'Visiteurs du site web',
    applicants: 'Candidats',
    employees: 'Membres du personnel',
    customers: 'Clients',
  },
  role: {
    controller: 'Responsable du traitement',
    joint_controller: 'Responsable conjoint du traitement',
    processor: 'Sous-traitant',
  },
  status: { draft: 'Brouillon', active: 'En cours', retired: 'Terminé' },
  legalBasis: {
    consent: 'Consentement',
    contract: 'Exécution d’un contrat',
    legal_obligation: 'Obligation légale',
    vital_interests: 'Intérêts vitaux',
    public_task: 'Mission d’intérêt public ou autorité publique',
    legitimate_interests: 'Intérêts légitimes',
  },
  art9: {
    explicit_consent: 'Consentement explicite',
    employment_social_security: 'Droit du travail et de la sécurité sociale',
    vital_interests: 'Intérêts vitaux d’une personne incapable de consentir',
    not_for_profit_body: 'Organisme à but non lucratif',
    made_public: 'Données manifestement rendues publiques par la personne concernée',
    legal_claims: 'Droits en justice ou juridictions',
    substantial_public_interest: 'Motif d’intérêt public important',
    health_social_care: 'Médecine, prise en charge sanitaire ou sociale',
    public_health: 'Santé publique',
    archiving_research_statistics: 'Archivage, recherche ou statistiques',
  },
  dpia: {
    not_assessed: 'Non évaluée',
    not_needed: 'Non requise',
    needed: 'Requise, pas encore réalisée',
    done: 'Réalisée',
  },
  recipientKind: {
    processor: 'Sous-traitant',
    sub_processor: 'Sous-traitant ultérieur',
    third_party: 'Tiers',
    joint_controller: 'Responsable conjoint du traitement',
    authority: 'Autorité publique',
    internal: 'Service interne',
  },
  safeguard: {
    adequacy_decision: 'Décision d’adéquation (art. 45)',
    standard_contractual_clauses: 'Clauses contractuelles types (art. 46)',
    binding_corporate_rules: 'Règles d’entreprise contraignantes (art. 47)',
    code_of_conduct: 'Code de conduite (art. 46)',
    certification: 'Certification (art. 46)',
    ad_hoc_clauses: 'Clauses contractuelles ad hoc (art. 46, § 3)',
    derogation_art49: 'Dérogation pour des situations particulières (art. 49)',
    other: 'Autre',
  },
  organisationKind: { own: 'Propre organisation', client: 'Client (responsable du traitement)' },
  termKind: {
    data_category: 'Catégories de données à caractère personnel',
    data_subject: 'Catégories de personnes concernées',
    security_measure: 'Mesures de sécurité',
    cookie_category: 'Catégories de cookies',
  },
  yes: 'Oui',
  no: 'Non',
  report: {
    title: 'Registre des activités de traitement',
    subtitle: 'Article 30 du règlement général sur la protection des données (UE) 2016/679',
    contents: 'Table des matières',
    overview: 'Aperçu des activités de traitement',
    controllerRegister: 'Registre du responsable du traitement (art. 30, § 1, RGPD)',
    processorRegister: 'Registre du sous-traitant (art. 30, § 2, RGPD)',
    registerDate: 'État du registre au',
    fingerprint: 'Empreinte du registre (SHA-256)',
    historyHead: 'Tête de l’historique (entrée:hash)',
    historyHeadNote:
      'Conservez cette ligne : `ropa verify FICHIER --anchor` avec elle montre si l’historique du registre a été réécrit depuis.',
    aboutSheet: 'À propos de ce rapport',
    organisations: 'Organisations',
    selection: 'Sélection',
    allActivities: 'tous les traitements',
    activityCount: 'Nombre de traitements',
    page: 'Page',
    of: 'sur',
    special: 'catégorie particulière',
    criminal: 'données pénales',
    none: '—',
    other: 'Autres informations',
    sheetActivities: 'Traitements',
    sheetRecipients: 'Destinataires',
    sheetTransfers: 'Transferts',
    sheetRetention: 'Conservation',
    sheetOrganisations: 'Organisations',
    language: 'Langue',
    purposesAndBases: 'Finalités et leurs bases juridiques',
    untranslated: '[{lang}]',
    untranslatedNote:
      'Les textes marqués [{lang}] ne sont pas encore traduits et figurent dans la langue principale du registre.',
    contact: 'Coordonnées',
  },
};

const DE: Labels = {
  heading: {
    c_a: 'Name und Kontaktdaten des Verantwortlichen, der gemeinsam Verantwortlichen, des Vertreters und des Datenschutzbeauftragten',
    c_b: 'Zwecke der Verarbeitung',
    c_c: 'Kategorien betroffener Personen und personenbezogener Daten',
    c_d: 'Kategorien von Empfängern',
    c_e: 'Übermittlungen an ein Drittland oder eine internationale Organisation',
    c_f: 'Fristen für die Löschung',
    c_g: 'Technische und organisatorische Maßnahmen',
    p_a: 'Name und Kontaktdaten des Auftragsverarbeiters, der Verantwortlichen und des Datenschutzbeauftragten',
    p_b: 'Kategorien von Verarbeitungen, die im Auftrag jedes Verantwortlichen durchgeführt werden',
    p_c: 'Übermittlungen an ein Drittland oder eine internationale Organisation',
    p_d: 'Technische und organisatorische Maßnahmen',
  },
  field: {
    reference: 'Referenz',
    name: 'Verarbeitungstätigkeit',
    organisation: 'Organisation',
    role: 'Rolle',
    controllers: 'Im Auftrag von (Verantwortliche)',
    jointControllers: 'Gemeinsam Verantwortliche',
    department: 'Abteilung',
    owner: 'Zuständig',
    status: 'Status',
    endDate: 'Enddatum',
    description: 'Beschreibung',
    purposes: 'Zwecke',
    legalBases: 'Rechtsgrundlage',
    legitimateInterest: 'Berechtigtes Interesse',
    art9Condition: 'Besondere Kategorien: Bedingung nach Art. 9',
    art10Basis: 'Strafrechtliche Daten: Grundlage nach Art. 10',
    translations: 'Übersetzungen',
    sources: 'Herkunft der Daten',
    dataSubjects: 'Kategorien betroffener Personen',
    dataCategories: 'Kategorien personenbezogener Daten',
    securityMeasures: 'Sicherheitsmaßnahmen',
    securityDescription: 'Beschreibung der Sicherheit',
    recipients: 'Empfänger',
    transfers: 'Übermittlungen',
    retention: 'Aufbewahrung',
    dpia: 'DSFA',
    dpiaLink: 'DSFA-Dokument',
    automatedDecision: 'Automatisierte Entscheidungsfindung',
    automatedDecisionDetails: 'Angaben zur automatisierten Entscheidungsfindung',
    reviewDate: 'Nächste Überprüfung',
    notes: 'Anmerkungen',
    updatedAt: 'Zuletzt geändert',
    updatedBy: 'Geändert von',
    version: 'Version',
    id: 'Kennung',
    recipientKind: 'Art des Empfängers',
    country: 'Land',
    contact: 'Kontakt',
    dpaSignedOn: 'AV-Vertrag unterzeichnet am',
    dpaLink: 'AV-Vertrag',
    transferMechanism: 'Übermittlungsinstrument',
    usedBy: 'Verwendet von Tätigkeiten',
    activity: 'Verarbeitungstätigkeit',
    recipient: 'Empfänger',
    safeguard: 'Garantie',
    safeguardDetails: 'Angaben zur Garantie',
    duration: 'Frist',
    criterion: 'Kriterium',
    trigger: 'Ab',
    scope: 'Gilt für',
    address: 'Anschrift',
    email: 'E-Mail',
    phone: 'Telefon',
    enterpriseNumber: 'Unternehmensnummer',
    representative: 'Vertreter',
    dpo: 'Datenschutzbeauftragter',
    website: 'Website',
    organisationKind: 'Art der Organisation',
    audiences: 'Veröffentlicht in der Datenschutzerklärung für',
  },
  audience: { website: 'Besucher der Website', applicants: 'Bewerber', employees: 'Beschäftigte', customers: 'Kunden' },
  role: {
    controller: 'Verantwortlicher',
    joint_controller: 'Gemeinsam Verantwortlicher',
    processor: 'Auftragsverarbeiter',
  },
  status: { draft: 'Entwurf', active: 'Aktiv', retired: 'Beendet' },
  legalBasis: {
    consent: 'Einwilligung',
    contract: 'Vertragserfüllung',
    legal_obligation: 'Rechtliche Verpflichtung',
    vital_interests: 'Lebenswichtige Interessen',
    public_task: 'Öffentliche Aufgabe oder öffentliche Gewalt',
    legitimate_interests: 'Berechtigte Interessen',
  },
  art9: {
    explicit_consent: 'Ausdrückliche Einwilligung',
    employment_social_security: 'Arbeitsrecht und Recht der sozialen Sicherheit',
    vital_interests: 'Lebenswichtige Interessen einer einwilligungsunfähigen Person',
    not_for_profit_body: 'Organisation ohne Gewinnerzielungsabsicht',
    made_public: 'Von der betroffenen Person offensichtlich öffentlich gemacht',
    legal_claims: 'Rechtsansprüche oder Gerichte',
    substantial_public_interest: 'Erhebliches öffentliches Interesse',
    health_social_care: 'Gesundheits- oder Sozialversorgung',
    public_health: 'Öffentliche Gesundheit',
    archiving_research_statistics: 'Archiv-, Forschungs- oder statistische Zwecke',
  },
  dpia: {
    not_assessed: 'Nicht geprüft',
    not_needed: 'Nicht erforderlich',
    needed: 'Erforderlich, noch nicht durchgeführt',
    done: 'Durchgeführt',
  },
  recipientKind: {
    processor: 'Auftragsverarbeiter',
    sub_processor: 'Unterauftragsverarbeiter',
    third_party: 'Dritter',
    joint_controller: 'Gemeinsam Verantwortlicher',
    authority: 'Behörde',
    internal: 'Interne Abteilung',
  },
  safeguard: {
    adequacy_decision: 'Angemessenheitsbeschluss (Art. 45)',
    standard_contractual_clauses: 'Standardvertragsklauseln (Art. 46)',
    binding_corporate_rules: 'Verbindliche interne Datenschutzvorschriften (Art. 47)',
    code_of_conduct: 'Verhaltensregeln (Art. 46)',
    certification: 'Zertifizierung (Art. 46)',
    ad_hoc_clauses: 'Ad-hoc-Vertragsklauseln (Art. 46 Abs. 3)',
    derogation_art49: 'Ausnahme für bestimmte Fälle (Art. 49)',
    other: 'Sonstige',
  },
  organisationKind: { own: 'Eigene Organisation', client: 'Auftraggeber (Verantwortlicher)' },
  termKind: {
    data_category: 'Kategorien personenbezogener Daten',
    data_subject: 'Kategorien betroffener Personen',
    security_measure: 'Sicherheitsmaßnahmen',
    cookie_category: 'Cookie-Kategorien',
  },
  yes: 'Ja',
  no: 'Nein',
  report: {
    title: 'Verzeichnis von Verarbeitungstätigkeiten',
    subtitle: 'Artikel 30 der Datenschutz-Grundverordnung (EU) 2016/679',
    contents: 'Inhalt',
    overview: 'Übersicht der Verarbeitungstätigkeiten',
    controllerRegister: 'Verzeichnis des Verantwortlichen (Art. 30 Abs. 1 DSGVO)',
    processorRegister: 'Verzeichnis des Auftragsverarbeiters (Art. 30 Abs. 2 DSGVO)',
    registerDate: 'Stand des Verzeichnisses am',
    fingerprint: 'Fingerabdruck des Verzeichnisses (SHA-256)',
    historyHead: 'Kopf des Änderungsverlaufs (Eintrag:Hash)',
    historyHeadNote:
      'Bewahren Sie diese Zeile auf: `ropa verify DATEI --anchor` damit zeigt, ob der Verlauf des Verzeichnisses seitdem umgeschrieben wurde.',
    aboutSheet: 'Über diesen Bericht',
    organisations: 'Organisationen',
    selection: 'Auswahl',
    allActivities: 'alle Tätigkeiten',
    activityCount: 'Anzahl der Tätigkeiten',
    page: 'Seite',
    of: 'von',
    special: 'besondere Kategorie',
    criminal: 'strafrechtliche Daten',
    none: '—',
    other: 'Weitere Angaben',
    sheetActivities: 'Tätigkeiten',
    sheetRecipients: 'Empfänger',
    sheetTransfers: 'Übermittlungen',
    sheetRetention: 'Aufbewahrung',
    sheetOrganisations: 'Organisationen',
    language: 'Sprache',
    purposesAndBases: 'Zwecke und ihre Rechtsgrundlagen',
    untranslated: '[{lang}]',
    untranslatedNote:
      'Mit [{lang}] markierte Texte sind noch nicht übersetzt und stehen in der Hauptsprache des Verzeichnisses.',
    contact: 'Kontaktdaten',
  },
};

const LABELS: Record<Language, Labels> = { en: EN, nl: NL, fr: FR, de: DE };

/** Every label of one language; enum values are looked up as `labelsFor(lang).legalBasis[value]`. */
export function labelsFor(lang: Language): Labels {
  return LABELS[lang];
}
