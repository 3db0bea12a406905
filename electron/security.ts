// The Electron security checklist, applied to every session and every web contents the app
// creates: no permissions, a strict CSP, no navigation away from the app, no new windows, no
// webviews. The window's own webPreferences (sandbox, contextIsolation) are in window.ts.
import { shell, type Session, type WebContents } from 'electron';
import { isAppUrl, type AppOrigin } from './trust';

/**
 * The same policy the renderer's index.html declares in its meta tag (a file:// page gets no
 * response headers); sent as a header too so the dev server's responses carry it.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Copying a reference or a hash to the clipboard; reading the clipboard stays refused. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

export function hardenSession(session: Session): void {
  // A register app needs no camera, notifications, geolocation, clipboard reads…
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
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
