import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './a11y.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { lazy, StrictMode, Suspense, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { App } from './App';
import { AfterFirstPaint } from './common/afterFirstPaint';
import { FailureBoundary } from './common/FailureBoundary';
import { languagesReady } from './i18n';
import { themeFor } from './theme';

// The notifications: fetched and mounted once the first screen is painted.
const PageNotifications = lazy(async () => ({ default: (await import('./PageNotifications')).PageNotifications }));

function Root() {
  const { t } = useTranslation();
  const closeLabel = t('action.close');
  const theme = useMemo(() => themeFor(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme}>
      {/* Anything outside a screen (a dialog's code, the notifications', the header) that fails:
          said in the window. */}
      <FailureBoundary window>
        <App />
        <AfterFirstPaint until={null}>
          {/* The confirm dialogs, asked for through @mantine/modals' `modals` (window events) from
              anywhere: mounted in the same render as everything that mounts after the first paint,
              so before anything that can ask for one. Not fetched later: a request made before its
              listener is there would be lost. */}
          <ModalsProvider />
          <Suspense fallback={null}>
            <PageNotifications />
          </Suspense>
        </AfterFirstPaint>
      </FailureBoundary>
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
