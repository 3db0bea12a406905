import { AppShell } from '@mantine/core';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { SessionInfo } from '../../core/api/client';
import { ropa, settle, shell } from './api';
import { LoadedView } from './common/LoadedView';
import { useAfterFirstPaint } from './common/afterFirstPaint';
import { useLoad } from './common/useLoad';
import { useExportMenu } from './exports/exportRequests';
import { SkipLink } from './keyboard/SkipLink';
import { useShortcuts } from './keyboard/shortcuts';
import { Navigation } from './Navigation';
import { exposeLeaveGuardToShell, mayLeave, navigate, type Route } from './route';
import { Screen } from './Screen';
import { AppHeader } from './session/AppHeader';
import { AUTHOR_PREFERENCE, chooseAuthor } from './session/author';
import { takeArrivedSession } from './session/earlySession';
import { preferences } from './preferences';
import type { RegisterAction } from './session/RegisterModal';
import { StartScreen } from './session/StartScreen';
import { useChangePolling } from './sharing/changes';
import { DataCheckBanner } from './sharing/DataCheckBanner';
import { useDataAccepted } from './sharing/dataAccepted';
import { PresenceBanner } from './sharing/PresenceBanner';
import { useRoute } from './useRoute';

// The licences list is long and rarely read: fetched the first time Help ▸ About and licences is opened.
const LicencesModal = lazy(async () => ({ default: (await import('./about/LicencesModal')).LicencesModal }));
// So is the spreadsheet import, the first time it is asked for.
const ImportWizard = lazy(async () => ({ default: (await import('./imports/ImportWizard')).ImportWizard }));
// The dialogs that are closed on start: fetched once the first screen is painted.
const RegisterModal = lazy(async () => ({ default: (await import('./session/RegisterModal')).RegisterModal }));
const ExportDialog = lazy(async () => ({ default: (await import('./exports/ExportDialog')).ExportDialog }));
const ShortcutsModal = lazy(async () => ({ default: (await import('./keyboard/ShortcutsModal')).ShortcutsModal }));
const BackupsModal = lazy(async () => ({ default: (await import('./sharing/BackupsModal')).BackupsModal }));
// Asked on a first start only.
const AuthorModal = lazy(async () => ({ default: (await import('./session/AuthorModal')).AuthorModal }));

/** Menu commands of the Electron shell that lead to a screen. */
const MENU_ROUTES: Record<string, Route> = {
  'new-activity': { page: 'activity', id: 'new' },
  'new-organisation': { page: 'organisations' },
  'new-recipient': { page: 'recipients' },
  'run-checks': { page: 'overview' },
  'show-history': { page: 'history' },
};

export function App() {
  const getSession = useCallback(() => ropa().getSession(), []);
  const [loaded, reload] = useLoad(getSession, { arrived: takeArrivedSession });
  const route = useRoute();
  const [action, setAction] = useState<RegisterAction | null>(null);
  const [backups, setBackups] = useState(false);
  const [licences, setLicences] = useState(false);
  const [importing, setImporting] = useState(false);
  // Every screen remounts when another register is opened, so nothing of the old one lingers.
  const [generation, setGeneration] = useState(0);

  const switched = useCallback(() => {
    setAction(null);
    setGeneration((g) => g + 1);
    reload();
  }, [reload]);
  const ask = useCallback(async (a: RegisterAction) => {
    if (await mayLeave()) setAction(a);
  }, []);
  const close = useCallback(async () => {
    if (!(await mayLeave())) return;
    await settle(ropa().closeRegister());
    switched();
  }, [switched]);

  // Data accepted on the History page: the session is no longer held, and the banner goes.
  const [checkKey, setCheckKey] = useState(0);
  useDataAccepted(
    useCallback(() => {
      setCheckKey((k) => k + 1);
      reload();
    }, [reload]),
  );

  useEffect(exposeLeaveGuardToShell, []);
  useEffect(
    () =>
      shell()?.onMenu((command) => {
        if (command === 'new' || command === 'open') void ask(command);
        else if (command === 'close') void close();
        else if (command === 'restore-backup') void mayLeave().then((ok) => setBackups(ok));
        else if (command === 'show-licences') setLicences(true);
        else if (command === 'import-sheet') void mayLeave().then((ok) => setImporting(ok));
        else if (command in MENU_ROUTES) void navigate(MENU_ROUTES[command]!);
      }),
    [ask, close],
  );

  const session: SessionInfo | null = loaded.status === 'ok' ? loaded.value : null;
  // The author: the name kept from an earlier start goes to the host; without one (and without
  // --author/ROPA_AUTHOR) the first start asks, offering the OS user's name.
  const [author, setAuthor] = useState<'closed' | 'change' | 'answered'>('closed');
  const hostAuthor = session?.author;
  const kept = preferences().get(AUTHOR_PREFERENCE);
  useEffect(() => {
    if (hostAuthor !== undefined && kept && kept !== hostAuthor) void chooseAuthor(kept).then(reload);
  }, [hostAuthor, kept, reload]);
  const firstStart = !!session && !session.authorChosen && !kept && author === 'closed';
  const open = !!session?.path;
  useChangePolling(open);
  useExportMenu(open);
  // The dialogs that are closed on start mount after the first screen is painted.
  const painted = useAfterFirstPaint();
  const [help, setHelp] = useState(false);
  const showHelp = useCallback(() => setHelp(true), []);
  useShortcuts(open, !!session?.readOnly, showHelp);
  return (
    <AppShell header={{ height: 56 }} navbar={open ? { width: 220, breakpoint: 'sm' } : undefined} padding="lg">
      <SkipLink target="main" />
      <AppShell.Header>
        <AppHeader
          session={session}
          onAction={(a) => void ask(a)}
          onClose={() => void close()}
          onRestore={() => void mayLeave().then((ok) => setBackups(ok))}
          onImport={() => void mayLeave().then((ok) => setImporting(ok))}
          onAuthor={() => setAuthor('change')}
          onShortcuts={showHelp}
          onLicences={() => setLicences(true)}
        />
      </AppShell.Header>
      {open && (
        <AppShell.Navbar>
          <Navigation route={route} />
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        {open && <PresenceBanner />}
        {session?.path && (
          <DataCheckBanner
            key={`${generation}:${checkKey}:${session.path}`}
            session={session}
            onHeld={reload}
            onAccepted={switched}
          />
        )}
        <LoadedView loaded={loaded} reload={reload}>
          {(s) =>
            s.path ? (
              <Screen key={generation} route={route} session={s} />
            ) : (
              <StartScreen onAction={(a) => void ask(a)} />
            )
          }
        </LoadedView>
      </AppShell.Main>
      {painted && (
        // All four mount together, once: their code arrives once, and none of them suspends again.
        <Suspense fallback={null}>
          <RegisterModal action={action} onClose={() => setAction(null)} onDone={switched} />
          {session?.path && <ExportDialog key={`${generation}:${session.path}`} session={session} />}
          <ShortcutsModal opened={help} onClose={() => setHelp(false)} />
          <BackupsModal
            opened={backups && open}
            onClose={() => setBackups(false)}
            onRestored={() => {
              setBackups(false);
              switched();
            }}
          />
        </Suspense>
      )}
      {session?.path && !session.readOnly && importing && (
        <Suspense fallback={null}>
          <ImportWizard
            key={`${generation}:${session.path}`}
            opened
            onClose={() => setImporting(false)}
            onImported={() => {
              setImporting(false);
              // The lists remount and read the register again, the imported activities among them.
              setGeneration((g) => g + 1);
              void navigate({ page: 'activities' });
            }}
          />
        </Suspense>
      )}
      {licences && (
        <Suspense fallback={null}>
          <LicencesModal opened onClose={() => setLicences(false)} />
        </Suspense>
      )}
      {session && (firstStart || author === 'change') && (
        <Suspense fallback={null}>
          <AuthorModal
            opened
            current={session.author}
            firstStart={firstStart}
            onClose={() => setAuthor('answered')}
            onDone={() => {
              setAuthor('answered');
              reload();
            }}
          />
        </Suspense>
      )}
    </AppShell>
  );
}
