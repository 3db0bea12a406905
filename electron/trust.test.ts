import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { registerArgument } from './arguments';
import { appUrl, isAppUrl } from './trust';

const indexFile = path.resolve('/opt/RoPA Registry/resources/app.asar/out/renderer/index.html');
const built = { indexFile };
const index = pathToFileURL(indexFile).href;

describe('IPC sender check', () => {
  it('accepts the built page, whatever route it shows', () => {
    expect(isAppUrl(index, built)).toBe(true);
    expect(isAppUrl(`${index}#/activities/42`, built)).toBe(true);
    expect(isAppUrl(`${index}?lang=nl`, built)).toBe(true);
  });

  it.each([
    ['another local file', pathToFileURL('/tmp/evil.html').href],
    ['a sibling page of the app', pathToFileURL(path.join(path.dirname(indexFile), 'other.html')).href],
    ['a web page', 'https://example.com/'],
    ['a file on a network host', `file://attacker${pathToFileURL(indexFile).pathname}`],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['about:blank', 'about:blank'],
    ['nothing', ''],
    ['no frame', undefined],
  ])('refuses %s', (_what, url) => {
    expect(isAppUrl(url, built)).toBe(false);
  });

  it('accepts the loopback dev server only while developing', () => {
    const dev = { indexFile, devServerUrl: 'http://localhost:5173/' };
    expect(isAppUrl('http://localhost:5173/#/organisations', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', built)).toBe(false);
    expect(isAppUrl('https://example.com/', { indexFile, devServerUrl: 'https://example.com/' })).toBe(false);
  });

  it('loads the page it trusts', () => {
    expect(isAppUrl(appUrl(built), built)).toBe(true);
    expect(appUrl({ indexFile, devServerUrl: 'http://localhost:5173/' })).toBe('http://localhost:5173/');
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
