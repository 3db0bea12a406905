import type { SessionInfo } from '../../core/api/client';
import { ActivitiesPage } from './activities/ActivitiesPage';
import { ActivityEditorPage } from './editor/ActivityEditorPage';
import { NoticesPage } from './notices/NoticesPage';
import { OrganisationsPage } from './organisations/OrganisationsPage';
import { OverviewPage } from './overview/OverviewPage';
import { RecipientsPage } from './recipients/RecipientsPage';
import type { Route } from './route';
import { HistoryPage } from './sharing/HistoryPage';
import { VocabulariesPage } from './vocabularies/VocabulariesPage';

/** The screen a route names, for the open register. */
export function Screen({ route, session }: { route: Route; session: SessionInfo }) {
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
    case 'vocabularies':
      return <VocabulariesPage readOnly={readOnly} />;
    case 'activities':
      return <ActivitiesPage readOnly={readOnly} registerPath={session.path ?? ''} query={route.query ?? {}} />;
    case 'notices':
      return <NoticesPage session={session} />;
    case 'history':
      return <HistoryPage session={session} />;
  }
}
