// What the user sees when part of the UI throws while rendering (its code failed to load, say):
// without a boundary, React unmounts the whole window's tree and leaves a blank page.
import { Box } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorView } from './StateViews';

/** Shows why its children could not be shown, in their place, with a way to try again. */
export class FailureBoundary extends Component<
  {
    children: ReactNode;
    /** Around the whole window: the message gets the page's margin, which no screen gives it then. */
    window?: boolean;
  },
  { failure: Error | null }
> {
  override state: { failure: Error | null } = { failure: null };

  static getDerivedStateFromError(error: unknown): { failure: Error } {
    return { failure: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    const failed = <Failed failure={failure} />;
    return this.props.window ? <Box px="lg">{failed}</Box> : failed;
  }
}

/** Trying again reloads the window: React.lazy does not ask twice for code that failed to load. */
function Failed({ failure }: { failure: Error }) {
  const { t } = useTranslation();
  const message = t('state.screenFailed', { reason: failure.message });
  return <ErrorView error={{ kind: 'internal', message }} onRetry={() => window.location.reload()} />;
}
