// Serving the built renderer (out/renderer): files under the root only, the page itself with the
// client script that installs `window.ropa` before the app's module runs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentType, fileUnder } from '../core/renderer-files';
import { CLIENT_SCRIPT_PATH } from './client-script';

export interface StaticFile {
  status: number;
  type: string;
  body: Buffer | string;
  /** Response headers beyond the security headers every answer carries. */
  headers?: Record<string, string>;
}

/**
 * The build names every file under assets/ by a hash of its content, so a file there never changes
 * under its name: the browser may keep it, and with it the compiled code of the app's scripts (V8's
 * code cache lives beside the HTTP cache), which each load would otherwise compile again. The page,
 * which carries no hash, is never kept; the client script is named by its own (client-script.ts).
 */
export const KEEP = { 'Cache-Control': 'public, max-age=31536000, immutable' };
const HASHED = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

const notFound = (what: string): StaticFile => ({ status: 404, type: 'text/plain; charset=utf-8', body: `${what}\n` });

async function indexPage(root: string): Promise<StaticFile> {
  try {
    const html = await readFile(path.join(root, 'index.html'), 'utf8');
    // A classic script in <head> runs before the deferred module script of the app.
    const body = html.replace('<head>', `<head>\n    <script src="${CLIENT_SCRIPT_PATH}"></script>`);
    return { status: 200, type: contentType('index.html'), body };
  } catch {
    return notFound(`The app is not built: no index.html in ${root}. Run "npm run build" first.`);
  }
}

/** Unknown paths without an extension get the page, so a reload of any app address works. */
export async function staticFile(root: string, urlPath: string): Promise<StaticFile> {
  const file = fileUnder(root, urlPath);
  if (file === null) return notFound('Not found.');
  const ext = path.extname(file);
  if (ext === '' || ext === '.html') return indexPage(root);
  try {
    const body = await readFile(file);
    return { status: 200, type: contentType(file), body, ...(HASHED.test(urlPath) ? { headers: KEEP } : {}) };
  } catch {
    return notFound('Not found.');
  }
}
