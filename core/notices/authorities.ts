// The supervisory authority a data subject may complain to (Art. 13(2)(d), 77): the authority of the
// controller's country, named in the notice's language where the authority has a name in it.
import type { Language } from '../api/schemas';

export interface Authority {
  name: Partial<Record<Language, string>> & { en: string };
  address: Partial<Record<Language, string>> & { en: string };
  website: string;
  /** Said after the authority, where one country has several (Germany's Länder). */
  note?: Record<Language, string>;
}

/** ISO 3166-1 alpha-2 → authority. */
export const AUTHORITIES: Record<string, Authority> = {
  BE: {
    name: {
      en: 'Data Protection Authority (Gegevensbeschermingsautoriteit / Autorité de protection des données)',
      nl: 'Gegevensbeschermingsautoriteit',
      fr: 'Autorité de protection des données',
      de: 'Datenschutzbehörde (Gegevensbeschermingsautoriteit / Autorité de protection des données)',
    },
    address: {
      en: 'Drukpersstraat 35 / Rue de la Presse 35, 1000 Brussels, Belgium',
      nl: 'Drukpersstraat 35, 1000 Brussel, België',
      fr: 'Rue de la Presse 35, 1000 Bruxelles, Belgique',
      de: 'Drukpersstraat 35 / Rue de la Presse 35, 1000 Brüssel, Belgien',
    },
    website: 'www.dataprotectionauthority.be',
  },
  NL: {
    name: { en: 'Dutch Data Protection Authority (Autoriteit Persoonsgegevens)', nl: 'Autoriteit Persoonsgegevens' },
    address: {
      en: 'PO Box 93374, 2509 AJ The Hague, the Netherlands',
      nl: 'Postbus 93374, 2509 AJ Den Haag, Nederland',
      fr: 'Postbus 93374, 2509 AJ La Haye, Pays-Bas',
      de: 'Postbus 93374, 2509 AJ Den Haag, Niederlande',
    },
    website: 'www.autoriteitpersoonsgegevens.nl',
  },
  FR: {
    name: {
      en: 'Commission nationale de l’informatique et des libertés (CNIL)',
      fr: 'Commission nationale de l’informatique et des libertés (CNIL)',
    },
    address: {
      en: '3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France',
      nl: '3 Place de Fontenoy, TSA 80715, 75334 Parijs Cedex 07, Frankrijk',
      fr: '3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France',
      de: '3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, Frankreich',
    },
    website: 'www.cnil.fr',
  },
  DE: {
    name: {
      en: 'Federal Commissioner for Data Protection and Freedom of Information (BfDI)',
      de: 'Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)',
    },
    address: {
      en: 'Graurheindorfer Straße 153, 53117 Bonn, Germany',
      nl: 'Graurheindorfer Straße 153, 53117 Bonn, Duitsland',
      fr: 'Graurheindorfer Straße 153, 53117 Bonn, Allemagne',
      de: 'Graurheindorfer Straße 153, 53117 Bonn, Deutschland',
    },
    website: 'www.bfdi.bund.de',
    note: {
      en: 'For private bodies, the data protection authority of the Land in which the controller is established is competent.',
      nl: 'Voor private instellingen is de gegevensbeschermingsautoriteit bevoegd van de deelstaat waar de verwerkingsverantwoordelijke gevestigd is.',
      fr: 'Pour les organismes privés, l’autorité de protection des données du Land où le responsable du traitement est établi est compétente.',
      de: 'Für nichtöffentliche Stellen ist die Datenschutzaufsichtsbehörde des Landes zuständig, in dem der Verantwortliche seinen Sitz hat.',
    },
  },
  LU: {
    name: {
      en: 'Commission nationale pour la protection des données (CNPD)',
      fr: 'Commission nationale pour la protection des données (CNPD)',
    },
    address: {
      en: '15, Boulevard du Jazz, L-4370 Belvaux, Luxembourg',
      nl: '15, Boulevard du Jazz, L-4370 Belvaux, Luxemburg',
      fr: '15, Boulevard du Jazz, L-4370 Belvaux, Luxembourg',
      de: '15, Boulevard du Jazz, L-4370 Belvaux, Luxemburg',
    },
    website: 'cnpd.public.lu',
  },
};

/** The European Data Protection Board's list of every EEA authority. */
export const EDPB_MEMBERS = 'www.edpb.europa.eu/about-edpb/about-edpb/members_en';

export function authorityOf(country: string): Authority | null {
  return AUTHORITIES[country.trim().toUpperCase()] ?? null;
}
