import { useEffect, useRef } from 'react';
import type { Activity } from '../../../core/contract';
import { ropa, settle } from '../api';
import { onExternalChange } from './changes';

/**
 * When someone else saves, fetches the activity being edited and hands a newer version to `apply`,
 * but only while the editor holds no unsaved input: typing is never overwritten (a stale save then
 * becomes a conflict showing both versions).
 */
export function useIncomingVersion(current: Activity | null, isDirty: () => boolean, apply: (a: Activity) => void): void {
  const latest = useRef({ current, isDirty, apply });
  useEffect(() => {
    latest.current = { current, isDirty, apply };
  });
  useEffect(
    () =>
      onExternalChange(() => {
        const id = latest.current.current?.id;
        if (!id) return;
        void settle(ropa().getActivity({ id })).then((out) => {
          const now = latest.current;
          if (out.ok && now.current && out.value.version > now.current.version && !now.isDirty()) now.apply(out.value);
        });
      }),
    [],
  );
}
