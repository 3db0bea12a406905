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
import { AfterFirstPaint } from './common/afterFirstPaint';
import { languagesReady } from './i18n';
import { themeFor } from './theme';

/** Notifications close by themselves after this long, unless one asks for longer. */
const NOTIFICATION_MS = 6_000;

function Root() {
  const { t } = useTranslation();
  const closeLabel = t('action.close');
  const theme = useMemo(() => themeFor(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme}>
      <App />
      {/* Neither shows anything on the first screen: both mount once it is painted. The confirm
          dialogs reach their provider through window events (@mantine/modals' `modals`), and
          notifications through their store, from anywhere in the page. */}
      <AfterFirstPaint until={null}>
        <ModalsProvider />
        {/* Bottom right, beneath any dialog: never over the header's menus or the editor's Save and
            Delete (top right, where a "Saved" notice used to sit on the button just pressed), and
            never over a dialog's buttons (a dialog sits above notifications). */}
        <Notifications position="bottom-right" autoClose={NOTIFICATION_MS} zIndex={getDefaultZIndex('modal') - 1} />
      </AfterFirstPaint>
    </MantineProvider>
  );
}

/** How long the first render waits for the session at most: a busy host still gets the app's frame. */
const SESSION_WAIT_MS = 500;

/**
 * Renders the app once its first screen's wording (a chunk of a few kilobytes) is here, so that it
 * never shows keys, and the session (asked for by main.tsx), so that its first render is the open
 * register's screen rather than a loading view.
 */
export function startApp(session: Promise<void>): void {
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
}
