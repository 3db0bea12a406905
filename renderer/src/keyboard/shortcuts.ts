// The app's keyboard shortcuts: Ctrl/Cmd+N new activity, Ctrl/Cmd+F search, "?" the list of them.
// Ctrl/Cmd+S belongs to the editor (it saves what is open there).
import { useEffect } from 'react';
import { shell } from '../api';
import { navigate, parseRoute } from '../route';

/** The search box that Ctrl/Cmd+F focuses, marked with this attribute. */
export const SEARCH_TARGET = 'data-shortcut-search';

let searchWanted = false;

/** For the activities search box on mount: focus it when Ctrl/Cmd+F brought the user here. */
export function takeSearchRequest(): boolean {
  const wanted = searchWanted;
  searchWanted = false;
  return wanted;
}

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Listens on the window while a register is open. `onHelp` shows the list of shortcuts. */
export function useShortcuts(active: boolean, readOnly: boolean, onHelp: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      // A dialog has the keyboard: its own fields, its own Escape.
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      if (mod && !e.shiftKey && !e.altKey && key === 'n') {
        // Electron's Edit menu has the same accelerator and sends the command itself.
        if (shell()) return;
        e.preventDefault();
        if (!readOnly) void navigate({ page: 'activity', id: 'new' });
      } else if (mod && !e.shiftKey && !e.altKey && key === 'f') {
        e.preventDefault();
        const box = document.querySelector<HTMLInputElement>(`[${SEARCH_TARGET}]`);
        if (box) {
          box.focus();
          box.select();
        } else {
          searchWanted = true;
          // Unsaved input may keep the user where they are; then nothing waits for the box.
          void navigate({ page: 'activities' }).then(() => {
            if (parseRoute(window.location.hash).page !== 'activities') searchWanted = false;
          });
        }
      } else if (e.key === '?' && !mod && !typing(e.target)) {
        e.preventDefault();
        onHelp();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, readOnly, onHelp]);
}
