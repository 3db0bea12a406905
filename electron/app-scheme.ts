// The app's own scheme: the window loads app://ropa/index.html, and main.ts answers every app://
// request through `protocol.handle` with a file of the built renderer (out/renderer) and the
// security headers (the CSP among them) of core/renderer-files.ts. Nothing is loaded from file
// URLs, so a page never gets their extra privileges (the grantFileProtocolExtraPrivileges fuse is
// off in packaged builds, electron-builder.yml). Pure functions only: Electron calls stay in main.ts.
import { contentType, fileUnder, SECURITY_HEADERS } from '../core/renderer-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'ropa';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX = `${APP_ORIGIN}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged, before the app is ready: a standard scheme (real
 * origins, relative URLs), secure like https; no CORS, no service workers, no bypass of the CSP.
 * V8's code cache, as for https: from the second start on, the app's scripts are not compiled again
 * (a good part of the time to the first screen; Electron keeps it to http(s) unless asked).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  codeCache: true,
  supportFetchAPI: true,
  corsEnabled: false,
  allowServiceWorkers: false,
  bypassCSP: false,
  stream: false,
} as const;

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  /** The file to answer with; null for a refusal, whose body is `message`. */
  file: string | null;
  message: string;
}

const refusal = (status: number, message: string): AppResponse => ({
  status,
  headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  file: null,
  message,
});

/**
 * What an app:// request is answered with: a file under `rendererDir`, or a refusal for another
 * host, a method other than GET/HEAD, or a path that leaves the folder.
 */
export function resolveAppRequest(requestUrl: string, rendererDir: string, method = 'GET'): AppResponse {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refusal(400, 'Bad address.');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password)
    return refusal(404, 'Not found.');
  if (method !== 'GET' && method !== 'HEAD') return refusal(405, 'Method not allowed.');
  const file = fileUnder(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
  if (file === null) return refusal(404, 'Not found.');
  return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType(file) }, file, message: '' };
}
