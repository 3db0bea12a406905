// The app's one window: the hardened webPreferences, and its size carried over between runs.
import { BrowserWindow, screen } from 'electron';
import type { WindowBounds } from './settings';

export function createMainWindow(bounds: WindowBounds, preload: string, title: string): BrowserWindow {
  const window = new BrowserWindow({
    ...onScreen(bounds),
    minWidth: 800,
    minHeight: 560,
    title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
  if (bounds.maximized) window.maximize();
  // Shown once painted, so the user never sees an empty white frame.
  window.once('ready-to-show', () => window.show());
  return window;
}

/** Remembered coordinates only when they still fall on a connected display (a monitor may be gone). */
function onScreen(bounds: WindowBounds): { x?: number; y?: number; width: number; height: number } {
  const { width, height, x, y } = bounds;
  if (x === undefined || y === undefined) return { width, height };
  const visible = screen
    .getAllDisplays()
    .some(({ workArea: a }) => x >= a.x && y >= a.y && x < a.x + a.width && y < a.y + a.height);
  return visible ? { x, y, width, height } : { width, height };
}

/** What to remember: the normal (not maximized) size, plus whether it was maximized. */
export function boundsOf(window: BrowserWindow): WindowBounds {
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, maximized: window.isMaximized() };
}
