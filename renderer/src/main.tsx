// The page's entry, kept small: it asks the register for what the first screen shows (the session,
// the Activities table's first rows) and fetches the first language's wording, then loads the app
// itself (start.tsx: React, Mantine and the screens, most of the first load). The register worker and
// the network answer while that code is fetched and run, instead of after it.
import { fetchFirstRowsEarly } from './activities/activityRows';
import { initialLanguage } from './preferences';
import { parseRoute } from './route';
import { fetchSessionEarly } from './session/earlySession';
import { UI_WORDING } from './wording';

// The session first (the register worker answers in order of asking), then the table's first rows.
const session = fetchSessionEarly();
const lang = initialLanguage();
if (parseRoute(window.location.hash).page === 'activities') fetchFirstRowsEarly(lang);
// A failure here is i18n.ts's to report when it imports the same chunk.
for (const wording of new Set([lang, 'en' as const])) UI_WORDING[wording]().catch(() => undefined);

// A page's first Intl formatter loads the locale data of every later one (some 15 ms here): made now,
// while the register answers and the app's code arrives, the table's count line does not wait for it.
new Intl.NumberFormat(lang).format(0);

void import('./start').then(({ startApp }) => startApp(session));
