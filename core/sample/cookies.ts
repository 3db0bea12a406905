// The cookies of the sample register: seed 000 (Belgian Mobile ID's cookie policy, section 4) as it
// lists them, 17 cookies with their provider, category, purpose and expiry. The purposes are the
// policy's English; the Dutch beside them is ours. The policy names no provider's country and no
// transfer safeguard, so neither is recorded: `ropa check` asks the officer where each third-party
// provider is, which decides whether the website activity has transfers to declare.
import type { CookieDraft, CookieExpiryUnit, Language, RecipientFields } from '../api/schemas';
import type { CoreContext } from '../context';
import { must } from '../dispatcher';
import { registerLanguages } from '../languages';

export type CookieProviderKey = 'cloudflare' | 'google' | 'aws' | 'facebook' | 'zopim' | 'zendesk';

/** The providers the policy names, as recipients; its own words say they process on our behalf. */
export const COOKIE_PROVIDERS: Record<CookieProviderKey, Pick<RecipientFields, 'name' | 'kind'> & { notes: string }> = {
  cloudflare: {
    name: 'Cloudflare',
    kind: 'processor',
    notes: 'Sets the cf_* and __cf_bm cookies (bot detection, load balancing, content delivery).',
  },
  google: { name: 'Google', kind: 'processor', notes: 'reCAPTCHA service (rc::a, rc::c).' },
  aws: { name: 'Amazon Web Services', kind: 'processor', notes: 'Load balancing (AWSALBCORS).' },
  facebook: {
    name: 'Facebook',
    kind: 'third_party',
    notes: 'Social network pixel and locale cookie; its own privacy policy applies to its users.',
  },
  zopim: { name: 'Zopim', kind: 'processor', notes: 'Live chat (__zlcmid, __zlcstore, zte2095).' },
  zendesk: { name: 'Zendesk', kind: 'processor', notes: 'Help centre (_help_center_session).' },
};

type Expiry = 'session' | 'persistent' | [number, CookieExpiryUnit];

export interface SampleCookie {
  name: string;
  /** The policy's "Provider" column where it is a host. */
  domain: string;
  /** null: Belgian Mobile ID itself (first party). */
  provider: CookieProviderKey | null;
  category: 'strictly_necessary' | 'preferences' | 'functional';
  purpose: { en: string; nl: string };
  expiry: Expiry;
}

const c = (
  name: string,
  domain: string,
  provider: CookieProviderKey | null,
  category: SampleCookie['category'],
  expiry: Expiry,
  en: string,
  nl: string,
): SampleCookie => ({ name, domain, provider, category, purpose: { en, nl }, expiry });

/** Seed 000, section 4, in the policy's order ("Never" is a persistent cookie). */
export const SAMPLE_COOKIES: SampleCookie[] = [
  c(
    'CookieConsent',
    'www.itsme-id.com',
    null,
    'strictly_necessary',
    [365, 'days'],
    "Stores the user's cookie consent state for the current domain",
    'Bewaart de cookietoestemming van de gebruiker voor het huidige domein',
  ),
  c(
    '__cf_bm',
    'cloudflare.com',
    'cloudflare',
    'strictly_necessary',
    [1, 'hours'],
    'This cookie is used to distinguish between humans and bots. This is beneficial for the website, in order to make valid reports on the use of their website.',
    'Onderscheidt mensen van bots, zodat de website betrouwbare verslagen over haar gebruik kan maken.',
  ),
  c(
    '_help_center_session',
    'static.zdassets.com',
    'zendesk',
    'strictly_necessary',
    'session',
    'Zdassets sets this cookie to hold preferences and session settings for customer support management, and it will be deleted when we leave the web browser.',
    'Zdassets plaatst deze cookie om voorkeuren en sessie-instellingen voor de klantenondersteuning te bewaren; ze wordt gewist wanneer de browser sluit.',
  ),
  c(
    '_cfuid',
    'hsforms.com',
    'cloudflare',
    'strictly_necessary',
    'session',
    'This cookie is a part of the services provided by Cloudflare - Including load-balancing, deliverance of website content and serving DNS connection for website operators.',
    'Deze cookie hoort bij de diensten van Cloudflare: load balancing, het leveren van website-inhoud en DNS-verbindingen voor websitebeheerders.',
  ),
  c(
    '_cfuid',
    'cloudflare.com',
    'cloudflare',
    'strictly_necessary',
    'session',
    'Cloudflare sets this cookie to identify trusted web traffic.',
    'Cloudflare plaatst deze cookie om betrouwbaar webverkeer te herkennen.',
  ),
  c(
    'rc::a',
    '',
    'google',
    'strictly_necessary',
    'persistent',
    'This cookie is set by the Google recaptcha service to identify bots to protect the website against malicious spam attacks.',
    'Deze cookie wordt geplaatst door de reCAPTCHA-dienst van Google om bots te herkennen en de website te beschermen tegen spamaanvallen.',
  ),
  c(
    'rc::c',
    '',
    'google',
    'strictly_necessary',
    'session',
    'This cookie is set by the Google recaptcha service to identify bots to protect the website against malicious spam attacks.',
    'Deze cookie wordt geplaatst door de reCAPTCHA-dienst van Google om bots te herkennen en de website te beschermen tegen spamaanvallen.',
  ),
  c(
    'cf_ob_info',
    'cloudflare.com',
    'cloudflare',
    'strictly_necessary',
    [1, 'minutes'],
    'The cf_ob_info cookie is set by Cloudflare to provide information on HTTP Status Code returned by the origin web server, the Ray ID of the original failed request and the data center serving the traffic.',
    'Cloudflare plaatst deze cookie met de HTTP-statuscode van de oorspronkelijke webserver, de Ray ID van het mislukte verzoek en het datacenter dat het verkeer bedient.',
  ),
  c(
    'cf_use_ob',
    'cloudflare.com',
    'cloudflare',
    'strictly_necessary',
    'session',
    "Cloudflare sets this cookie to improve page load times and to disallow any security restrictions based on the visitor's IP address.",
    'Cloudflare plaatst deze cookie om pagina’s sneller te laden en beveiligingsbeperkingen op basis van het IP-adres van de bezoeker te vermijden.',
  ),
  c(
    'AWSALBCORS',
    'aws.amazon.com',
    'aws',
    'strictly_necessary',
    [7, 'days'],
    'Amazon Web Services set this cookie for load balancing.',
    'Amazon Web Services plaatst deze cookie voor load balancing.',
  ),
  c(
    'cf_clearance',
    'cloudflare.com',
    'cloudflare',
    'strictly_necessary',
    [1, 'years'],
    'Clearance Cookie stores the proof of challenge passed. It is used to no longer issue a challenge if present. It is required to reach an origin server.',
    'Bewaart het bewijs dat een controle geslaagd is, zodat er geen nieuwe controle volgt; nodig om de oorspronkelijke server te bereiken.',
  ),
  c(
    'cache-sprite-plyr',
    'www.itsme-id.com',
    null,
    'strictly_necessary',
    'session',
    "This cookie is necessary for the cache function. A cache is used by the website to optimize the response time between the visitor and the website. The cache is usually stored on the visitor's browser.",
    'Nodig voor de cache, waarmee de website de antwoordtijd tussen bezoeker en website verkort; de cache staat meestal in de browser van de bezoeker.',
  ),
  c(
    'plyr',
    'www.itsme-id.com',
    null,
    'preferences',
    'session',
    'Necessary for the implementation of video-content on the website.',
    'Nodig om video-inhoud op de website te tonen.',
  ),
  c(
    'locale',
    'facebook.net',
    'facebook',
    'functional',
    'persistent',
    "Facebook sets this cookie to enhance the user's browsing experience on the website, and to provide the user with relevant advertising while using Facebook's social media platforms.",
    'Facebook plaatst deze cookie om het surfen op de website te verbeteren en de gebruiker relevante advertenties te tonen op de sociale media van Facebook.',
  ),
  c(
    '__zlcmid',
    'zopim.com',
    'zopim',
    'functional',
    [1, 'years'],
    'Zopim sets this cookie to store a unique user ID.',
    'Zopim plaatst deze cookie om een unieke gebruikers-ID te bewaren.',
  ),
  c(
    '__zlcstore',
    'zopim.com',
    'zopim',
    'functional',
    'persistent',
    'Zopim sets this cookie to store information about the current status of the chat.',
    'Zopim plaatst deze cookie om de huidige status van de chat te bewaren.',
  ),
  c(
    'zte2095',
    'zopim.com',
    'zopim',
    'functional',
    'session',
    'Zopim cookie. This cookie is generally set to enhance the performance and functionality of the website.',
    'Cookie van Zopim, meestal geplaatst om de prestaties en functionaliteit van de website te verbeteren.',
  ),
];

/** The reference of the activity the cookies serve: the statement's "Website management and cookies". */
export const COOKIE_ACTIVITY = '2.1';

/** A sample cookie as createCookie takes it, its purpose in the register's primary language. */
export function cookieDraft(
  s: SampleCookie,
  primary: Language,
  ids: { provider: (k: CookieProviderKey) => string; category: (code: string) => string; activity: string },
): CookieDraft {
  const main: 'en' | 'nl' = primary === 'nl' ? 'nl' : 'en';
  const other = main === 'en' ? 'nl' : 'en';
  return {
    name: s.name,
    domain: s.domain,
    providerId: s.provider ? ids.provider(s.provider) : null,
    categoryId: ids.category(s.category),
    purpose: s.purpose[main],
    ...(s.expiry === 'session' || s.expiry === 'persistent'
      ? { expiry: s.expiry }
      : { expiry: 'duration', expiryValue: s.expiry[0], expiryUnit: s.expiry[1] }),
    kind: 'http_cookie',
    party: s.provider ? 'third' : 'first',
    activityId: ids.activity,
    translations: { [other]: { purpose: s.purpose[other] } },
  };
}

/** Adds the providers as recipients of activity 2.1 and the 17 cookies on it (inside the sample's transaction). */
export function addSampleCookies(ctx: CoreContext): void {
  const { primary } = registerLanguages(ctx);
  const other = primary === 'en' ? 'nl' : 'en';
  const providers = new Map<CookieProviderKey, string>();
  for (const [key, r] of Object.entries(COOKIE_PROVIDERS) as [
    CookieProviderKey,
    (typeof COOKIE_PROVIDERS)[CookieProviderKey],
  ][])
    // A brand name reads the same in every language: given as the other sample language's name too.
    providers.set(key, must(ctx, 'createRecipient', { ...r, translations: { [other]: { name: r.name } } }).id);
  const categories = new Map(must(ctx, 'listTerms', { kind: 'cookie_category' }).map((t) => [t.code, t.id]));
  const activity = must(ctx, 'listActivities', {}).find((a) => a.reference === COOKIE_ACTIVITY);
  if (!activity) throw new Error(`The sample register has no activity ${COOKIE_ACTIVITY} for its cookies.`);
  const ids = {
    provider: (k: CookieProviderKey) => providers.get(k)!,
    category: (code: string) => {
      const id = categories.get(code);
      if (!id) throw new Error(`The sample cookies refer to the unknown cookie category ${code}.`);
      return id;
    },
    activity: activity.id,
  };
  for (const s of SAMPLE_COOKIES) must(ctx, 'createCookie', cookieDraft(s, primary, ids));
  // The providers receive what their cookies hold: recipients of the activity (Art. 30(1)(d)).
  const {
    id,
    version,
    createdAt: _a,
    createdBy: _b,
    updatedAt: _c,
    updatedBy: _d,
    legalBases: _l,
    ...fields
  } = must(ctx, 'getActivity', { id: activity.id });
  must(ctx, 'updateActivity', {
    id,
    version,
    fields: { ...fields, recipientIds: [...fields.recipientIds, ...providers.values()] },
  });
}
