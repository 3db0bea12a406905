import { useEffect, useRef } from 'react';
import type { Activity } from '../../../core/api/contract';
import { ropa, settle } from '../api';
import { onExternalChange } from './changes';

/**
 * When someone else saves, fetches the activity being edited and hands a newer version to `apply`,
 * but only while the editor holds no unsaved input: typing is never overwritten (a stale save then
 * becomes a conflict showing both versions). When the activity is gone (someone deleted it),
 * calls `gone` instead, dirty or not: the editor keeps what it shows and says so.
 */
export function useIncomingVersion(
  current: Activity | null,
  isDirty: () => boolean,
  apply: (a: Activity) => void,
  gone: () => void,
): void {
  const latest = useRef({ current, isDirty, apply, gone });
  useEffect(() => {
    latest.current = { current, isDirty, apply, gone };
  });
  useEffect(
    () =>
      onExternalChange(() => {
        const id = latest.current.current?.id;
        if (!id) return;
        void settle(ropa().getActivity({ id })).then((out) => {
          const now = latest.current;
          if (!out.ok && out.error.kind === 'not_found' && now.current?.id === id) return now.gone();
          if (out.ok && now.current && out.value.version > now.current.version && !now.isDirty()) now.apply(out.value);
        });
      }),
    [],
  );
}
