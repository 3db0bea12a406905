// The Electron security checklist, applied to every session and every web contents the app
// creates: no permissions, a strict CSP, nothing from file URLs, no navigation away from the app,
// no new windows, no webviews. The window's own webPreferences (sandbox, contextIsolation) are in
// window.ts; the app:// scheme that serves the page is in app-scheme.ts.
import { shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/renderer-files';
import { isAppUrl, type AppOrigin } from './trust';

/** Copying a reference or a hash to the clipboard; reading the clipboard stays refused. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

export function hardenSession(session: Session): void {
  // A register app needs no camera, notifications, geolocation, clipboard reads…
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  // The page comes from app://ropa/; a file URL is never something it needs to load.
  session.webRequest.onBeforeRequest({ urls: ['file://*/*'] }, (_details, callback) => callback({ cancel: true }));
  // app:// responses carry the CSP already (main.ts); this adds it to the dev server's too.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/** Links to the web (Help ▸ Article 30, a link in a description) open in the user's browser. */
function openOutside(url: string): void {
  if (url.startsWith('https://')) void shell.openExternal(url);
}

export function hardenContents(contents: WebContents, app: AppOrigin): void {
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url, app)) return;
    event.preventDefault();
    openOutside(url);
  };
  contents.on('will-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', (event) => stayInApp(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}
