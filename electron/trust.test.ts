import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../core/renderer-files';
import { APP_INDEX, APP_SCHEME_PRIVILEGES, resolveAppRequest } from './app-scheme';
import { registerArgument } from './arguments';
import { appUrl, isAppUrl } from './trust';

const rendererDir = path.resolve('/opt/RoPA Registry/resources/app.asar/out/renderer');
const built = { rendererDir };
const indexFile = path.join(rendererDir, 'index.html');

describe('IPC sender and navigation check', () => {
  it('accepts the app page on its own scheme, whatever route it shows', () => {
    expect(APP_INDEX).toBe('app://ropa/index.html');
    expect(isAppUrl(APP_INDEX, built)).toBe(true);
    expect(isAppUrl(`${APP_INDEX}#/activities/42`, built)).toBe(true);
    expect(isAppUrl(`${APP_INDEX}?lang=nl`, built)).toBe(true);
  });

  it.each([
    ['the built page as a file URL', pathToFileURL(indexFile).href],
    ['another local file', pathToFileURL('/tmp/evil.html').href],
    ['a sibling page of the app', 'app://ropa/other.html'],
    ['a script of the app', 'app://ropa/assets/index.js'],
    ['the app scheme on another host', 'app://evil/index.html'],
    ['the app scheme with credentials', 'app://user:pw@ropa/index.html'],
    ['a look-alike scheme', 'apps://ropa/index.html'],
    ['a web page', 'https://example.com/'],
    ['a web page named ropa', 'https://ropa/index.html'],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['about:blank', 'about:blank'],
    ['nothing', ''],
    ['no frame', undefined],
  ])('refuses %s', (_what, url) => {
    expect(isAppUrl(url, built)).toBe(false);
  });

  it('accepts the loopback dev server only while developing', () => {
    const dev = { rendererDir, devServerUrl: 'http://localhost:5173/' };
    expect(isAppUrl('http://localhost:5173/#/organisations', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', built)).toBe(false);
    expect(isAppUrl('https://example.com/', { rendererDir, devServerUrl: 'https://example.com/' })).toBe(false);
  });

  it('loads the page it trusts, never from a file URL', () => {
    expect(appUrl(built)).toBe('app://ropa/index.html');
    expect(isAppUrl(appUrl(built), built)).toBe(true);
    expect(appUrl({ rendererDir, devServerUrl: 'http://localhost:5173/' })).toBe('http://localhost:5173/');
    // Nothing in the shell loads a file URL or a local file into a page.
    const sources = fs
      .readdirSync(import.meta.dirname)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => [f, fs.readFileSync(path.join(import.meta.dirname, f), 'utf8')] as const);
    expect(sources.length).toBeGreaterThan(10);
    for (const [name, code] of sources) {
      expect(code, name).not.toMatch(/\.loadFile\(|pathToFileURL|fileURLToPath/);
      expect(code.replaceAll("urls: ['file://*/*']", ''), name).not.toContain('file://');
    }
  });
});

describe('app:// scheme', () => {
  it('is a standard, secure scheme without CORS, service workers or a way around the CSP, with a code cache', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      standard: true,
      secure: true,
      codeCache: true,
      corsEnabled: false,
      allowServiceWorkers: false,
      bypassCSP: false,
    });
  });

  it('serves files of the renderer folder with the CSP header', () => {
    const page = resolveAppRequest('app://ropa/index.html', rendererDir);
    expect(page).toMatchObject({ status: 200, file: indexFile });
    expect(page.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(page.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("form-action 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(resolveAppRequest('app://ropa/', rendererDir).file).toBe(indexFile);
    expect(resolveAppRequest('app://ropa/index.html#/activities', rendererDir).file).toBe(indexFile);
    const script = resolveAppRequest('app://ropa/assets/index-abc.js?v=1', rendererDir);
    expect(script).toMatchObject({ status: 200, file: path.join(rendererDir, 'assets', 'index-abc.js') });
    expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it.each([
    ['a parent folder', 'app://ropa/../../../etc/passwd'],
    ['an encoded parent folder', 'app://ropa/%2e%2e/%2e%2e/etc/passwd'],
    ['an encoded slash', 'app://ropa/..%2f..%2f..%2fetc%2fpasswd'],
    ['an encoded backslash', 'app://ropa/..%5c..%5c..%5cetc%5cpasswd'],
    ['a double-encoded parent', 'app://ropa/%252e%252e/secret'],
    ['a NUL byte', 'app://ropa/index.html%00.png'],
    ['a bad escape', 'app://ropa/%E0%A4%A'],
  ])('never serves a file outside the renderer folder: %s', (_what, url) => {
    const answer = resolveAppRequest(url, rendererDir);
    if (answer.file !== null) {
      expect(answer.file.startsWith(rendererDir + path.sep)).toBe(true);
    } else {
      expect(answer.status).toBe(404);
      expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses traversal outright, other hosts and other methods', () => {
    expect(resolveAppRequest('app://ropa/..%2f..%2fsecret.txt', rendererDir)).toMatchObject({
      status: 404,
      file: null,
    });
    expect(resolveAppRequest('app://ropa/%00', rendererDir)).toMatchObject({ status: 404, file: null });
    expect(resolveAppRequest('app://evil/index.html', rendererDir)).toMatchObject({ status: 404, file: null });
    expect(resolveAppRequest('app://user@ropa/index.html', rendererDir)).toMatchObject({ status: 404, file: null });
    expect(resolveAppRequest('https://ropa/index.html', rendererDir)).toMatchObject({ status: 404, file: null });
    expect(resolveAppRequest('not a url', rendererDir)).toMatchObject({ status: 400, file: null });
    expect(resolveAppRequest('app://ropa/index.html', rendererDir, 'POST')).toMatchObject({ status: 405, file: null });
  });
});

describe('register named on the command line', () => {
  it('takes the file after the executable of a packaged app, resolved against the working folder', () => {
    expect(registerArgument(['/opt/ropa/ropa-registry', 'team.sqlite'], '/home/ana', false)).toBe(
      path.resolve('/home/ana/team.sqlite'),
    );
  });

  it('skips the app folder of `electron .` and Chromium switches of a second launch', () => {
    const argv = ['/usr/bin/electron', '.', '--allow-file-access-from-files', '/data/a.sqlite', '--enable-logging'];
    expect(registerArgument(argv, '/work', true)).toBe(path.resolve('/data/a.sqlite'));
  });

  it('is null when no file is named', () => {
    expect(registerArgument(['/opt/ropa/ropa-registry'], '/home/ana', false)).toBeNull();
    expect(registerArgument(['/usr/bin/electron', '.', '--inspect'], '/work', true)).toBeNull();
  });
});
