// The standard wording of the privacy notice (Art. 13 and 14 GDPR) in each language the app
// speaks: ours, legal in tone; the Dutch follows the phrasing of seed 001's privacy statement.
// Everything the register says (names, purposes, retention, …) comes from the register instead.
import type { Language } from '../api/schemas';

export interface NoticeTexts {
  title: string;
  /** "for website visitors" etc. follows the title; the audience's own label comes from the labels. */
  titleFor: (audience: string) => string;
  intro: (controller: string, audience: string) => string;
  whoWeAre: string;
  controllerRole: (controller: string) => string;
  enterpriseNumber: string;
  address: string;
  contact: string;
  why: string;
  whyIntro: string;
  noActivities: string;
  columns: {
    data: string;
    purpose: string;
    source: string;
    legalBasis: string;
    retention: string;
    recipients: string;
  };
  legitimateInterest: string;
  specialCategories: (conditions: string) => string;
  criminalData: (basis: string) => string;
  automatedDecision: (details: string) => string;
  notStated: string;
  sharing: string;
  sharingIntro: string;
  sharingProcessors: string;
  sharingList: string;
  sharingLaw: string;
  transfers: string;
  noTransfers: string;
  transfersIntro: string;
  transferColumns: { country: string; recipient: string; safeguard: string };
  rights: string;
  rightsIntro: string;
  responseTime: string;
  rightsDepend: string;
  rightsList: { title: string; text: string }[];
  exercise: string;
  exerciseIntro: string;
  dpo: string;
  dpoIntro: string;
  email: string;
  phone: string;
  post: string;
  complaint: string;
  complaintTo: (authority: string) => string;
  complaintWebsite: string;
  complaintOther: (list: string) => string;
  complaintGeneric: (list: string) => string;
  version: string;
  versionText: (date: string) => string;
  madeFrom: (seq: number, hash: string) => string;
  noHistory: string;
}

const EN: NoticeTexts = {
  title: 'Privacy notice',
  titleFor: (a) => `Privacy notice — ${a}`,
  intro: (c, a) =>
    `This privacy notice explains which personal data ${c} processes about you (${a.toLowerCase()}), for which purposes and on which legal basis, with whom the data are shared, how long they are kept, and which rights you have. It is given under Articles 13 and 14 of the General Data Protection Regulation (EU) 2016/679 ("GDPR").`,
  whoWeAre: 'Who we are',
  controllerRole: (c) =>
    `${c} acts as the controller of your personal data within the meaning of Article 4(7) GDPR and is, in that capacity, responsible for the processing described in this notice.`,
  enterpriseNumber: 'Enterprise number',
  address: 'Registered office',
  contact: 'Contact',
  why: 'Why we process your personal data',
  whyIntro:
    'For each processing activity below, the table states the categories of personal data, the purpose, the source of the data, the legal basis under Article 6(1) GDPR, the retention period and the recipients.',
  noActivities: 'No processing activity is currently published for this audience.',
  columns: {
    data: 'Categories of personal data',
    purpose: 'Purpose',
    source: 'Source of the data',
    legalBasis: 'Legal basis',
    retention: 'Retention period',
    recipients: 'Recipients',
  },
  legitimateInterest: 'Legitimate interest pursued',
  specialCategories: (c) =>
    `Special categories of personal data (Article 9 GDPR) are processed on the following ground: ${c}.`,
  criminalData: (b) =>
    `Personal data relating to criminal convictions and offences (Article 10 GDPR) are processed on the basis of: ${b}.`,
  automatedDecision: (d) =>
    `This processing involves automated decision-making within the meaning of Article 22 GDPR.${d ? ` ${d}` : ''}`,
  notStated: '—',
  sharing: 'Personal data we share',
  sharingIntro:
    'We do not sell your personal data and we do not disclose them to third parties except as described in this notice.',
  sharingProcessors:
    'Where service providers process personal data on our behalf as processors (Article 28 GDPR), they act on our documented instructions only and are bound by a contract requiring them to keep the data confidential and secure.',
  sharingList: 'The recipients of the personal data described in this notice are:',
  sharingLaw:
    'We may also disclose personal data where the law or a judicial procedure requires us to, at the request of law enforcement or other public authorities, or where this is necessary to establish, exercise or defend legal claims.',
  transfers: 'Transfers outside the European Economic Area',
  noTransfers:
    'We do not transfer the personal data described in this notice to countries outside the European Economic Area or to international organisations.',
  transfersIntro:
    'The following transfers to third countries or international organisations take place, with the safeguard on which each one relies (Chapter V GDPR). You may obtain a copy of the safeguards by contacting us.',
  transferColumns: { country: 'Country', recipient: 'Recipient', safeguard: 'Safeguard' },
  rights: 'Your rights',
  rightsIntro:
    'Under Articles 15 to 22 GDPR you have the following rights regarding your personal data. Whether a right applies depends on the processing concerned and its legal basis.',
  responseTime:
    'We respond to your request without undue delay and in any event within one month of receiving it (Article 12(3) GDPR). That period may be extended by two further months where necessary, taking into account the complexity and number of requests; we will inform you of any such extension, and of the reasons for it, within one month of receiving your request.',
  rightsDepend:
    'Where we cannot comply with a request, we will tell you why within the same period. We may ask you for additional information to confirm your identity before acting on a request.',
  rightsList: [
    {
      title: 'Right of access (Article 15)',
      text: 'You may ask whether we process personal data about you and obtain a copy of those data, free of charge.',
    },
    {
      title: 'Right to rectification (Article 16)',
      text: 'You may ask us to correct inaccurate personal data or to complete incomplete data.',
    },
    {
      title: 'Right to erasure (Article 17)',
      text: 'You may ask us to erase your personal data, unless we are required by law to keep them.',
    },
    {
      title: 'Right to restriction of processing (Article 18)',
      text: 'You may ask us to restrict the processing of your personal data, in particular while we verify their accuracy.',
    },
    {
      title: 'Right to data portability (Article 20)',
      text: 'For data processed on the basis of your consent or of a contract, you may receive them in a structured, commonly used and machine-readable format, or have them transmitted to another controller.',
    },
    {
      title: 'Right to object (Article 21)',
      text: 'You may object at any time to processing based on a legitimate interest or a public task, and to direct marketing.',
    },
    {
      title: 'Right to withdraw consent (Article 7(3))',
      text: 'Where processing is based on your consent, you may withdraw it at any time, without affecting the lawfulness of the processing carried out before the withdrawal.',
    },
  ],
  exercise: 'How to exercise your rights',
  exerciseIntro:
    'To exercise your rights, or with any question or complaint about the way we process your personal data, contact our data protection officer. Please state clearly which right you wish to exercise and how you wish to receive our answer.',
  dpo: 'Data protection officer',
  dpoIntro: 'You can reach our data protection officer at:',
  email: 'E-mail',
  phone: 'Telephone',
  post: 'Post',
  complaint: 'Complaint to the supervisory authority',
  complaintTo: (a) =>
    `If you consider that the processing of your personal data infringes the GDPR, you have the right to lodge a complaint with the ${a} (Article 77 GDPR).`,
  complaintWebsite: 'Website',
  complaintOther: (l) =>
    `If you live or work in another Member State, you may also lodge your complaint with the supervisory authority of that Member State; the European Data Protection Board lists them at ${l}.`,
  complaintGeneric: (l) =>
    `If you consider that the processing of your personal data infringes the GDPR, you have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or the place of the alleged infringement (Article 77 GDPR). The European Data Protection Board lists the authorities at ${l}.`,
  version: 'Date and version of this notice',
  versionText: (d) =>
    `This notice was last updated on ${d}. We may update it to reflect changes in our processing; the date above shows the current version.`,
  madeFrom: (seq, hash) =>
    `It was generated from our record of processing activities, version ${seq} (history entry ${seq}, hash ${hash}).`,
  noHistory: 'It was generated from our record of processing activities.',
};

const NL: NoticeTexts = {
  title: 'Privacyverklaring',
  titleFor: (a) => `Privacyverklaring — ${a}`,
  intro: (c, a) =>
    `In deze privacyverklaring wordt uitgelegd welke persoonsgegevens ${c} over u (${a.toLowerCase()}) verwerkt, voor welke doeleinden en op welke rechtsgrondslag dat gebeurt, met wie die gegevens worden gedeeld, hoelang zij worden bewaard en wat uw rechten als betrokkene zijn. Zij wordt verstrekt overeenkomstig de artikelen 13 en 14 van de Algemene Verordening Gegevensbescherming (EU) 2016/679 ("AVG").`,
  whoWeAre: 'Wie zijn wij?',
  controllerRole: (c) =>
    `${c} treedt op als "verwerkingsverantwoordelijke" van uw gegevens in de zin van artikel 4, 7) AVG en is in die hoedanigheid verantwoordelijk voor de verwerkingen die in deze verklaring worden beschreven.`,
  enterpriseNumber: 'Ondernemingsnummer',
  address: 'Maatschappelijke zetel',
  contact: 'Contact',
  why: 'Waarom wij uw persoonsgegevens verwerken',
  whyIntro:
    'Voor elke verwerking hieronder vermeldt de tabel de categorieën persoonsgegevens, de doelstelling, de bron van de gegevens, de rechtsgrondslag volgens artikel 6, lid 1, AVG, de bewaartermijn en de derden met wie de gegevens worden gedeeld.',
  noActivities: 'Er wordt momenteel geen verwerking voor deze doelgroep gepubliceerd.',
  columns: {
    data: 'Categorie persoonsgegevens',
    purpose: 'Doelstelling',
    source: 'Bron van gegevens',
    legalBasis: 'Rechtsgrondslag',
    retention: 'Bewaartermijn',
    recipients: 'Derden met wie gegevens worden gedeeld',
  },
  legitimateInterest: 'Nagestreefd gerechtvaardigd belang',
  specialCategories: (c) =>
    `Bijzondere categorieën van persoonsgegevens (artikel 9 AVG) worden verwerkt op de volgende grond: ${c}.`,
  criminalData: (b) =>
    `Persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten (artikel 10 AVG) worden verwerkt op basis van: ${b}.`,
  automatedDecision: (d) =>
    `Bij deze verwerking vindt geautomatiseerde besluitvorming plaats in de zin van artikel 22 AVG.${d ? ` ${d}` : ''}`,
  notStated: '—',
  sharing: 'Persoonsgegevens die wij delen',
  sharingIntro:
    'Wij verkopen de door ons verzamelde persoonsgegevens niet aan derden en maken deze ook niet bekend, behalve zoals beschreven in deze privacyverklaring.',
  sharingProcessors:
    'Wanneer dienstverleners persoonsgegevens namens ons verwerken als verwerker (artikel 28 AVG), handelen zij uitsluitend volgens onze schriftelijke instructies en zijn zij contractueel verplicht de vertrouwelijkheid en de veiligheid van die gegevens afdoende te beschermen.',
  sharingList: 'De ontvangers van de persoonsgegevens die in deze verklaring worden beschreven, zijn:',
  sharingLaw:
    'Wij kunnen uw persoonsgegevens ook openbaar maken indien wij daartoe door de wet of door een gerechtelijke procedure gedwongen zijn, op verzoek van rechtshandhavingsinstanties of overheidsfunctionarissen, of wanneer dat noodzakelijk is voor de vaststelling, uitoefening of verdediging van een recht in rechte.',
  transfers: 'Doorgifte buiten de Europese Economische Ruimte',
  noTransfers:
    'Wij geven de persoonsgegevens die in deze verklaring worden beschreven niet door aan landen buiten de Europese Economische Ruimte of aan internationale organisaties.',
  transfersIntro:
    'De volgende doorgiften aan derde landen of internationale organisaties vinden plaats, met de waarborg waarop elk ervan steunt (hoofdstuk V AVG). U kunt een kopie van die waarborgen verkrijgen door contact met ons op te nemen.',
  transferColumns: { country: 'Land', recipient: 'Ontvanger', safeguard: 'Waarborg' },
  rights: 'Uw rechten',
  rightsIntro:
    'Op grond van de artikelen 15 tot en met 22 AVG hebt u de volgende rechten met betrekking tot uw persoonsgegevens. Of u een recht kunt uitoefenen, hangt af van de verwerking en de rechtsgrondslag hiervan.',
  responseTime:
    'Als u contact met ons opneemt om uw rechten uit te oefenen, zullen wij u onverwijld en in elk geval binnen 1 maand na ontvangst van uw verzoek antwoorden (artikel 12, lid 3, AVG). Bij wijze van uitzondering kan deze termijn, gelet op de complexiteit en het aantal verzoeken, met 2 maanden worden verlengd; in dat geval stellen wij u binnen 1 maand na ontvangst van uw verzoek in kennis van de verlenging en van de reden ervan.',
  rightsDepend:
    'Indien wij niet op uw verzoek kunnen ingaan, stellen wij u daarvan binnen dezelfde termijn in kennis, met opgave van de redenen. In sommige gevallen zult u ons aanvullende informatie moeten verstrekken, zodat wij u met zekerheid kunnen identificeren.',
  rightsList: [
    {
      title: 'Recht van inzage (artikel 15)',
      text: 'U hebt het recht ons te vragen welke persoonsgegevens wij over u bewaren en kosteloos een kopie van die gegevens te ontvangen.',
    },
    {
      title: 'Recht op verbetering (artikel 16)',
      text: 'Indien u van mening bent dat uw gegevens onjuist of onvolledig zijn, hebt u het recht ons te verzoeken deze te corrigeren of aan te vullen.',
    },
    {
      title: 'Recht op verwijdering (artikel 17)',
      text: 'U hebt het recht ons te vragen uw persoonsgegevens te wissen, tenzij wij wettelijk verplicht zijn ze te bewaren.',
    },
    {
      title: 'Recht op beperking van de verwerking (artikel 18)',
      text: 'U kunt ons vragen de verwerking van uw persoonsgegevens te beperken, met name wanneer wij de juistheid ervan verifiëren.',
    },
    {
      title: 'Recht op overdraagbaarheid van gegevens (artikel 20)',
      text: 'Voor persoonsgegevens die op basis van uw toestemming of van een overeenkomst worden verwerkt, hebt u het recht ze in een gestructureerde, gangbare en machineleesbare vorm te ontvangen of te laten overdragen aan een andere verwerkingsverantwoordelijke.',
    },
    {
      title: 'Recht van bezwaar (artikel 21)',
      text: 'U hebt het recht te allen tijde bezwaar te maken tegen een verwerking op basis van een gerechtvaardigd belang of een taak van algemeen belang, en tegen direct marketing.',
    },
    {
      title: 'Recht om uw toestemming in te trekken (artikel 7, lid 3)',
      text: 'Voor verwerking op basis van uw toestemming hebt u het recht om uw toestemming te allen tijde in te trekken, zonder dat dit afbreuk doet aan de rechtmatigheid van de verwerking vóór de intrekking.',
    },
  ],
  exercise: 'Uw rechten uitoefenen',
  exerciseIntro:
    'Indien u uw rechten wenst uit te oefenen of indien u een klacht, vraag of probleem hebt betreffende de manier waarop wij uw persoonsgegevens verwerken, neem dan contact op met onze functionaris voor gegevensbescherming. Geef altijd duidelijk aan welk recht u wenst uit te oefenen en hoe u de informatie wenst te ontvangen.',
  dpo: 'Functionaris voor gegevensbescherming',
  dpoIntro: 'U kunt onze functionaris voor gegevensbescherming bereiken via de volgende contactgegevens:',
  email: 'E-mail',
  phone: 'Telefoon',
  post: 'Post',
  complaint: 'Recht om een klacht in te dienen bij de toezichthoudende autoriteit',
  complaintTo: (a) =>
    `Als u van mening bent dat de verwerking van uw persoonsgegevens inbreuk maakt op de AVG, hebt u het recht een klacht in te dienen bij de ${a} (artikel 77 AVG).`,
  complaintWebsite: 'Website',
  complaintOther: (l) =>
    `Indien u in een andere lidstaat woont of werkt, kunt u uw klacht ook indienen bij de toezichthoudende autoriteit van die lidstaat; het Europees Comité voor gegevensbescherming vermeldt hun contactgegevens op ${l}.`,
  complaintGeneric: (l) =>
    `Als u van mening bent dat de verwerking van uw persoonsgegevens inbreuk maakt op de AVG, hebt u het recht een klacht in te dienen bij een toezichthoudende autoriteit, met name in de lidstaat waar u gewoonlijk verblijft, waar u werkt of waar de beweerde inbreuk is gepleegd (artikel 77 AVG). Het Europees Comité voor gegevensbescherming vermeldt hun contactgegevens op ${l}.`,
  version: 'Datum en versie van deze verklaring',
  versionText: (d) =>
    `Deze privacyverklaring werd voor het laatst bijgewerkt op ${d}. Zij kan periodiek worden bijgewerkt om wijzigingen in onze verwerkingen te weerspiegelen; de datum hierboven vermeldt de geldende versie.`,
  madeFrom: (seq, hash) =>
    `Zij werd opgesteld op basis van ons register van verwerkingsactiviteiten, versie ${seq} (historiekregel ${seq}, hash ${hash}).`,
  noHistory: 'Zij werd opgesteld op basis van ons register van verwerkingsactiviteiten.',
};

const FR: NoticeTexts = {
  title: 'Déclaration de confidentialité',
  titleFor: (a) => `Déclaration de confidentialité — ${a}`,
  intro: (c, a) =>
    `La présente déclaration de confidentialité explique quelles données à caractère personnel ${c} traite à votre sujet (${a.toLowerCase()}), à quelles fins et sur quelle base juridique, avec qui ces données sont partagées, combien de temps elles sont conservées et quels sont vos droits. Elle est fournie conformément aux articles 13 et 14 du règlement général sur la protection des données (UE) 2016/679 (« RGPD »).`,
  whoWeAre: 'Qui sommes-nous ?',
  controllerRole: (c) =>
    `${c} agit en qualité de « responsable du traitement » de vos données au sens de l’article 4, 7) du RGPD et est, à ce titre, responsable des traitements décrits dans la présente déclaration.`,
  enterpriseNumber: 'Numéro d’entreprise',
  address: 'Siège social',
  contact: 'Contact',
  why: 'Pourquoi nous traitons vos données à caractère personnel',
  whyIntro:
    'Pour chaque traitement ci-dessous, le tableau indique les catégories de données à caractère personnel, la finalité, la source des données, la base juridique au sens de l’article 6, paragraphe 1, du RGPD, la durée de conservation et les destinataires.',
  noActivities: 'Aucun traitement n’est actuellement publié pour ce public.',
  columns: {
    data: 'Catégories de données à caractère personnel',
    purpose: 'Finalité',
    source: 'Source des données',
    legalBasis: 'Base juridique',
    retention: 'Durée de conservation',
    recipients: 'Destinataires',
  },
  legitimateInterest: 'Intérêt légitime poursuivi',
  specialCategories: (c) =>
    `Des catégories particulières de données à caractère personnel (article 9 du RGPD) sont traitées sur le fondement suivant : ${c}.`,
  criminalData: (b) =>
    `Des données relatives aux condamnations pénales et aux infractions (article 10 du RGPD) sont traitées sur la base de : ${b}.`,
  automatedDecision: (d) =>
    `Ce traitement comporte une prise de décision automatisée au sens de l’article 22 du RGPD.${d ? ` ${d}` : ''}`,
  notStated: '—',
  sharing: 'Données à caractère personnel que nous partageons',
  sharingIntro:
    'Nous ne vendons pas vos données à caractère personnel et ne les communiquons pas à des tiers, sauf dans les cas décrits dans la présente déclaration.',
  sharingProcessors:
    'Lorsque des prestataires traitent des données à caractère personnel pour notre compte en qualité de sous-traitants (article 28 du RGPD), ils agissent uniquement sur nos instructions documentées et sont tenus par contrat d’en préserver la confidentialité et la sécurité.',
  sharingList: 'Les destinataires des données à caractère personnel décrites dans la présente déclaration sont :',
  sharingLaw:
    'Nous pouvons également communiquer des données à caractère personnel lorsque la loi ou une procédure judiciaire nous y oblige, à la demande des autorités répressives ou d’autres autorités publiques, ou lorsque cela est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice.',
  transfers: 'Transferts en dehors de l’Espace économique européen',
  noTransfers:
    'Nous ne transférons pas les données à caractère personnel décrites dans la présente déclaration vers des pays situés en dehors de l’Espace économique européen ni vers des organisations internationales.',
  transfersIntro:
    'Les transferts suivants vers des pays tiers ou des organisations internationales ont lieu, chacun avec la garantie sur laquelle il repose (chapitre V du RGPD). Vous pouvez obtenir une copie de ces garanties en nous contactant.',
  transferColumns: { country: 'Pays', recipient: 'Destinataire', safeguard: 'Garantie' },
  rights: 'Vos droits',
  rightsIntro:
    'En vertu des articles 15 à 22 du RGPD, vous disposez des droits suivants sur vos données à caractère personnel. L’exercice d’un droit dépend du traitement concerné et de sa base juridique.',
  responseTime:
    'Nous répondons à votre demande dans les meilleurs délais et en tout état de cause dans un délai d’un mois à compter de sa réception (article 12, paragraphe 3, du RGPD). Ce délai peut être prolongé de deux mois, compte tenu de la complexité et du nombre de demandes ; nous vous informons de cette prolongation et de ses motifs dans un délai d’un mois à compter de la réception de votre demande.',
  rightsDepend:
    'Si nous ne pouvons pas donner suite à votre demande, nous vous en informons dans le même délai en indiquant les motifs. Nous pouvons vous demander des informations supplémentaires afin de confirmer votre identité.',
  rightsList: [
    {
      title: 'Droit d’accès (article 15)',
      text: 'Vous pouvez nous demander si nous traitons des données vous concernant et en obtenir gratuitement une copie.',
    },
    {
      title: 'Droit de rectification (article 16)',
      text: 'Vous pouvez nous demander de rectifier des données inexactes ou de compléter des données incomplètes.',
    },
    {
      title: 'Droit à l’effacement (article 17)',
      text: 'Vous pouvez nous demander d’effacer vos données, sauf si la loi nous oblige à les conserver.',
    },
    {
      title: 'Droit à la limitation du traitement (article 18)',
      text: 'Vous pouvez nous demander de limiter le traitement de vos données, notamment pendant que nous en vérifions l’exactitude.',
    },
    {
      title: 'Droit à la portabilité des données (article 20)',
      text: 'Pour les données traitées sur la base de votre consentement ou d’un contrat, vous pouvez les recevoir dans un format structuré, couramment utilisé et lisible par machine, ou les faire transmettre à un autre responsable du traitement.',
    },
    {
      title: 'Droit d’opposition (article 21)',
      text: 'Vous pouvez vous opposer à tout moment à un traitement fondé sur un intérêt légitime ou une mission d’intérêt public, ainsi qu’à la prospection.',
    },
    {
      title: 'Droit de retirer votre consentement (article 7, paragraphe 3)',
      text: 'Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment, sans porter atteinte à la licéité du traitement effectué avant ce retrait.',
    },
  ],
  exercise: 'Comment exercer vos droits',
  exerciseIntro:
    'Pour exercer vos droits, ou pour toute question ou réclamation relative à la manière dont nous traitons vos données, contactez notre délégué à la protection des données. Indiquez clairement le droit que vous souhaitez exercer et la manière dont vous souhaitez recevoir notre réponse.',
  dpo: 'Délégué à la protection des données',
  dpoIntro: 'Vous pouvez joindre notre délégué à la protection des données aux coordonnées suivantes :',
  email: 'Courriel',
  phone: 'Téléphone',
  post: 'Courrier',
  complaint: 'Réclamation auprès de l’autorité de contrôle',
  complaintTo: (a) =>
    `Si vous estimez que le traitement de vos données constitue une violation du RGPD, vous avez le droit d’introduire une réclamation auprès de l’${a} (article 77 du RGPD).`,
  complaintWebsite: 'Site web',
  complaintOther: (l) =>
    `Si vous résidez ou travaillez dans un autre État membre, vous pouvez également introduire votre réclamation auprès de l’autorité de contrôle de cet État ; le comité européen de la protection des données en publie la liste sur ${l}.`,
  complaintGeneric: (l) =>
    `Si vous estimez que le traitement de vos données constitue une violation du RGPD, vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre de votre résidence habituelle, de votre lieu de travail ou du lieu où la violation aurait été commise (article 77 du RGPD). Le comité européen de la protection des données en publie la liste sur ${l}.`,
  version: 'Date et version de la présente déclaration',
  versionText: (d) =>
    `La présente déclaration a été mise à jour pour la dernière fois le ${d}. Elle peut être modifiée pour refléter l’évolution de nos traitements ; la date ci-dessus indique la version en vigueur.`,
  madeFrom: (seq, hash) =>
    `Elle a été établie à partir de notre registre des activités de traitement, version ${seq} (entrée d’historique ${seq}, empreinte ${hash}).`,
  noHistory: 'Elle a été établie à partir de notre registre des activités de traitement.',
};

const DE: NoticeTexts = {
  title: 'Datenschutzerklärung',
  titleFor: (a) => `Datenschutzerklärung — ${a}`,
  intro: (c, a) =>
    `Diese Datenschutzerklärung erläutert, welche personenbezogenen Daten ${c} über Sie (${a}) verarbeitet, zu welchen Zwecken und auf welcher Rechtsgrundlage, an wen die Daten weitergegeben werden, wie lange sie gespeichert werden und welche Rechte Ihnen zustehen. Sie wird gemäß Artikel 13 und 14 der Datenschutz-Grundverordnung (EU) 2016/679 („DSGVO“) bereitgestellt.`,
  whoWeAre: 'Wer wir sind',
  controllerRole: (c) =>
    `${c} ist Verantwortlicher für Ihre personenbezogenen Daten im Sinne von Artikel 4 Nr. 7 DSGVO und in dieser Eigenschaft für die in dieser Erklärung beschriebenen Verarbeitungen verantwortlich.`,
  enterpriseNumber: 'Unternehmensnummer',
  address: 'Sitz',
  contact: 'Kontakt',
  why: 'Warum wir Ihre personenbezogenen Daten verarbeiten',
  whyIntro:
    'Für jede der folgenden Verarbeitungstätigkeiten nennt die Tabelle die Kategorien personenbezogener Daten, den Zweck, die Herkunft der Daten, die Rechtsgrundlage nach Artikel 6 Absatz 1 DSGVO, die Speicherdauer und die Empfänger.',
  noActivities: 'Für diesen Personenkreis ist derzeit keine Verarbeitungstätigkeit veröffentlicht.',
  columns: {
    data: 'Kategorien personenbezogener Daten',
    purpose: 'Zweck',
    source: 'Herkunft der Daten',
    legalBasis: 'Rechtsgrundlage',
    retention: 'Speicherdauer',
    recipients: 'Empfänger',
  },
  legitimateInterest: 'Verfolgtes berechtigtes Interesse',
  specialCategories: (c) =>
    `Besondere Kategorien personenbezogener Daten (Artikel 9 DSGVO) werden auf folgender Grundlage verarbeitet: ${c}.`,
  criminalData: (b) =>
    `Personenbezogene Daten über strafrechtliche Verurteilungen und Straftaten (Artikel 10 DSGVO) werden verarbeitet auf Grundlage von: ${b}.`,
  automatedDecision: (d) =>
    `Diese Verarbeitung umfasst eine automatisierte Entscheidungsfindung im Sinne von Artikel 22 DSGVO.${d ? ` ${d}` : ''}`,
  notStated: '—',
  sharing: 'Weitergabe personenbezogener Daten',
  sharingIntro:
    'Wir verkaufen Ihre personenbezogenen Daten nicht und geben sie nicht an Dritte weiter, außer wie in dieser Erklärung beschrieben.',
  sharingProcessors:
    'Soweit Dienstleister personenbezogene Daten in unserem Auftrag als Auftragsverarbeiter verarbeiten (Artikel 28 DSGVO), handeln sie ausschließlich auf unsere dokumentierte Weisung und sind vertraglich verpflichtet, die Vertraulichkeit und Sicherheit der Daten zu gewährleisten.',
  sharingList: 'Empfänger der in dieser Erklärung beschriebenen personenbezogenen Daten sind:',
  sharingLaw:
    'Wir können personenbezogene Daten außerdem offenlegen, wenn wir gesetzlich oder durch ein gerichtliches Verfahren dazu verpflichtet sind, auf Ersuchen von Strafverfolgungs- oder anderen Behörden, oder wenn dies zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen erforderlich ist.',
  transfers: 'Übermittlungen außerhalb des Europäischen Wirtschaftsraums',
  noTransfers:
    'Wir übermitteln die in dieser Erklärung beschriebenen personenbezogenen Daten nicht in Länder außerhalb des Europäischen Wirtschaftsraums oder an internationale Organisationen.',
  transfersIntro:
    'Folgende Übermittlungen an Drittländer oder internationale Organisationen finden statt, jeweils mit der Garantie, auf die sie sich stützen (Kapitel V DSGVO). Eine Kopie dieser Garantien erhalten Sie auf Anfrage.',
  transferColumns: { country: 'Land', recipient: 'Empfänger', safeguard: 'Garantie' },
  rights: 'Ihre Rechte',
  rightsIntro:
    'Nach Artikel 15 bis 22 DSGVO stehen Ihnen in Bezug auf Ihre personenbezogenen Daten die folgenden Rechte zu. Ob ein Recht besteht, hängt von der jeweiligen Verarbeitung und ihrer Rechtsgrundlage ab.',
  responseTime:
    'Wir beantworten Ihren Antrag unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang (Artikel 12 Absatz 3 DSGVO). Diese Frist kann unter Berücksichtigung der Komplexität und der Anzahl von Anträgen um weitere zwei Monate verlängert werden; über eine Fristverlängerung und deren Gründe unterrichten wir Sie innerhalb eines Monats nach Eingang Ihres Antrags.',
  rightsDepend:
    'Können wir Ihrem Antrag nicht nachkommen, teilen wir Ihnen dies innerhalb derselben Frist unter Angabe der Gründe mit. Wir können zusätzliche Informationen anfordern, um Ihre Identität zu bestätigen.',
  rightsList: [
    {
      title: 'Auskunftsrecht (Artikel 15)',
      text: 'Sie können Auskunft darüber verlangen, ob wir Sie betreffende personenbezogene Daten verarbeiten, und unentgeltlich eine Kopie dieser Daten erhalten.',
    },
    {
      title: 'Recht auf Berichtigung (Artikel 16)',
      text: 'Sie können die Berichtigung unrichtiger oder die Vervollständigung unvollständiger Daten verlangen.',
    },
    {
      title: 'Recht auf Löschung (Artikel 17)',
      text: 'Sie können die Löschung Ihrer Daten verlangen, sofern wir nicht gesetzlich zu ihrer Aufbewahrung verpflichtet sind.',
    },
    {
      title: 'Recht auf Einschränkung der Verarbeitung (Artikel 18)',
      text: 'Sie können die Einschränkung der Verarbeitung verlangen, insbesondere solange wir die Richtigkeit der Daten prüfen.',
    },
    {
      title: 'Recht auf Datenübertragbarkeit (Artikel 20)',
      text: 'Daten, die auf Grundlage Ihrer Einwilligung oder eines Vertrags verarbeitet werden, können Sie in einem strukturierten, gängigen und maschinenlesbaren Format erhalten oder einem anderen Verantwortlichen übermitteln lassen.',
    },
    {
      title: 'Widerspruchsrecht (Artikel 21)',
      text: 'Sie können einer Verarbeitung, die auf einem berechtigten Interesse oder einer Aufgabe im öffentlichen Interesse beruht, sowie der Direktwerbung jederzeit widersprechen.',
    },
    {
      title: 'Recht auf Widerruf der Einwilligung (Artikel 7 Absatz 3)',
      text: 'Beruht eine Verarbeitung auf Ihrer Einwilligung, können Sie diese jederzeit widerrufen, ohne dass die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung berührt wird.',
    },
  ],
  exercise: 'Wie Sie Ihre Rechte ausüben',
  exerciseIntro:
    'Um Ihre Rechte auszuüben, oder bei Fragen oder Beschwerden zur Verarbeitung Ihrer personenbezogenen Daten, wenden Sie sich an unseren Datenschutzbeauftragten. Geben Sie bitte an, welches Recht Sie ausüben möchten und auf welchem Weg Sie unsere Antwort erhalten möchten.',
  dpo: 'Datenschutzbeauftragter',
  dpoIntro: 'Unseren Datenschutzbeauftragten erreichen Sie unter:',
  email: 'E-Mail',
  phone: 'Telefon',
  post: 'Post',
  complaint: 'Beschwerde bei der Aufsichtsbehörde',
  complaintTo: (a) =>
    `Wenn Sie der Ansicht sind, dass die Verarbeitung Ihrer personenbezogenen Daten gegen die DSGVO verstößt, haben Sie das Recht auf Beschwerde bei folgender Aufsichtsbehörde: ${a} (Artikel 77 DSGVO).`,
  complaintWebsite: 'Website',
  complaintOther: (l) =>
    `Wohnen oder arbeiten Sie in einem anderen Mitgliedstaat, können Sie Ihre Beschwerde auch bei der Aufsichtsbehörde dieses Mitgliedstaats einreichen; der Europäische Datenschutzausschuss führt sie unter ${l} auf.`,
  complaintGeneric: (l) =>
    `Wenn Sie der Ansicht sind, dass die Verarbeitung Ihrer personenbezogenen Daten gegen die DSGVO verstößt, haben Sie das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthalts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes (Artikel 77 DSGVO). Der Europäische Datenschutzausschuss führt die Behörden unter ${l} auf.`,
  version: 'Datum und Version dieser Erklärung',
  versionText: (d) =>
    `Diese Datenschutzerklärung wurde zuletzt am ${d} aktualisiert. Wir können sie anpassen, um Änderungen unserer Verarbeitungen wiederzugeben; das obige Datum bezeichnet die geltende Fassung.`,
  madeFrom: (seq, hash) =>
    `Sie wurde aus unserem Verzeichnis von Verarbeitungstätigkeiten erstellt, Version ${seq} (Verlaufseintrag ${seq}, Hash ${hash}).`,
  noHistory: 'Sie wurde aus unserem Verzeichnis von Verarbeitungstätigkeiten erstellt.',
};

const TEXTS: Record<Language, NoticeTexts> = { en: EN, nl: NL, fr: FR, de: DE };

export function noticeTexts(lang: Language): NoticeTexts {
  return TEXTS[lang];
}
