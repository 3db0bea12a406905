// Which pages may talk to the main process. The app has exactly one page: the built index.html
// (file://, packaged) or the vite dev server (npm run dev). Anything else that somehow ends up in a
// frame (a navigated window, an injected iframe) gets no access to the register.
import { pathToFileURL } from 'node:url';

export interface AppOrigin {
  /** The built renderer's index.html on disk. */
  indexFile: string;
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
  const index = pathToFileURL(app.indexFile);
  return url.protocol === 'file:' && url.host === '' && url.pathname === index.pathname;
}

/** The address the window loads: the dev server when there is one, else the built file. */
export function appUrl(app: AppOrigin): string {
  return app.devServerUrl ?? pathToFileURL(app.indexFile).href;
}
