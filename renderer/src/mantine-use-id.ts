// Mantine's useId (node_modules/@mantine/hooks/esm/use-id/use-id.mjs) renders with an id derived
// from React's useId, then sets a random one in a layout effect: a fix for React 17, which had no
// useId. Under React 19 that set forces every component using it (the app shell, its header and
// navbar, every input) to render a second time before the first paint, and React to run the first
// render's passive effects early. The build points Mantine at this module instead
// (electron.vite.config.ts): the same id Mantine renders first, kept, as React's useId is stable and
// unique within the one root this UI has.
import { useId as useReactId } from 'react';

export function useId(staticId?: string): string {
  const reactId = useReactId();
  return typeof staticId === 'string' ? staticId : `mantine-${reactId.replace(/:/g, '')}`;
}
