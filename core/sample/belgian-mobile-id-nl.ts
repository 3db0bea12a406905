// The sample register's Dutch texts, taken from the statement itself (seed-001-privacy-statement-nl.txt):
// section titles give the activity names ("Nieuwsbrief", "Aanwervingen"), the tables' "Doelstelling"
// column the purposes, "Bewaartermijn" the retention. Keyed by the statement's section number; the
// purposes, retention rules and sources follow the order of the English texts in belgian-mobile-id.ts.
export interface DutchActivity {
  name: string;
  description: string;
  purposes: { text: string; interest?: string }[];
  sources: string[];
  retention: { criterion?: string; trigger?: string }[];
}

const BETROKKENE = 'De betrokkene';

export const SECURITY_DESCRIPTION_NL =
  'Passende administratieve, technische en fysieke waarborgen. Online verstrekte persoonsgegevens worden versleuteld met ' +
  'TLS; digitale certificaten tonen dat bezoekers via authentieke kanalen verbonden zijn; een onafhankelijke externe ' +
  'entiteit controleert regelmatig de naleving van ISO/IEC 27001:2013 en de certificering wordt gehandhaafd.';

export const ORGANISATION_NL = { address: 'Markiesstraat 1, 1000 Brussel' };

/** The recipients in the statement's words ("Derden" column): a short name and the sentence itself. */
export const RECIPIENTS_NL: Record<string, { name: string; notes: string }> = {
  ict: {
    name: 'Onderaannemers die zorgen voor onze ICT-infrastructuur',
    notes: 'Onderaannemers die zorgen voor onze ICT-infrastructuur.',
  },
  recruitment: {
    name: 'Dienstverleners betrokken bij het wervings- en selectieproces',
    notes: 'Dienstverleners die betrokken zijn bij het wervings- en selectieproces.',
  },
  portal: {
    name: 'Onderaannemers betrokken bij de ontwikkeling en het onderhoud van het portaal',
    notes: 'Onderaannemers die betrokken zijn bij de ontwikkeling en het onderhoud van het portaal.',
  },
  requestProviders: {
    name: 'Dienstverleners betrokken bij de context van het verzoek',
    notes: 'Dienstverleners die betrokken zouden zijn bij de context van het verzoek.',
  },
};

export const ACTIVITIES_NL: Record<string, DutchActivity> = {
  '2.1': {
    name: 'Beheer van de website',
    description:
      'Wij verzamelen en verwerken persoonsgegevens wanneer u op de website surft, onder andere IP-adressen en cookies. ' +
      'Wij gebruiken drie soorten cookies: essentiële, analytische en marketing cookies. Behalve voor essentiële cookies ' +
      'vragen wij altijd uw toestemming via een cookiebanner.',
    purposes: [
      {
        text: 'De goede werking en de veiligheid van de website garanderen',
        interest: 'De veiligheid en de goede werking van onze website (essentiële cookies)',
      },
      { text: 'Uw surfervaring verbeteren (analyse van het gebruik van onze website)' },
      { text: 'Retargeting' },
      { text: 'De prestaties van onze reclamecampagnes meten' },
    ],
    sources: ['De browser van de bezoeker (cookies, IP-adres)'],
    retention: [],
  },
  '2.2': {
    name: 'Nieuwsbrief',
    description:
      'U hebt de mogelijkheid om ons uw e-mailadres te verstrekken, zodat wij u nieuwsbrieven kunnen sturen.',
    purposes: [{ text: 'U op de hoogte te houden van alle ontwikkelingen in verband met onze producten en diensten' }],
    sources: [BETROKKENE],
    retention: [{ criterion: 'Tot de intrekking van de toestemming' }],
  },
  '2.3': {
    name: 'Aanwervingen',
    description:
      'Kandidaten kunnen hun cv en sollicitatiebrief indienen. De kandidaat bepaalt welke gegevens relevant zijn en beperkt ' +
      'ze tot wat strikt noodzakelijk is voor het sollicitatieproces.',
    purposes: [{ text: 'Aannemen van medewerkers' }],
    sources: [BETROKKENE],
    retention: [{}],
  },
  '2.4': {
    name: 'Bedrijfsportaal',
    description:
      'Klanten maken verbinding met het bedrijfsportaal van Belgian Mobile ID als ze ondersteuning nodig hebben bij het ' +
      'integreren van itsme in hun systeem.',
    purposes: [{ text: 'Ondersteuning van partners bij het integreren van itsme in hun systeem' }],
    sources: [BETROKKENE],
    retention: [
      { trigger: 'indien er geen klantenovereenkomst wordt gesloten' },
      { criterion: 'Indien een klantenovereenkomst wordt gesloten: volgens de vereisten van het contract' },
    ],
  },
  '2.5': {
    name: 'White papers & leads',
    description:
      'Bezoekers verstrekken hun contactgegevens om whitepapers te downloaden. De verkoopafdeling beoordeelt elke gebruiker ' +
      'als een potentieel lead, rekening houdend met het profiel en de bedrijfsaffiliatie, en neemt contact op met ' +
      'waardevolle prospecten.',
    purposes: [{ text: 'Genereren en beheren van leads' }],
    sources: [BETROKKENE],
    retention: [{}],
  },
  '2.6.1': {
    name: 'Ondersteuning: gebruikers',
    description:
      'Gebruikers van de applicatie nemen contact op met Belgian Mobile ID via het contactformulier. De bezoeker bepaalt ' +
      'welke gegevens relevant zijn voor zijn verzoek; Belgian Mobile ID vraagt de bijkomende informatie die nodig is.',
    purposes: [{ text: 'Tegemoetkomen aan vraag naar ondersteuning' }],
    sources: [BETROKKENE],
    retention: [{}],
  },
  '2.6.2': {
    name: 'Ondersteuning: bedrijven',
    description: 'Bedrijven nemen om commerciële redenen contact op met Belgian Mobile ID via de website.',
    purposes: [
      { text: 'Tegemoetkomen aan de vraag naar samenwerking' },
      { text: 'Tegemoetkomen aan het verzoek om een aanbod' },
      { text: 'Tegemoetkomen aan het Sandbox verzoek' },
      { text: 'Tegemoetkomen aan het verzoek om testrekeningen' },
      { text: 'Verkoop van handtekening op Adobe Sign' },
    ],
    sources: [BETROKKENE],
    retention: [{}],
  },
  '2.7': {
    name: 'Uitoefening van de rechten van betrokkenen',
    description:
      'Verwerking van de persoonsgegevens die nodig zijn om tegemoet te komen aan de uitoefening van de rechten van ' +
      'betrokkenen, met inbegrip van de bevestiging van de identiteit van de aanvrager.',
    purposes: [
      { text: 'Tegemoetkomen aan de uitoefening van de rechten van de betrokkenen' },
      {
        text: 'Bevestiging van de identiteit van de aanvrager',
        interest: 'De accurate identificatie van personen die hun rechten uitoefenen',
      },
    ],
    sources: [BETROKKENE],
    retention: [{}, {}, { criterion: 'Tijd die nodig is voor identificatie' }],
  },
};
