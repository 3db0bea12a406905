// The layouts registers arrive in: the UK ICO's controller template, the Belgian Data Protection
// Authority's model register (Dutch and French), the CNIL's registre, and our own CSV/XLSX report.
// A profile is its columns: the header as the template prints it (used to export in that layout),
// other spellings seen in the wild, and the field of the activity draft each column fills.
import { LANGUAGES, type Language } from '../api/schemas';
import { labelsFor } from '../api/labels';
import { fold } from './values';
import { IMPORT_FIELDS, type ImportField } from '../api/import-report';

export { IMPORT_FIELDS, type ImportField };

export const PROFILE_IDS = ['ico', 'apd', 'cnil', 'ropa'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export interface ProfileColumn {
  field: ImportField;
  /** The header as the template prints it; first in export order. */
  header: string;
  /** Further spellings (normalised with headerKey before comparing). */
  aliases?: string[];
}

export interface Profile {
  id: ProfileId;
  /** A profile in several languages (APD: Dutch and French) has one column list per language. */
  variants: { lang: Language; title: string; columns: ProfileColumn[] }[];
  /** How a row without a name column is named: from its purposes (the ICO template has no name). */
  nameFromPurpose: boolean;
}

/** Header text compared without accents, case, punctuation or parenthesised notes such as "(if applicable)". */
export function headerKey(header: string): string {
  return fold(header)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const c = (field: ImportField, header: string, ...aliases: string[]): ProfileColumn => ({ field, header, aliases });

const ICO: Profile = {
  id: 'ico',
  nameFromPurpose: true,
  variants: [
    {
      lang: 'en',
      title: 'ICO controller documentation template',
      columns: [
        c('department', 'Business function'),
        c('purposes', 'Purpose of processing', 'Purposes of processing'),
        c('jointControllers', 'Name and contact details of joint controller (if applicable)'),
        c('dataSubjects', 'Categories of individuals'),
        c('dataCategories', 'Categories of personal data'),
        c('recipients', 'Categories of recipients'),
        c('contractLinks', 'Link to contract with processor'),
        c(
          'transferCountries',
          'Names of third countries or international organisations that personal data are transferred to (if applicable)',
        ),
        c(
          'transferSafeguards',
          'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
        ),
        c('retention', 'Retention schedule (if possible)'),
        c('securityText', 'General description of technical and organisational security measures (if possible)'),
        c('legalBases', 'Article 6 lawful basis for processing personal data'),
        c('art9Condition', 'Article 9 condition for processing special category data'),
        c('legitimateInterest', 'Legitimate interests for the processing (if applicable)'),
        c('sources', 'The source of the personal data (if applicable)'),
        c('automatedDecisionDetails', 'Existence of automated decision-making, including profiling (if applicable)'),
        c('dpia', 'Data Protection Impact Assessment required?'),
        c('dpiaLink', 'Link to Data Protection Impact Assessment'),
        c('ignore', 'Link to record of legitimate interests assessment (if applicable)'),
        c('ignore', 'Rights available to individuals'),
        c('ignore', 'Data Protection Impact Assessment progress'),
        c('ignore', 'Location of personal data'),
        c('ignore', 'Personal data breach?'),
        c('ignore', 'Link to record of personal data breach'),
        c('ignore', 'Link to retention and erasure policy document'),
        c('ignore', 'Schedule 1 condition for processing'),
        c('ignore', 'Link to consent record'),
      ],
    },
  ],
};

const APD: Profile = {
  id: 'apd',
  nameFromPurpose: false,
  variants: [
    {
      lang: 'nl',
      title: 'GBA — model van register van de verwerkingsactiviteiten',
      columns: [
        c('reference', 'Referentie', 'Nr', 'Nummer', 'Ref'),
        c('name', 'Verwerkingsactiviteit', 'Naam van de verwerking', 'Verwerking', 'Naam verwerkingsactiviteit'),
        c('department', 'Dienst', 'Afdeling', 'Dienst of afdeling'),
        c('purposes', 'Doeleinden van de verwerking', 'Doeleinden', 'Doeleinde', 'Doel van de verwerking', 'Doel'),
        c('legalBases', 'Rechtsgrond', 'Rechtsgrond van de verwerking', 'Rechtmatigheid', 'Rechtsgronden'),
        c('legitimateInterest', 'Gerechtvaardigd belang'),
        c('art9Condition', 'Uitzondering voor bijzondere categorieën', 'Bijzondere categorieën van persoonsgegevens'),
        c('dataSubjects', 'Categorieën van betrokkenen', 'Betrokkenen'),
        c('dataCategories', 'Categorieën van persoonsgegevens', 'Persoonsgegevens'),
        c('sources', 'Bron van de gegevens', 'Bron'),
        c('recipients', 'Categorieën van ontvangers', 'Ontvangers'),
        c('processors', 'Verwerkers', 'Verwerker'),
        c('jointControllers', 'Gezamenlijke verwerkingsverantwoordelijken'),
        c(
          'transferCountries',
          'Doorgiften naar derde landen of internationale organisaties',
          'Doorgifte naar derde landen',
          'Doorgiften',
          'Derde landen',
        ),
        c('transferSafeguards', 'Passende waarborgen', 'Waarborgen'),
        c('retention', 'Bewaartermijn', 'Bewaartermijnen', 'Termijnen voor het wissen', 'Bewaring'),
        c(
          'securityMeasures',
          'Technische en organisatorische beveiligingsmaatregelen',
          'Beveiligingsmaatregelen',
          'Beveiliging',
        ),
        c('dpia', 'Gegevensbeschermingseffectbeoordeling', 'GEB', 'DPIA'),
        c('notes', 'Opmerkingen'),
      ],
    },
    {
      lang: 'fr',
      title: 'APD — modèle de registre des activités de traitement',
      columns: [
        c('reference', 'Référence', 'Réf', 'N°'),
        c('name', 'Activité de traitement', 'Traitement', 'Dénomination du traitement'),
        c('department', 'Service', 'Département'),
        c('purposes', 'Finalités du traitement', 'Finalités', 'Finalité', 'Finalité(s) du traitement'),
        c('legalBases', 'Base juridique', 'Fondement juridique', 'Licéité', 'Base légale du traitement'),
        c('legitimateInterest', 'Intérêt légitime'),
        c('art9Condition', 'Exception pour les catégories particulières', 'Catégories particulières de données'),
        c('dataSubjects', 'Catégories de personnes concernées', 'Personnes concernées'),
        c('dataCategories', 'Catégories de données à caractère personnel', 'Données à caractère personnel'),
        c('sources', 'Source des données', 'Origine des données'),
        c('recipients', 'Catégories de destinataires'),
        c('processors', 'Sous-traitants', 'Sous-traitant'),
        c('jointControllers', 'Responsables conjoints du traitement', 'Responsables conjoints'),
        c(
          'transferCountries',
          'Transferts vers des pays tiers ou des organisations internationales',
          'Transferts vers des pays tiers',
          'Pays tiers',
        ),
        c('transferSafeguards', 'Garanties appropriées', 'Garanties'),
        c('retention', "Délais d'effacement", 'Délai de conservation', 'Délais de conservation'),
        c(
          'securityMeasures',
          'Mesures de sécurité techniques et organisationnelles',
          'Mesures techniques et organisationnelles',
        ),
        c('dpia', "Analyse d'impact relative à la protection des données", 'AIPD', "Analyse d'impact"),
        c('notes', 'Remarques', 'Commentaires'),
      ],
    },
  ],
};

const CNIL: Profile = {
  id: 'cnil',
  nameFromPurpose: false,
  variants: [
    {
      lang: 'fr',
      title: 'CNIL — registre des activités de traitement',
      columns: [
        c('reference', 'N° / Réf', 'N° de référence', 'Numéro / référence'),
        c('name', 'Nom du traitement', 'Activité', 'Nom / sigle'),
        c('owner', 'Responsable du traitement', 'Responsable opérationnel', 'Acteurs'),
        c('department', 'Service chargé de la mise en œuvre', 'Service'),
        c('purposes', 'Finalité principale', 'Finalité(s) du traitement effectué', 'Finalités'),
        c('purposes', 'Sous-finalités', 'Sous-finalité'),
        c('legalBases', 'Base légale', 'Base légale du traitement'),
        c('dataSubjects', 'Catégories de personnes concernées', 'Personnes concernées'),
        c('dataCategories', 'Catégories de données personnelles concernées', 'Catégories de données personnelles'),
        c('dataCategories', 'Données sensibles', 'Données sensibles traitées'),
        c('retention', 'Durées de conservation', 'Durée de conservation des catégories de données'),
        c('recipients', 'Destinataires', 'Catégories de destinataires'),
        c('transferCountries', 'Transferts hors UE', "Transferts de données hors de l'UE", 'Pays destinataires'),
        c('transferSafeguards', 'Garanties encadrant les transferts', 'Type de garanties', 'Garanties'),
        c('securityMeasures', 'Mesures de sécurité', 'Mesures de sécurité techniques et organisationnelles'),
        c('ignore', 'Date de création de la fiche', 'Date de création'),
        c('ignore', 'Date de dernière mise à jour de la fiche', 'Date de dernière mise à jour', 'Mise à jour'),
      ],
    },
  ],
};

/** Our own report's activity columns, in each of the four languages (core/reports/tables.ts). */
function ropaProfile(): Profile {
  return {
    id: 'ropa',
    nameFromPurpose: false,
    variants: LANGUAGES.map((lang) => {
      const F = labelsFor(lang).field;
      return {
        lang,
        title: `RoPA Registry report (${lang})`,
        columns: [
          c('reference', F.reference),
          c('name', F.name),
          c('ignore', F.organisation),
          c('role', F.role),
          c('ignore', F.controllers),
          c('ignore', F.jointControllers),
          c('status', F.status),
          c('department', F.department),
          c('owner', F.owner),
          c('description', F.description),
          c('purposes', F.purposes),
          c('legalBases', F.legalBases),
          c('legitimateInterest', F.legitimateInterest),
          c('art9Condition', F.art9Condition),
          c('art10Basis', F.art10Basis),
          c('sources', F.sources),
          c('dataSubjects', F.dataSubjects),
          c('dataCategories', F.dataCategories),
          c('recipients', F.recipients),
          c('transfers', F.transfers),
          c('retention', F.retention),
          c('securityMeasures', F.securityMeasures),
          c('securityDescription', F.securityDescription),
          c('dpia', F.dpia),
          c('dpiaLink', F.dpiaLink),
          c('automatedDecision', F.automatedDecision),
          c('automatedDecisionDetails', F.automatedDecisionDetails),
          c('endDate', F.endDate),
          c('reviewDate', F.reviewDate),
          c('notes', F.notes),
          c('ignore', F.updatedAt),
          c('ignore', F.updatedBy),
          c('ignore', F.version),
          c('ignore', F.id),
        ],
      };
    }),
  };
}

let all: Profile[] | null = null;
export function profiles(): Profile[] {
  all ??= [ICO, APD, CNIL, ropaProfile()];
  return all;
}

export function profileById(id: ProfileId): Profile {
  return profiles().find((p) => p.id === id)!;
}

type Variant = Profile['variants'][number];
type VariantKeys = { keys: (readonly [string, ProfileColumn])[]; exact: Map<string, ProfileColumn> };

// Header detection tries up to 30 rows against every profile; their own header keys are worked out once.
const keysOfVariant = new WeakMap<Variant, VariantKeys>();

function variantKeys(v: Variant): VariantKeys {
  let k = keysOfVariant.get(v);
  if (!k) {
    const keys = v.columns.flatMap((col) =>
      [col.header, ...(col.aliases ?? [])].map((h) => [headerKey(h), col] as const),
    );
    k = { keys, exact: new Map(keys) };
    keysOfVariant.set(v, k);
  }
  return k;
}

/** column index → field */
export type ColumnMapping = Record<number, ImportField>;

export interface ProfileMatch {
  profile: ProfileId;
  lang: Language;
  /** How many of the header's cells the profile knows. */
  known: number;
  mapping: ColumnMapping;
}

/** Maps a header row with one profile variant: exact header keys first, then a header that starts with a known one. */
export function matchHeader(header: string[], profile: Profile): ProfileMatch {
  let best: ProfileMatch = { profile: profile.id, lang: profile.variants[0]!.lang, known: 0, mapping: {} };
  const cellKeys = header.map(headerKey);
  for (const v of profile.variants) {
    const { keys, exact } = variantKeys(v);
    const mapping: ColumnMapping = {};
    let known = 0;
    cellKeys.forEach((key, i) => {
      if (key === '') return;
      const col =
        exact.get(key) ??
        keys.find(([k]) => k.length >= 12 && (key.startsWith(k) || k.startsWith(key)) && key.length >= 12)?.[1];
      if (col) {
        mapping[i] = col.field;
        known++;
      }
    });
    if (known > best.known) best = { profile: profile.id, lang: v.lang, known, mapping };
  }
  return best;
}

/** The profile that knows most of a header row's cells (ties: the more specific profile, listed first). */
export function bestProfile(header: string[], only?: ProfileId): ProfileMatch {
  const candidates = only ? [profileById(only)] : profiles();
  let best: ProfileMatch | null = null;
  for (const p of candidates) {
    const m = matchHeader(header, p);
    if (!best || m.known > best.known) best = m;
  }
  return best!;
}
