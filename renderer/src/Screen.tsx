import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../core/api/client';
import { ActivitiesPage } from './activities/ActivitiesPage';
import { ErrorView, LoadingView } from './common/StateViews';
import type { Route } from './route';

/**
 * A screen's code, fetched the first time it is shown. Only the Activities table, where the app
 * opens, is in the first load: the rest (the editor above all) would be parsed on every start for
 * nothing.
 */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

const ActivityEditorPage = onDemand(async () => (await import('./editor/ActivityEditorPage')).ActivityEditorPage);
const OverviewPage = onDemand(async () => (await import('./overview/OverviewPage')).OverviewPage);
const OrganisationsPage = onDemand(async () => (await import('./organisations/OrganisationsPage')).OrganisationsPage);
const RecipientsPage = onDemand(async () => (await import('./recipients/RecipientsPage')).RecipientsPage);
const CookiesPage = onDemand(async () => (await import('./cookies/CookiesPage')).CookiesPage);
const VocabulariesPage = onDemand(async () => (await import('./vocabularies/VocabulariesPage')).VocabulariesPage);
const NoticesPage = onDemand(async () => (await import('./notices/NoticesPage')).NoticesPage);
const HistoryPage = onDemand(async () => (await import('./sharing/HistoryPage')).HistoryPage);

/** The screen a route names, for the open register. */
export function Screen({ route, session }: { route: Route; session: SessionInfo }) {
  return (
    // A new route starts afresh: the failure of one screen does not follow the user to the next.
    <ScreenBoundary key={route.page === 'activity' ? `activity:${route.id}` : route.page}>
      <Suspense fallback={<LoadingView />}>
        <RouteScreen route={route} session={session} />
      </Suspense>
    </ScreenBoundary>
  );
}

/**
 * A screen that cannot render (its code failed to load, say) says so in its own place, with the
 * header and navigation still there: without a boundary, React would take down the whole window.
 */
class ScreenBoundary extends Component<{ children: ReactNode }, { failure: Error | null }> {
  override state: { failure: Error | null } = { failure: null };

  static getDerivedStateFromError(error: unknown): { failure: Error } {
    return { failure: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    const { failure } = this.state;
    return failure ? <ScreenFailed failure={failure} /> : this.props.children;
  }
}

/** Trying again reloads the window: a screen's code that failed to load is not asked for twice. */
function ScreenFailed({ failure }: { failure: Error }) {
  const { t } = useTranslation();
  const message = t('state.screenFailed', { reason: failure.message });
  return <ErrorView error={{ kind: 'internal', message }} onRetry={() => window.location.reload()} />;
}

function RouteScreen({ route, session }: { route: Route; session: SessionInfo }) {
  const { readOnly } = session;
  switch (route.page) {
    case 'activity':
      return <ActivityEditorPage key={route.id} id={route.id} readOnly={readOnly} />;
    case 'overview':
      return <OverviewPage />;
    case 'organisations':
      return <OrganisationsPage readOnly={readOnly} />;
    case 'recipients':
      return <RecipientsPage readOnly={readOnly} />;
    case 'cookies':
      return <CookiesPage readOnly={readOnly} />;
    case 'vocabularies':
      return <VocabulariesPage readOnly={readOnly} />;
    case 'notices':
      return <NoticesPage session={session} />;
    case 'activities':
      return <ActivitiesPage readOnly={readOnly} registerPath={session.path ?? ''} query={route.query ?? {}} />;
    case 'history':
      return <HistoryPage session={session} />;
  }
}
