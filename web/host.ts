// The browser host: the built renderer and the contract over HTTP, on 127.0.0.1 only, for the
// end-to-end tests and as a fallback where Electron cannot run.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { defaultMigrationsFolder } from '../db/open';
import type { SessionInfo } from '../core/api/client';
import type { Outcome } from '../core/api/contract';
import { toRopaError } from '../core/api/errors';
import { RegisterWorker, workerFromSource } from '../core/register-worker';
import { openSampleRegister } from '../core/sample-register';
import { SECURITY_HEADERS } from '../core/renderer-files';
import { CLIENT_SCRIPT, CLIENT_SCRIPT_PATH } from './client-script';
import { hasToken, hostIsAllowed, sameToken, tokenCookie } from './guard';
import { KEEP, staticFile } from './static-files';

export interface WebHostOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** The register to open; absent: the sample register in the user's data folder. */
  registerPath?: string;
  author?: string;
  migrationsFolder?: string;
  /** Where the built renderer is; defaults to out/renderer of this checkout. */
  rendererDir?: string;
  /** Overrides ROPA_DATA_DIR / the per-user folder the sample register lives in. */
  dataDir?: string;
  /** Rolling backups of the registers opened (core/backup.ts); none when absent, as in tests. */
  backupsDir?: string;
  /** The home folder whose Documents folder the export path starts in; the user's when absent. */
  homeDir?: string;
}

/** The register worker, answering before the call returns (RegisterWorker.callSync). */
export interface SyncRegisterHost {
  handle(method: string, input: unknown): Outcome<unknown>;
  session(): SessionInfo;
}

export interface WebHost {
  /** Open this address: it carries the token and sets it as a cookie on first load. */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** A contract call, as the page makes it: run in the register worker. */
  call(method: string, input?: unknown): Promise<Outcome<unknown>>;
  /**
   * The same, synchronously, for tests and scripts: blocks this thread (and so the HTTP server)
   * until the worker answers.
   */
  host: SyncRegisterHost;
  close(): Promise<void>;
}

const MAX_BODY = 16 * 1024 * 1024;
const defaultRendererDir = path.resolve(import.meta.dirname, '..', 'out', 'renderer');

type Send = (status: number, type: string, body: string | Buffer, extra?: Record<string, string>) => void;

function sender(res: ServerResponse): Send {
  return (status, type, body, extra = {}) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
    res.end(body);
  };
}

const json = (send: Send, status: number, value: unknown) =>
  send(status, 'application/json; charset=utf-8', JSON.stringify(value));
const refusal = (message: string) => ({ ok: false, error: { kind: 'file', message } });

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveApi(req: IncomingMessage, send: Send, worker: RegisterWorker, method: string): Promise<void> {
  if (req.method !== 'POST') return json(send, 405, refusal('Use POST for API calls.'));
  const body = await readBody(req);
  if (body === null) return json(send, 413, refusal('The request is too large.'));
  let input: unknown;
  try {
    input = body.trim() === '' ? undefined : JSON.parse(body);
  } catch {
    return json(send, 400, {
      ok: false,
      error: { kind: 'validation', message: 'The request body is not valid JSON.', issues: [] },
    });
  }
  // In the worker thread: a call waiting for another process's lock never holds up this thread,
  // which only passes on the answer's JSON as the worker wrote it.
  const answer = await worker.callJson(method, input ?? undefined);
  send(200, 'application/json; charset=utf-8', Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength));
}

function requestHandler(worker: RegisterWorker, token: string, port: () => number, rendererDir: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const send = sender(res);
    if (!hostIsAllowed(req, port()))
      return send(403, 'text/plain; charset=utf-8', 'Forbidden: this host only answers to 127.0.0.1 and localhost.\n');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // First page load: trade the token in the address for a cookie, and drop it from the address bar.
    if (req.method === 'GET' && sameToken(url.searchParams.get('token') ?? undefined, token)) {
      return send(303, 'text/plain; charset=utf-8', '', {
        Location: url.pathname,
        'Set-Cookie': tokenCookie(port(), token),
      });
    }
    if (!hasToken(req, port(), token)) {
      return url.pathname.startsWith('/api/')
        ? json(send, 401, refusal('Missing or wrong access token.'))
        : send(
            401,
            'text/plain; charset=utf-8',
            'Open the address the RoPA host printed; it carries the access token.\n',
          );
    }
    if (url.pathname.startsWith('/api/')) return serveApi(req, send, worker, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(405, 'text/plain; charset=utf-8', 'Method not allowed.\n');
    if (url.pathname === CLIENT_SCRIPT_PATH) return send(200, 'text/javascript; charset=utf-8', CLIENT_SCRIPT, KEEP);
    const file = await staticFile(rendererDir, url.pathname);
    send(file.status, file.type, file.body, file.headers);
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startWebHost(options: WebHostOptions = {}): Promise<WebHost> {
  const worker = new RegisterWorker(
    workerFromSource({
      author: options.author ?? os.userInfo().username,
      authorChosen: options.author !== undefined,
      migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder(),
      ...(options.backupsDir ? { backups: { dir: options.backupsDir } } : {}),
      ...(options.homeDir ? { home: options.homeDir } : {}),
    }),
  );
  const opened = options.registerPath
    ? await worker.call('openRegister', { path: options.registerPath })
    : await openSampleRegister(worker, options.dataDir);
  if (!opened.ok) {
    await worker.stop();
    throw new Error(opened.error.message);
  }
  const token = randomBytes(32).toString('base64url');
  let port = 0;
  const handler = requestHandler(worker, token, () => port, options.rendererDir ?? defaultRendererDir);
  const server = createServer((req, res) => {
    handler(req, res).catch((err: unknown) => {
      if (!res.headersSent)
        sender(res)(500, 'application/json; charset=utf-8', JSON.stringify({ ok: false, error: toRopaError(err) }));
      else res.destroy();
    });
  });
  try {
    port = await listen(server, options.port ?? 0);
  } catch (err) {
    await worker.stop();
    throw err;
  }
  const origin = `http://127.0.0.1:${port}`;
  const host: SyncRegisterHost = {
    handle: (method, input) => worker.callSync(method, input),
    session: () => {
      const outcome = worker.callSync('getSession', undefined);
      if (!outcome.ok) throw new Error(outcome.error.message);
      return outcome.value as SessionInfo;
    },
  };
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    call: (method, input) => worker.call(method, input),
    host,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => void worker.stop().then(resolve));
      }),
  };
}
