// The Electron main process: one window, its menus and dialogs, and the wiring between the page and
// the register worker. Registers are opened, checked and written in the worker (core/), never here.
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { app, BrowserWindow, Menu, protocol, session, shell } from 'electron';
import type { SessionInfo } from '../core/api/client';
import { methodNames } from '../core/api/contract';
import { sampleRegisterPath, userDataDir } from '../core/sample-register';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, resolveAppRequest } from './app-scheme';
import { registerArgument } from './arguments';
import { chooseSaveFile, chooseWhenLocked, showError } from './dialogs';
import { registerIpc } from './ipc';
import { planSaveDialog } from './save-plan';
import { menuTemplate, type MenuActions } from './menu';
import { RegisterWorker } from '../core/register-worker';
import { hardenContents, hardenSession } from './security';
import { forgetRegister, readSettings, rememberRegister, writeSettings, type Settings } from './settings';
import { CHANNELS, type MenuCommand } from './shell-api';
import { appUrl, type AppOrigin } from './trust';
import { boundsOf, createMainWindow } from './window';
import type { WorkerOptions } from '../core/worker-protocol';

const ARTICLE_30 = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30';
const here = import.meta.dirname;
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const origin: AppOrigin = {
  rendererDir: path.join(here, '..', 'renderer'),
  ...(devServerUrl ? { devServerUrl } : {}),
};
// The page is served as app://ropa/ (app-scheme.ts); the scheme must be privileged before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

/** Answers app:// requests with files of the built renderer only, each with the CSP header. */
function serveAppScheme(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = resolveAppRequest(request.url, origin.rendererDir, request.method);
    let body: Uint8Array<ArrayBuffer> | string = answer.message;
    if (answer.file) {
      try {
        body = new Uint8Array(await readFile(answer.file));
      } catch {
        return new Response('Not found.', { status: 404, headers: answer.headers });
      }
    }
    return new Response(body, { status: answer.status, headers: answer.headers });
  });
}

// The browser host keeps its sample register and files in the same folder, so both show the same one.
app.setPath('userData', userDataDir());
const dataDir = app.getPath('userData');
// Chromium's caches and storage in a subfolder, apart from the registers and settings.json.
app.setPath('sessionData', path.join(dataDir, 'chromium'));

let settings: Settings = readSettings(dataDir);
let current: SessionInfo | null = null;
let mainWindow: BrowserWindow | null = null;
/** A file named by a second launch or macOS before the window existed. */
let pendingFile: string | null = null;

/** Shipped beside the app as extraResources (electron-builder.yml); the source folder in development. */
const resource = (name: string, ...source: string[]): string =>
  app.isPackaged ? path.join(process.resourcesPath, name) : path.join(app.getAppPath(), ...source);

function workerOptions(): WorkerOptions {
  const options: WorkerOptions = {
    author: process.env.ROPA_AUTHOR || os.userInfo().username,
    authorChosen: !!process.env.ROPA_AUTHOR,
    migrationsFolder: resource('migrations', 'db', 'migrations'),
    exports: {
      script: path.join(here, 'export-worker.js'),
      fontsFolder: resource('fonts', 'core', 'reports', 'fonts'),
    },
    backups: { dir: path.join(dataDir, 'backups'), keep: settings.backupsToKeep },
    openCheckScript: path.join(here, 'open-check-worker.js'),
  };
  // node_modules holds the Node build of better-sqlite3: `npm start` builds an Electron one apart
  // (scripts/start.mjs) and a package ships it as resources/native (scripts/dist.mjs).
  const binding = app.isPackaged
    ? path.join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : process.env.ROPA_SQLITE_BINDING;
  if (binding) options.nativeBinding = binding;
  return options;
}

const worker = new RegisterWorker(() => new Worker(path.join(here, 'worker.js'), { workerData: workerOptions() }));

function saveSettings(next: Settings): void {
  settings = next;
  try {
    writeSettings(dataDir, settings);
  } catch (err) {
    // Losing the recent list is no reason to interrupt the user's work.
    console.error(`Settings could not be saved: ${(err as Error).message}`);
  }
}

function sessionChanged(info: SessionInfo): void {
  current = info;
  if (info.path) saveSettings(rememberRegister(settings, info.path));
  if (info.path) app.addRecentDocument(info.path);
  mainWindow?.setTitle(windowTitle());
  refreshMenu();
}

function windowTitle(): string {
  if (!current?.fileName) return app.getName();
  return `${current.fileName}${current.readOnly ? ' (read-only)' : ''} — ${app.getName()}`;
}

function sendCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(CHANNELS.menu, command);
}

/**
 * Asks the page (its unsaved-changes guard, `window.ropaMayLeave` in renderer/src/route.ts) before
 * a reload replaces what it shows; a page that cannot answer has nothing to lose.
 */
async function pageMayLeave(): Promise<boolean> {
  if (!mainWindow) return true;
  try {
    const answer: unknown = await mainWindow.webContents.executeJavaScript(
      'typeof window.ropaMayLeave === "function" ? window.ropaMayLeave() : true',
      true,
    );
    return answer !== false;
  } catch {
    return true;
  }
}

/** Opens `file` for the page (recent list, second launch, double-click): the page reloads to show it. */
async function openFile(file: string): Promise<boolean> {
  if (!(await pageMayLeave())) return false;
  let outcome = await worker.call('openRegister', { path: file });
  if (!outcome.ok && outcome.error.kind === 'locked') {
    const choice = await chooseWhenLocked(mainWindow, outcome.error.message);
    if (choice === 'cancel') return false;
    outcome = await worker.call('openRegister', {
      path: file,
      ...(choice === 'read-only' ? { readOnly: true } : { force: true }),
    });
  }
  if (!outcome.ok) {
    if (outcome.error.kind === 'file') saveSettings(forgetRegister(settings, file));
    await showError(mainWindow, outcome.error.message);
    refreshMenu();
    return false;
  }
  sessionChanged(outcome.value as SessionInfo);
  mainWindow?.webContents.reload();
  return true;
}

async function saveCopy(): Promise<void> {
  if (!mainWindow || !current?.fileName) return;
  const base = current.fileName.replace(/\.[^.]*$/, '');
  const target = await chooseSaveFile(
    mainWindow,
    planSaveDialog({ defaultName: `${base} copy.sqlite` }, 'Save a Copy'),
  );
  if (!target) return;
  // The OS save dialog has already asked "Replace …?" for an existing file.
  const outcome = await worker.call('saveCopy', { path: target, overwrite: true });
  if (!outcome.ok) await showError(mainWindow, outcome.error.message);
}

const actions: MenuActions = {
  openRecent: (file) => void openFile(file),
  clearRecent: () => {
    saveSettings({ ...settings, recentRegisters: [] });
    app.clearRecentDocuments();
    refreshMenu();
  },
  saveCopy: () => void saveCopy(),
  command: sendCommand,
  about: () => app.showAboutPanel(),
  openArticle30: () => void shell.openExternal(ARTICLE_30),
};

function refreshMenu(): void {
  const template = menuTemplate(
    {
      platform: process.platform,
      appName: app.getName(),
      recentRegisters: settings.recentRegisters,
      registerOpen: !!current?.path,
      readOnly: !!current?.readOnly,
      exportsAvailable: methodNames.some((name) => name.startsWith('export')),
      developer: !app.isPackaged,
    },
    actions,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Before the window exists errors are collected and shown once it does. */
const startupErrors: string[] = [];

/** The file named on the command line, else the last register, else the sample register. */
async function openFirstRegister(): Promise<void> {
  const named = pendingFile ?? registerArgument(process.argv, process.cwd(), process.defaultApp === true);
  pendingFile = null;
  const last = settings.lastRegister;
  for (const file of [named, last]) {
    if (file && (await openQuietly(file))) return;
  }
  const sample = sampleRegisterPath(dataDir);
  if (fs.existsSync(sample)) {
    await openQuietly(sample);
    return;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const created = await worker.call('createRegister', { path: sample, sample: true, name: 'Sample register' });
  if (created.ok) sessionChanged(created.value as SessionInfo);
  else startupErrors.push(created.error.message);
}

async function openQuietly(file: string): Promise<boolean> {
  let outcome = await worker.call('openRegister', { path: file });
  // At start-up nobody is there to choose: a register a colleague is editing opens read-only, and
  // the page's banner says who has it; File › Open Recent offers "open anyway".
  if (!outcome.ok && outcome.error.kind === 'locked')
    outcome = await worker.call('openRegister', { path: file, readOnly: true });
  if (outcome.ok) sessionChanged(outcome.value as SessionInfo);
  else startupErrors.push(outcome.error.message);
  return outcome.ok;
}

function createWindow(): void {
  const window = createMainWindow(settings.window, path.join(here, '..', 'preload', 'index.cjs'), windowTitle());
  mainWindow = window;
  // The page's <title> would replace the register's name in the title bar.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('close', () => saveSettings({ ...settings, window: boundsOf(window) }));
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(appUrl(origin));
  window.once('ready-to-show', () => {
    for (const message of startupErrors.splice(0)) void showError(window, message);
  });
}

function focusOrOpen(file: string | null): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  if (file) void openFile(file);
}

if (!app.requestSingleInstanceLock()) {
  // Another window already runs: it receives our arguments through 'second-instance'.
  app.quit();
} else {
  app.enableSandbox();
  app.on('second-instance', (_event, argv, cwd) =>
    focusOrOpen(registerArgument(argv, cwd, process.defaultApp === true)),
  );
  // macOS: a register double-clicked in the Finder or dropped on the Dock icon.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (mainWindow) focusOrOpen(file);
    else pendingFile = file;
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, origin));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && app.isReady()) createWindow();
  });
  let stopped = false;
  app.on('before-quit', (event) => {
    if (stopped) return;
    // Close the register cleanly (no journal or lock left beside it) before the process ends.
    event.preventDefault();
    stopped = true;
    void worker.stop().finally(() => app.quit());
  });
  void app.whenReady().then(async () => {
    app.setAboutPanelOptions({
      applicationName: app.getName(),
      applicationVersion: app.getVersion(),
      copyright: 'MIT licence. Third-party licences: Help ▸ Licences.',
    });
    hardenSession(session.defaultSession);
    serveAppScheme();
    registerIpc({ worker, app: origin, sessionChanged });
    refreshMenu();
    await openFirstRegister();
    createWindow();
  });
}
