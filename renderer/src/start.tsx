import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './a11y.css';
import { getDefaultZIndex, MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { App } from './App';
import { fetchActivityRowsEarly } from './activities/activityRows';
import { languagesReady } from './i18n';
import { initialLanguage } from './preferences';
import { parseRoute } from './route';
import { fetchSessionEarly } from './session/earlySession';
import { themeFor } from './theme';

/** Notifications close by themselves after this long, unless one asks for longer. */
const NOTIFICATION_MS = 6_000;

function Root() {
  const { t } = useTranslation();
  const closeLabel = t('action.close');
  const theme = useMemo(() => themeFor(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme}>
      <ModalsProvider>
        {/* Bottom right, beneath any dialog: never over the header's menus or the editor's Save and
            Delete (top right, where a "Saved" notice used to sit on the button just pressed), and
            never over a dialog's buttons (a dialog sits above notifications). */}
        <Notifications position="bottom-right" autoClose={NOTIFICATION_MS} zIndex={getDefaultZIndex('modal') - 1} />
        <App />
      </ModalsProvider>
    </MantineProvider>
  );
}

/** How long the first render waits for the session at most: a busy host still gets the app's frame. */
const SESSION_WAIT_MS = 500;

// The session first (the register worker answers in order of asking), then the Activities table's
// rows, the usual first screen: they load while the code below renders.
const session = fetchSessionEarly();
if (parseRoute(window.location.hash).page === 'activities') fetchActivityRowsEarly(initialLanguage());

// The first screen waits for its wording (a chunk of a few kilobytes), never shows keys, and for the
// session, so that its first render is the open register's screen rather than a loading view.
void Promise.all([
  languagesReady,
  Promise.race([session, new Promise((resolve) => setTimeout(resolve, SESSION_WAIT_MS))]),
]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  ),
);
