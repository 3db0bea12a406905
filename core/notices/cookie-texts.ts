// The standard wording of the cookie policy in each language the app speaks: ours, shaped as the
// seeds' cookie policies (000, 003): what cookies are, the categories, the cookies per category, how
// to give and withdraw consent. The cookies themselves (names, providers, purposes) are the register's.
import type { Language } from '../api/schemas';

export interface CookiePolicyTexts {
  title: string;
  intro: (controller: string) => string;
  what: string;
  whatText: string[];
  categories: string;
  categoriesIntro: string;
  /** Our description of each built-in category (by term code); other categories show their label only. */
  category: Record<string, string>;
  cookies: string;
  cookiesIntro: string;
  noCookies: string;
  necessaryNote: string;
  consentNote: string;
  columns: { name: string; provider: string; purpose: string; expiry: string };
  consent: string;
  consentText: string[];
  browser: string;
  questions: string;
  questionsText: (controller: string) => string;
  dpo: string;
  version: string;
  versionText: (date: string) => string;
  madeFrom: (seq: number, hash: string) => string;
  noHistory: string;
}

const EN: CookiePolicyTexts = {
  title: 'Cookie policy',
  intro: (c) =>
    `This cookie policy explains what cookies are, which cookies and similar technologies the websites of ${c} use, and how you choose which of them may be placed on your device.`,
  what: 'What are cookies?',
  whatText: [
    'A cookie is a small text file that a website saves on your computer or mobile device when you visit it. It lets the website remember your actions and preferences for a while, so that you do not have to enter them again on every page or visit. Similar technologies, such as local storage, pixels and software development kits (SDKs) in apps, work in the same way and are treated here as cookies.',
    'Session cookies are deleted when you close your browser; other cookies stay on your device for the period stated below, or until you delete them. First-party cookies are placed by our website itself, third-party cookies by another party (the provider) through our website.',
  ],
  categories: 'The categories of cookies we use',
  categoriesIntro: 'We group our cookies by what they are for:',
  category: {
    strictly_necessary:
      'needed for the website to work and to provide the service you ask for (security, load balancing, remembering your cookie choices). They are placed without your consent, as the law allows.',
    preferences:
      'let the website remember choices that change how it behaves or looks, such as your language or region. They are placed only with your consent.',
    functional:
      'enable functions the website can work without, such as chat, videos or forms. They are placed only with your consent.',
    analytics:
      'help us understand how visitors use the website, so that we can improve it. They are placed only with your consent.',
    marketing:
      'follow your visits across websites to show you advertising and to measure our campaigns. They are placed only with your consent.',
  },
  cookies: 'The cookies we use',
  cookiesIntro: 'Below is every cookie we use, by category, with its provider, purpose and expiry.',
  noCookies: 'Our website currently places no cookies.',
  necessaryNote:
    'These cookies are placed as soon as you visit the website; you cannot refuse them through our banner.',
  consentNote: 'These cookies are placed only after you have given your consent.',
  columns: { name: 'Cookie', provider: 'Provider', purpose: 'Purpose', expiry: 'Expiry' },
  consent: 'Giving and withdrawing your consent',
  consentText: [
    'When you first visit our website, a banner asks which categories of cookies you accept, apart from the strictly necessary ones. We place those cookies only if you agree, and refusing them does not deny you access to the website.',
    'You can change your choice or withdraw your consent at any time through the cookie settings on our website; withdrawing does not affect what was done with your consent before. Cookies already placed can also be deleted in your browser.',
  ],
  browser:
    'Most browsers also let you block or delete cookies in their settings; if you block strictly necessary cookies, parts of the website may no longer work.',
  questions: 'Questions',
  questionsText: (c) =>
    `Where cookies collect personal data, ${c} processes it as its privacy notice describes, and you have the rights that notice sets out. For any question about cookies, contact us:`,
  dpo: 'Data protection officer',
  version: 'Date and version',
  versionText: (d) => `This cookie policy was generated on ${d} from our record of processing activities.`,
  madeFrom: (seq, hash) => `Version: register history entry ${seq} (${hash}).`,
  noHistory: 'It was generated from our record of processing activities.',
};

const NL: CookiePolicyTexts = {
  title: 'Cookiebeleid',
  intro: (c) =>
    `Dit cookiebeleid legt uit wat cookies zijn, welke cookies en vergelijkbare technologieën de websites van ${c} gebruiken en hoe u kiest welke daarvan op uw toestel mogen worden geplaatst.`,
  what: 'Wat zijn cookies?',
  whatText: [
    'Een cookie is een klein tekstbestand dat een website op uw computer of mobiele toestel opslaat wanneer u die bezoekt. Zo onthoudt de website uw handelingen en voorkeuren gedurende een bepaalde tijd, zodat u die niet op elke pagina of bij elk bezoek opnieuw moet ingeven. Vergelijkbare technologieën, zoals lokale opslag, pixels en software development kits (SDK’s) in apps, werken op dezelfde manier en worden hier als cookies behandeld.',
    'Sessiecookies worden gewist wanneer u uw browser sluit; andere cookies blijven op uw toestel gedurende de hieronder vermelde termijn, of tot u ze verwijdert. Eigen cookies worden door onze website zelf geplaatst, cookies van derden door een andere partij (de aanbieder) via onze website.',
  ],
  categories: 'De categorieën cookies die wij gebruiken',
  categoriesIntro: 'Wij delen onze cookies in volgens hun doel:',
  category: {
    strictly_necessary:
      'nodig om de website te laten werken en de dienst te leveren waarom u vraagt (beveiliging, load balancing, het onthouden van uw cookiekeuzes). Zij worden zonder uw toestemming geplaatst, zoals de wet toelaat.',
    preferences:
      'laten de website keuzes onthouden die bepalen hoe zij werkt of eruitziet, zoals uw taal of regio. Zij worden alleen met uw toestemming geplaatst.',
    functional:
      'maken functies mogelijk waarzonder de website ook werkt, zoals chat, video’s of formulieren. Zij worden alleen met uw toestemming geplaatst.',
    analytics:
      'helpen ons begrijpen hoe bezoekers de website gebruiken, zodat wij die kunnen verbeteren. Zij worden alleen met uw toestemming geplaatst.',
    marketing:
      'volgen uw bezoeken over websites heen om u reclame te tonen en onze campagnes te meten. Zij worden alleen met uw toestemming geplaatst.',
  },
  cookies: 'De cookies die wij gebruiken',
  cookiesIntro:
    'Hieronder staat elke cookie die wij gebruiken, per categorie, met de aanbieder, het doel en de vervaltermijn.',
  noCookies: 'Onze website plaatst momenteel geen cookies.',
  necessaryNote: 'Deze cookies worden geplaatst zodra u de website bezoekt; u kunt ze niet weigeren via onze banner.',
  consentNote: 'Deze cookies worden pas geplaatst nadat u uw toestemming hebt gegeven.',
  columns: { name: 'Cookie', provider: 'Aanbieder', purpose: 'Doel', expiry: 'Vervaltermijn' },
  consent: 'Uw toestemming geven en intrekken',
  consentText: [
    'Bij uw eerste bezoek aan onze website vraagt een banner welke categorieën cookies u aanvaardt, buiten de strikt noodzakelijke. Wij plaatsen die cookies alleen als u akkoord gaat, en wie ze weigert, behoudt de toegang tot de website.',
    'U kunt uw keuze op elk moment wijzigen of uw toestemming intrekken via de cookie-instellingen op onze website; de intrekking doet geen afbreuk aan wat vooraf met uw toestemming gebeurde. Reeds geplaatste cookies kunt u ook in uw browser verwijderen.',
  ],
  browser:
    'In de meeste browsers kunt u cookies ook blokkeren of verwijderen via de instellingen; blokkeert u strikt noodzakelijke cookies, dan werken delen van de website mogelijk niet meer.',
  questions: 'Vragen',
  questionsText: (c) =>
    `Waar cookies persoonsgegevens verzamelen, verwerkt ${c} die zoals de privacyverklaring beschrijft, en hebt u de rechten die daarin staan. Voor elke vraag over cookies kunt u ons contacteren:`,
  dpo: 'Functionaris voor gegevensbescherming',
  version: 'Datum en versie',
  versionText: (d) => `Dit cookiebeleid werd op ${d} opgesteld uit ons register van verwerkingsactiviteiten.`,
  madeFrom: (seq, hash) => `Versie: registergeschiedenis, wijziging ${seq} (${hash}).`,
  noHistory: 'Het werd opgesteld uit ons register van verwerkingsactiviteiten.',
};

const FR: CookiePolicyTexts = {
  title: 'Politique en matière de cookies',
  intro: (c) =>
    `La présente politique explique ce que sont les cookies, quels cookies et technologies similaires les sites web de ${c} utilisent, et comment vous choisissez ceux qui peuvent être placés sur votre appareil.`,
  what: 'Que sont les cookies ?',
  whatText: [
    'Un cookie est un petit fichier texte qu’un site web enregistre sur votre ordinateur ou votre appareil mobile lorsque vous le visitez. Il permet au site de se souvenir de vos actions et préférences pendant un certain temps, afin que vous n’ayez pas à les indiquer à nouveau sur chaque page ou à chaque visite. Les technologies similaires, comme le stockage local, les pixels et les kits de développement (SDK) des applications, fonctionnent de la même manière et sont traitées ici comme des cookies.',
    'Les cookies de session sont supprimés à la fermeture de votre navigateur ; les autres restent sur votre appareil pendant la durée indiquée ci-dessous, ou jusqu’à ce que vous les supprimiez. Les cookies internes sont placés par notre site lui-même, les cookies tiers par une autre partie (le fournisseur) par l’intermédiaire de notre site.',
  ],
  categories: 'Les catégories de cookies que nous utilisons',
  categoriesIntro: 'Nous classons nos cookies selon leur finalité :',
  category: {
    strictly_necessary:
      'nécessaires au fonctionnement du site et à la fourniture du service que vous demandez (sécurité, répartition de charge, mémorisation de vos choix en matière de cookies). Ils sont placés sans votre consentement, comme la loi le permet.',
    preferences:
      'permettent au site de se souvenir de choix qui modifient son comportement ou son apparence, comme votre langue ou votre région. Ils ne sont placés qu’avec votre consentement.',
    functional:
      'rendent possibles des fonctions dont le site peut se passer, comme le chat, les vidéos ou les formulaires. Ils ne sont placés qu’avec votre consentement.',
    analytics:
      'nous aident à comprendre comment les visiteurs utilisent le site, afin de l’améliorer. Ils ne sont placés qu’avec votre consentement.',
    marketing:
      'suivent vos visites d’un site à l’autre pour vous montrer de la publicité et mesurer nos campagnes. Ils ne sont placés qu’avec votre consentement.',
  },
  cookies: 'Les cookies que nous utilisons',
  cookiesIntro:
    'Vous trouverez ci-dessous chaque cookie que nous utilisons, par catégorie, avec son fournisseur, sa finalité et sa durée.',
  noCookies: 'Notre site ne place actuellement aucun cookie.',
  necessaryNote:
    'Ces cookies sont placés dès que vous visitez le site ; vous ne pouvez pas les refuser par notre bandeau.',
  consentNote: 'Ces cookies ne sont placés qu’après que vous avez donné votre consentement.',
  columns: { name: 'Cookie', provider: 'Fournisseur', purpose: 'Finalité', expiry: 'Durée' },
  consent: 'Donner et retirer votre consentement',
  consentText: [
    'Lors de votre première visite sur notre site, un bandeau vous demande quelles catégories de cookies vous acceptez, en dehors des cookies strictement nécessaires. Nous ne plaçons ces cookies que si vous y consentez, et les refuser ne vous prive pas de l’accès au site.',
    'Vous pouvez à tout moment modifier votre choix ou retirer votre consentement via les paramètres de cookies de notre site ; le retrait ne compromet pas ce qui a été fait avec votre consentement auparavant. Les cookies déjà placés peuvent aussi être supprimés dans votre navigateur.',
  ],
  browser:
    'La plupart des navigateurs permettent aussi de bloquer ou de supprimer les cookies dans leurs paramètres ; si vous bloquez les cookies strictement nécessaires, certaines parties du site risquent de ne plus fonctionner.',
  questions: 'Questions',
  questionsText: (c) =>
    `Lorsque des cookies collectent des données à caractère personnel, ${c} les traite comme le décrit sa déclaration de confidentialité, et vous disposez des droits qui y sont énoncés. Pour toute question relative aux cookies, contactez-nous :`,
  dpo: 'Délégué à la protection des données',
  version: 'Date et version',
  versionText: (d) =>
    `La présente politique a été établie le ${d} à partir de notre registre des activités de traitement.`,
  madeFrom: (seq, hash) => `Version : historique du registre, modification ${seq} (${hash}).`,
  noHistory: 'Elle a été établie à partir de notre registre des activités de traitement.',
};

const DE: CookiePolicyTexts = {
  title: 'Cookie-Richtlinie',
  intro: (c) =>
    `Diese Cookie-Richtlinie erklärt, was Cookies sind, welche Cookies und ähnlichen Technologien die Websites von ${c} verwenden und wie Sie wählen, welche davon auf Ihrem Gerät gespeichert werden dürfen.`,
  what: 'Was sind Cookies?',
  whatText: [
    'Ein Cookie ist eine kleine Textdatei, die eine Website beim Besuch auf Ihrem Computer oder Mobilgerät speichert. So kann sich die Website Ihre Aktionen und Einstellungen eine Zeit lang merken, damit Sie sie nicht auf jeder Seite oder bei jedem Besuch erneut eingeben müssen. Ähnliche Technologien wie lokaler Speicher, Pixel und Software Development Kits (SDKs) in Apps funktionieren auf dieselbe Weise und werden hier wie Cookies behandelt.',
    'Sitzungscookies werden gelöscht, wenn Sie Ihren Browser schließen; andere Cookies bleiben für die unten angegebene Dauer auf Ihrem Gerät oder bis Sie sie löschen. Erstanbieter-Cookies setzt unsere Website selbst, Drittanbieter-Cookies eine andere Stelle (der Anbieter) über unsere Website.',
  ],
  categories: 'Die Kategorien von Cookies, die wir verwenden',
  categoriesIntro: 'Wir ordnen unsere Cookies nach ihrem Zweck:',
  category: {
    strictly_necessary:
      'erforderlich, damit die Website funktioniert und den von Ihnen gewünschten Dienst erbringt (Sicherheit, Lastverteilung, Speichern Ihrer Cookie-Auswahl). Sie werden ohne Ihre Einwilligung gesetzt, wie es das Gesetz erlaubt.',
    preferences:
      'lassen die Website Einstellungen speichern, die ihr Verhalten oder Aussehen ändern, etwa Ihre Sprache oder Region. Sie werden nur mit Ihrer Einwilligung gesetzt.',
    functional:
      'ermöglichen Funktionen, ohne die die Website auch auskommt, etwa Chat, Videos oder Formulare. Sie werden nur mit Ihrer Einwilligung gesetzt.',
    analytics:
      'helfen uns zu verstehen, wie Besucher die Website nutzen, damit wir sie verbessern können. Sie werden nur mit Ihrer Einwilligung gesetzt.',
    marketing:
      'verfolgen Ihre Besuche über Websites hinweg, um Ihnen Werbung zu zeigen und unsere Kampagnen zu messen. Sie werden nur mit Ihrer Einwilligung gesetzt.',
  },
  cookies: 'Die Cookies, die wir verwenden',
  cookiesIntro: 'Nachfolgend jedes Cookie, das wir verwenden, nach Kategorie, mit Anbieter, Zweck und Speicherdauer.',
  noCookies: 'Unsere Website setzt derzeit keine Cookies.',
  necessaryNote:
    'Diese Cookies werden gesetzt, sobald Sie die Website besuchen; Sie können sie über unser Banner nicht ablehnen.',
  consentNote: 'Diese Cookies werden erst gesetzt, nachdem Sie Ihre Einwilligung gegeben haben.',
  columns: { name: 'Cookie', provider: 'Anbieter', purpose: 'Zweck', expiry: 'Speicherdauer' },
  consent: 'Einwilligung erteilen und widerrufen',
  consentText: [
    'Bei Ihrem ersten Besuch unserer Website fragt ein Banner, welche Kategorien von Cookies Sie außer den unbedingt erforderlichen akzeptieren. Wir setzen diese Cookies nur mit Ihrer Zustimmung, und wer sie ablehnt, behält den Zugang zur Website.',
    'Sie können Ihre Auswahl jederzeit über die Cookie-Einstellungen auf unserer Website ändern oder Ihre Einwilligung widerrufen; der Widerruf berührt nicht die Rechtmäßigkeit dessen, was zuvor mit Ihrer Einwilligung geschah. Bereits gesetzte Cookies können Sie auch in Ihrem Browser löschen.',
  ],
  browser:
    'In den meisten Browsern können Sie Cookies auch in den Einstellungen blockieren oder löschen; blockieren Sie unbedingt erforderliche Cookies, funktionieren Teile der Website möglicherweise nicht mehr.',
  questions: 'Fragen',
  questionsText: (c) =>
    `Soweit Cookies personenbezogene Daten erheben, verarbeitet ${c} diese wie in seiner Datenschutzerklärung beschrieben, und Ihnen stehen die dort genannten Rechte zu. Bei Fragen zu Cookies wenden Sie sich an uns:`,
  dpo: 'Datenschutzbeauftragter',
  version: 'Datum und Version',
  versionText: (d) =>
    `Diese Cookie-Richtlinie wurde am ${d} aus unserem Verzeichnis von Verarbeitungstätigkeiten erstellt.`,
  madeFrom: (seq, hash) => `Version: Verlauf des Verzeichnisses, Eintrag ${seq} (${hash}).`,
  noHistory: 'Sie wurde aus unserem Verzeichnis von Verarbeitungstätigkeiten erstellt.',
};

const BY_LANG: Record<Language, CookiePolicyTexts> = { en: EN, nl: NL, fr: FR, de: DE };

export function cookiePolicyTexts(lang: Language): CookiePolicyTexts {
  return BY_LANG[lang];
}
