import type { SessionInfo } from '../../core/client';
import { ActivitiesPage } from './activities/ActivitiesPage';
import { ActivityEditorPage } from './editor/ActivityEditorPage';
import type { Route } from './route';

/** The screen a route names, for the open register. */
export function Screen({ route, session }: { route: Route; session: SessionInfo }) {
  switch (route.page) {
    case 'activity':
      return <ActivityEditorPage key={route.id} id={route.id} readOnly={session.readOnly} />;
    default:
      return <ActivitiesPage readOnly={session.readOnly} />;
  }
}
