import { lazy, Suspense, type ComponentType } from 'react';
import type { SessionInfo } from '../../core/api/client';
import { ActivitiesPage } from './activities/ActivitiesPage';
import { FailureBoundary } from './common/FailureBoundary';
import { LoadingView } from './common/StateViews';
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
    // In the screen's place, the header and navigation still there; a new route starts afresh.
    <FailureBoundary key={route.page === 'activity' ? `activity:${route.id}` : route.page}>
      <Suspense fallback={<LoadingView />}>
        <RouteScreen route={route} session={session} />
      </Suspense>
    </FailureBoundary>
  );
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
