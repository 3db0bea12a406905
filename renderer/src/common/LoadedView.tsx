import type { ReactNode } from 'react';
import { ErrorView, LoadingView } from './StateViews';
import type { Loaded } from './useLoad';

/** Loading and error states handled once; `children` renders the loaded value. */
export function LoadedView<T>({
  loaded,
  reload,
  children,
}: {
  loaded: Loaded<T>;
  reload: () => void;
  children: (value: T) => ReactNode;
}) {
  if (loaded.status === 'loading') return <LoadingView />;
  if (loaded.status === 'error') return <ErrorView error={loaded.error} onRetry={reload} />;
  return <>{children(loaded.value)}</>;
}
