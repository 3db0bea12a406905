// What Mantine's ScrollArea imports from the positioning library (@floating-ui/react): one hook,
// which merges refs. The build points that import here (electron.vite.config.ts), so the library
// loads with the menus and pickers that need it, not with the first screen (a Modal holds a
// ScrollArea). Mantine's own merge does the same: each ref gets the node, and a ref's cleanup, or
// null, when the node goes.
import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

export function useMergeRefs<T>(refs: readonly (Ref<T> | undefined)[]): (node: T | null) => void {
  return useMergedRef(...refs);
}
