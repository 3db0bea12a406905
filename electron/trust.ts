// Which pages may talk to the main process. The app has exactly one page: the built index.html on
// the app's own scheme (app://ropa/index.html, app-scheme.ts), or the vite dev server (npm run dev).
// Anything else that somehow ends up in a frame (a navigated window, an injected iframe) gets no
// access to the register.
import { APP_HOST, APP_INDEX, APP_SCHEME } from './app-scheme';

export interface AppOrigin {
  /** The built renderer (out/renderer), served as app://ropa/. */
  rendererDir: string;
  /** The dev server's address while developing; absent in a built app. */
  devServerUrl?: string;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when `frameUrl` is our renderer page (any hash or query: the UI routes with them). */
export function isAppUrl(frameUrl: string | undefined, app: AppOrigin): boolean {
  const url = parse(frameUrl ?? '');
  if (!url) return false;
  if (app.devServerUrl) {
    const dev = parse(app.devServerUrl);
    // Only loopback dev servers: a remote "dev server" would hand the register to another machine.
    if (dev && ['localhost', '127.0.0.1', '[::1]'].includes(dev.hostname) && url.origin === dev.origin) return true;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    !url.username &&
    !url.password &&
    url.pathname === '/index.html'
  );
}

/** The address the window loads: the dev server when there is one, else the app's own page. */
export function appUrl(app: AppOrigin): string {
  return app.devServerUrl ?? APP_INDEX;
}
