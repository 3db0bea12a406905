// One running app per test: its own browser host on a free port, its own register, its own
// Chromium. Screens are photographed into e2e/screenshots/ for a human to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, onTestFailed } from 'vitest';
import { startWebHost, type WebHost, type WebHostOptions } from '../../web/host';
import { launchChromium } from './chromium';
import { removeDir, tempDir } from './registers';

export interface RunningApp {
  web: WebHost;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Another tab of the same browser, signed in to the same host. */
  newTab(): Promise<Page>;
  /** An operation on the host directly, as the page would call it: its value, or a throw with its message. */
  call<T>(method: string, input?: unknown): T;
  close(): Promise<void>;
}

const SCREENSHOTS = path.join(import.meta.dirname, '..', 'screenshots');

export async function startApp(
  registerPath: string,
  /** null: none given, as a user starting the app for the first time (the OS user's name, asked to confirm). */
  author: string | null = 'E2E Tester',
  host: Pick<WebHostOptions, 'backupsDir' | 'homeDir'> = {},
  /** The browser's language (e.g. 'nl-BE'), as the UI reads it for its default language; British English by default. */
  browserOptions: { locale?: string } = {},
): Promise<RunningApp> {
  const web = await startWebHost({ registerPath, ...(author === null ? {} : { author }), ...host });
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    ...browserOptions,
  });
  // Fail fast with Playwright's own message rather than at the test timeout.
  context.setDefaultTimeout(15_000);
  const errors: string[] = [];
  const newTab = async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(web.url);
    return page;
  };
  const page = await newTab();
  return {
    web,
    browser,
    context,
    page,
    newTab,
    call: <T>(method: string, input?: unknown): T => {
      const out = web.host.handle(method, input);
      if (!out.ok) throw new Error(out.error.message);
      return out.value as T;
    },
    close: async () => {
      await browser.close();
      await web.close();
      // A script error in the page is a failure even when every assertion passed.
      if (errors.length) throw new Error(`The page threw: ${errors.join(' | ')}`);
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** Call at the start of a test: a failure leaves a picture of the page as failed-<test>.png. */
export function photographFailure(page: () => Page | undefined): void {
  onTestFailed(async ({ task }) => {
    const p = page();
    if (p && !p.isClosed()) await screenshot(p, `failed-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
  });
}

/** The app a test file's tests share, and the temporary folder its register is in. */
export interface SharedApp extends RunningApp {
  readonly dir: string;
}

/**
 * One app for the tests of a file: before them, `register` makes the register in a new temporary
 * folder and `start` starts the app on it (startApp's defaults unless given); a test that fails
 * leaves a picture of the page; after them the app closes (which fails if the page threw) and the
 * folder goes. The object returned stands for the app once it has started.
 */
export function appPerFile(
  register: (dir: string) => string,
  start: (file: string, dir: string) => Promise<RunningApp> = (file) => startApp(file),
): SharedApp {
  let dir: string | undefined;
  let running: RunningApp | undefined;
  beforeAll(async () => {
    dir = tempDir();
    running = await start(register(dir), dir);
  });
  beforeEach(() => photographFailure(() => running?.page));
  afterAll(async () => {
    await running?.close();
    if (dir) removeDir(dir);
  });
  const app = (): RunningApp => {
    if (!running) throw new Error('The app has not started: use it in a test or a hook after appPerFile.');
    return running;
  };
  return {
    get dir() {
      if (!dir) throw new Error('The register folder is made before the tests: use it in a test or a hook.');
      return dir;
    },
    get web() {
      return app().web;
    },
    get browser() {
      return app().browser;
    },
    get context() {
      return app().context;
    },
    get page() {
      return app().page;
    },
    newTab: () => app().newTab(),
    call: <T>(method: string, input?: unknown) => app().call<T>(method, input),
    close: () => app().close(),
  };
}
