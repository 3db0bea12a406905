// The default vocabularies every new register starts with, in EN, NL, FR and DE. They are ordinary
// terms afterwards: users rename, translate, add and delete them like their own.
//
// Data categories and data subject categories follow Fideslang's default taxonomy where it fits
// (Fideslang by Ethyca / IAB Tech Lab, https://github.com/IABTechLab/fideslang, licensed CC BY 4.0,
// https://creativecommons.org/licenses/by/4.0/): a code starting with `user.` or `system.` is a
// Fideslang fides key, and so are the data subject codes marked below; labels and translations are
// ours. The other codes fill gaps a European register needs (identification data, request content,
// CV, VAT number) and the security measures are our own list, modelled on Art. 32 and ISO/IEC 27001.
import type { TermFields, TermKind } from './api/schemas';

export type DefaultTerm = Omit<TermFields, 'description' | 'special' | 'criminal'> &
  Partial<Pick<TermFields, 'description' | 'special' | 'criminal'>>;

type Labels = readonly [en: string, nl: string, fr: string, de: string];
type Extras = Partial<Pick<TermFields, 'description' | 'special' | 'criminal'>>;

const term =
  (kind: TermKind) =>
  (code: string, [labelEn, labelNl, labelFr, labelDe]: Labels, extras: Extras = {}): DefaultTerm => ({
    kind,
    code,
    labelEn,
    labelNl,
    labelFr,
    labelDe,
    ...extras,
  });

const category = term('data_category');
const subject = term('data_subject');
const measure = term('security_measure');
/** Art. 9(1) special categories. */
const special = { special: true } as const;

export const DATA_CATEGORIES: DefaultTerm[] = [
  category(
    'identification',
    ['Identification data', 'Identificatiegegevens', "Données d'identification", 'Identifikationsdaten'],
    {
      description: 'Name, title and other data that identify a person.',
    },
  ),
  category(
    'identification.additional',
    [
      'Additional identification data',
      'Aanvullende identificatiegegevens',
      "Données d'identification complémentaires",
      'Zusätzliche Identifikationsdaten',
    ],
    {
      description: 'Extra data asked for to confirm who is making a request.',
    },
  ),
  category('user.name', ['Name', 'Naam', 'Nom', 'Name']),
  category('user.contact', ['Contact data', 'Contactgegevens', 'Coordonnées', 'Kontaktdaten']),
  category('user.contact.email', ['Email address', 'E-mailadres', 'Adresse e-mail', 'E-Mail-Adresse']),
  category('user.contact.phone_number', ['Phone number', 'Telefoonnummer', 'Numéro de téléphone', 'Telefonnummer']),
  category('user.contact.address', ['Postal address', 'Postadres', 'Adresse postale', 'Postanschrift']),
  category('user.contact.organization', ['Organisation', 'Organisatie', 'Organisation', 'Organisation']),
  category('user.job_title', ['Job title', 'Functietitel', 'Fonction', 'Berufsbezeichnung']),
  category('user.workplace', ['Employer', 'Werkgever', 'Employeur', 'Arbeitgeber']),
  category('work_history', [
    'Work experience and CV',
    'Werkervaring en cv',
    'Expérience professionnelle et CV',
    'Berufserfahrung und Lebenslauf',
  ]),
  category(
    'request_content',
    ['Content of a request', 'Gegevens over het verzoek', 'Contenu de la demande', 'Inhalt der Anfrage'],
    {
      description: 'What a person writes in a form, email or attachment.',
    },
  ),
  category('tax_id', [
    'VAT or tax number',
    'Btw- of belastingnummer',
    'Numéro de TVA ou fiscal',
    'USt- oder Steuernummer',
  ]),
  category('user.account.username', ['Account username', 'Gebruikersnaam', "Nom d'utilisateur", 'Benutzername']),
  category('user.credentials.password', ['Password', 'Wachtwoord', 'Mot de passe', 'Passwort']),
  category('user.demographic.date_of_birth', ['Date of birth', 'Geboortedatum', 'Date de naissance', 'Geburtsdatum']),
  category('user.demographic.gender', ['Gender', 'Geslacht', 'Genre', 'Geschlecht']),
  category('user.demographic.language', ['Language', 'Taal', 'Langue', 'Sprache']),
  category('user.government_id.national_identification_number', [
    'National identification number',
    'Rijksregisternummer',
    "Numéro d'identification national",
    'Nationale Identifikationsnummer',
  ]),
  category('user.government_id.passport_number', [
    'Identity document data',
    'Gegevens van het identiteitsdocument',
    "Données du document d'identité",
    'Ausweisdaten',
  ]),
  category('user.content.self_image', ['Photograph', 'Foto', 'Photographie', 'Foto']),
  category('user.financial.bank_account', [
    'Bank account data',
    'Bankrekeninggegevens',
    'Données de compte bancaire',
    'Bankverbindung',
  ]),
  category('user.payment', ['Payment data', 'Betalingsgegevens', 'Données de paiement', 'Zahlungsdaten']),
  category('user.behavior.purchase_history', [
    'Purchase history',
    'Aankoopgeschiedenis',
    "Historique d'achat",
    'Kaufhistorie',
  ]),
  category('user.device.ip_address', ['IP address', 'IP-adres', 'Adresse IP', 'IP-Adresse']),
  category('user.device.cookie_id', [
    'Cookie identifiers',
    'Cookie-identificatoren',
    'Identifiants de cookies',
    'Cookie-Kennungen',
  ]),
  category('user.device.device_id', ['Device identifier', 'Apparaat-ID', "Identifiant de l'appareil", 'Gerätekennung']),
  category('user.behavior.browsing_history', [
    'Browsing behaviour',
    'Surfgedrag',
    'Comportement de navigation',
    'Surfverhalten',
  ]),
  category('user.location.precise', [
    'Precise location',
    'Precieze locatie',
    'Localisation précise',
    'Genauer Standort',
  ]),
  category('user.privacy_preferences', [
    'Privacy preferences and consents',
    'Privacyvoorkeuren en toestemmingen',
    'Préférences de confidentialité et consentements',
    'Datenschutzeinstellungen und Einwilligungen',
  ]),
  category('user.content.private', [
    'Communications content',
    'Inhoud van communicatie',
    'Contenu des communications',
    'Inhalt von Mitteilungen',
  ]),
  category(
    'user.biometric',
    [
      'Biometric data for identification',
      'Biometrische gegevens voor identificatie',
      "Données biométriques d'identification",
      'Biometrische Daten zur Identifizierung',
    ],
    special,
  ),
  category(
    'user.health_and_medical',
    ['Health data', 'Gezondheidsgegevens', 'Données de santé', 'Gesundheitsdaten'],
    special,
  ),
  category('user.genetic', ['Genetic data', 'Genetische gegevens', 'Données génétiques', 'Genetische Daten'], special),
  category(
    'user.demographic.race_ethnicity',
    [
      'Racial or ethnic origin',
      'Ras of etnische afkomst',
      'Origine raciale ou ethnique',
      'Rassische oder ethnische Herkunft',
    ],
    special,
  ),
  category(
    'user.demographic.political_opinion',
    ['Political opinions', 'Politieke opvattingen', 'Opinions politiques', 'Politische Meinungen'],
    special,
  ),
  category(
    'user.demographic.religious_belief',
    [
      'Religious or philosophical beliefs',
      'Godsdienstige of levensbeschouwelijke overtuigingen',
      'Convictions religieuses ou philosophiques',
      'Religiöse oder weltanschauliche Überzeugungen',
    ],
    special,
  ),
  category(
    'trade_union_membership',
    ['Trade union membership', 'Lidmaatschap van een vakbond', 'Appartenance syndicale', 'Gewerkschaftszugehörigkeit'],
    special,
  ),
  category(
    'user.demographic.sexual_orientation',
    [
      'Sex life or sexual orientation',
      'Seksueel gedrag of seksuele gerichtheid',
      'Vie sexuelle ou orientation sexuelle',
      'Sexualleben oder sexuelle Orientierung',
    ],
    special,
  ),
  category(
    'user.criminal_history',
    [
      'Criminal convictions and offences',
      'Strafrechtelijke veroordelingen en strafbare feiten',
      'Condamnations pénales et infractions',
      'Strafrechtliche Verurteilungen und Straftaten',
    ],
    {
      criminal: true,
    },
  ),
];

// Codes marked (F) are Fideslang data subject keys.
export const DATA_SUBJECTS: DefaultTerm[] = [
  subject('customer', ['Customers', 'Klanten', 'Clients', 'Kunden']), // (F)
  subject('prospect', ['Prospects', 'Prospecten', 'Prospects', 'Interessenten']), // (F)
  subject('visitor', ['Website visitors', 'Websitebezoekers', 'Visiteurs du site web', 'Website-Besucher']), // (F)
  subject('newsletter_subscriber', [
    'Newsletter subscribers',
    'Abonnees op de nieuwsbrief',
    'Abonnés à la newsletter',
    'Newsletter-Abonnenten',
  ]),
  subject('service_user', [
    'Users of our services',
    'Gebruikers van onze diensten',
    'Utilisateurs de nos services',
    'Nutzer unserer Dienste',
  ]),
  subject('non_user', [
    'People who do not use our services',
    'Niet-gebruikers van onze diensten',
    "Personnes n'utilisant pas nos services",
    'Nichtnutzer unserer Dienste',
  ]),
  subject('business_contact', [
    'Contact persons at business customers and partners',
    'Contactpersonen bij zakelijke klanten en partners',
    'Personnes de contact chez les clients professionnels et partenaires',
    'Ansprechpartner bei Geschäftskunden und Partnern',
  ]),
  subject('job_applicant', ['Job applicants', 'Sollicitanten', "Candidats à l'emploi", 'Bewerber']), // (F)
  subject('employee', ['Employees', 'Werknemers', 'Employés', 'Beschäftigte']), // (F)
  subject('trainee', ['Trainees and interns', 'Stagiairs', 'Stagiaires', 'Praktikanten']), // (F)
  subject('consultant', [
    'Consultants and freelancers',
    'Consultants en freelancers',
    'Consultants et indépendants',
    'Berater und Freiberufler',
  ]), // (F)
  subject('supplier_vendor', [
    'Contact persons at suppliers',
    'Contactpersonen bij leveranciers',
    'Personnes de contact chez les fournisseurs',
    'Ansprechpartner bei Lieferanten',
  ]), // (F)
  subject('shareholder', ['Shareholders', 'Aandeelhouders', 'Actionnaires', 'Anteilseigner']), // (F)
  subject('next_of_kin', ['Next of kin', 'Naasten', 'Proches', 'Angehörige']), // (F)
  subject('child', ['Children', 'Kinderen', 'Enfants', 'Kinder']),
  subject('requester', [
    'People exercising their data protection rights',
    'Personen die hun privacyrechten uitoefenen',
    'Personnes exerçant leurs droits en matière de protection des données',
    'Personen, die ihre Datenschutzrechte ausüben',
  ]),
];

export const SECURITY_MEASURES: DefaultTerm[] = [
  measure('encryption_in_transit', [
    'Encryption in transit (TLS)',
    'Versleuteling tijdens transport (TLS)',
    'Chiffrement en transit (TLS)',
    'Verschlüsselung bei der Übertragung (TLS)',
  ]),
  measure('encryption_at_rest', [
    'Encryption at rest',
    'Versleuteling van opgeslagen gegevens',
    'Chiffrement des données stockées',
    'Verschlüsselung gespeicherter Daten',
  ]),
  measure('digital_certificates', [
    'Digital certificates to authenticate channels',
    'Digitale certificaten voor authentieke kanalen',
    'Certificats numériques pour authentifier les canaux',
    'Digitale Zertifikate zur Authentifizierung der Kanäle',
  ]),
  measure('iso27001_certification', [
    'ISO/IEC 27001 certification, audited externally',
    'ISO/IEC 27001-certificering, extern geaudit',
    'Certification ISO/IEC 27001, auditée en externe',
    'ISO/IEC 27001-Zertifizierung, extern auditiert',
  ]),
  measure('access_control', [
    'Role-based access control',
    'Toegangsbeheer op basis van rollen',
    'Contrôle d’accès basé sur les rôles',
    'Rollenbasierte Zugriffskontrolle',
  ]),
  measure('multi_factor_authentication', [
    'Multi-factor authentication',
    'Meervoudige authenticatie',
    'Authentification multifacteur',
    'Mehr-Faktor-Authentifizierung',
  ]),
  measure('logging_monitoring', [
    'Logging and monitoring of access',
    'Logging en monitoring van toegang',
    'Journalisation et surveillance des accès',
    'Protokollierung und Überwachung der Zugriffe',
  ]),
  measure('backups', [
    'Regular tested backups',
    'Regelmatige geteste back-ups',
    'Sauvegardes régulières testées',
    'Regelmäßige getestete Sicherungen',
  ]),
  measure('pseudonymisation', ['Pseudonymisation', 'Pseudonimisering', 'Pseudonymisation', 'Pseudonymisierung']),
  measure('data_minimisation', [
    'Data minimisation',
    'Minimale gegevensverwerking',
    'Minimisation des données',
    'Datenminimierung',
  ]),
  measure('retention_deletion', [
    'Scheduled deletion at the end of retention',
    'Geplande verwijdering na de bewaartermijn',
    'Suppression planifiée en fin de conservation',
    'Geplante Löschung nach Ablauf der Aufbewahrung',
  ]),
  measure('processor_agreements', [
    'Data processing agreements with processors',
    'Verwerkersovereenkomsten met verwerkers',
    'Contrats de sous-traitance avec les sous-traitants',
    'Auftragsverarbeitungsverträge mit Auftragsverarbeitern',
  ]),
  measure('confidentiality_undertakings', [
    'Confidentiality undertakings by staff',
    'Geheimhoudingsverbintenissen van personeel',
    'Engagements de confidentialité du personnel',
    'Vertraulichkeitsverpflichtungen der Beschäftigten',
  ]),
  measure('staff_training', [
    'Staff data protection training',
    'Opleiding gegevensbescherming voor personeel',
    'Formation du personnel à la protection des données',
    'Datenschutzschulung der Beschäftigten',
  ]),
  measure('physical_access_control', [
    'Physical access control to premises',
    'Fysieke toegangscontrole tot gebouwen',
    'Contrôle d’accès physique aux locaux',
    'Physische Zutrittskontrolle zu den Räumen',
  ]),
  measure('network_security', [
    'Firewalls and network segmentation',
    'Firewalls en netwerksegmentatie',
    'Pare-feu et segmentation du réseau',
    'Firewalls und Netzwerksegmentierung',
  ]),
  measure('vulnerability_management', [
    'Patching and vulnerability management',
    'Patch- en kwetsbaarhedenbeheer',
    'Gestion des correctifs et des vulnérabilités',
    'Patch- und Schwachstellenmanagement',
  ]),
  measure('incident_response', [
    'Incident and data breach procedure',
    'Procedure voor incidenten en datalekken',
    "Procédure en cas d'incident et de violation de données",
    'Verfahren für Vorfälle und Datenpannen',
  ]),
  measure('secure_development', [
    'Secure development practices',
    'Veilige ontwikkelpraktijken',
    'Pratiques de développement sécurisé',
    'Sichere Entwicklungspraktiken',
  ]),
];

const cookieCategory = term('cookie_category');

/**
 * Cookie categories as the cookie policies of the seeds (and most consent banners) name them. The
 * strictly necessary one (code STRICTLY_NECESSARY) needs no consent; `ropa check` asks every other
 * cookie's activity for a consent basis. Schema 7's data step adds them to older registers.
 */
export const COOKIE_CATEGORIES: DefaultTerm[] = [
  cookieCategory(
    'strictly_necessary',
    ['Strictly necessary', 'Strikt noodzakelijk', 'Strictement nécessaires', 'Unbedingt erforderlich'],
    { description: 'Needed for the website to work or to provide a service the visitor asked for; no consent needed.' },
  ),
  cookieCategory('preferences', ['Preferences', 'Voorkeuren', 'Préférences', 'Präferenzen'], {
    description: 'Remember choices that change how the website behaves or looks, such as language or region.',
  }),
  cookieCategory('functional', ['Functional', 'Functioneel', 'Fonctionnels', 'Funktional'], {
    description: 'Enable extra functions (chat, video, forms) the website works without.',
  }),
  cookieCategory(
    'analytics',
    ['Analytics and statistics', 'Analytisch en statistisch', 'Analytiques et statistiques', 'Analyse und Statistik'],
    { description: 'Measure how visitors use the website, to improve it.' },
  ),
  cookieCategory('marketing', ['Marketing', 'Marketing', 'Marketing', 'Marketing'], {
    description: 'Follow visitors across websites to show or measure advertising (retargeting, campaign pixels).',
  }),
];

export const DEFAULT_TERMS: DefaultTerm[] = [
  ...DATA_CATEGORIES,
  ...DATA_SUBJECTS,
  ...SECURITY_MEASURES,
  ...COOKIE_CATEGORIES,
];
