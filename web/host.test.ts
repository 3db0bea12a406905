import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  methodNames,
  type Activity,
  type ActivitySummary,
  type Organisation,
  type Outcome,
} from '../core/api/contract';
import { startChild } from '../core/processes/spawn';
import { CONTENT_SECURITY_POLICY } from '../core/renderer-files';
import { newRegister } from '../core/register';
import { startWebHost, type WebHost } from './host';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch: fetch may not set the Host header, which these tests must forge. */
function send(
  web: WebHost,
  urlPath: string,
  opts: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: web.port, path: urlPath, method: opts.method ?? 'GET', headers: opts.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(JSON.stringify(opts.body));
    req.end();
  });
}

const api = async <T>(
  web: WebHost,
  method: string,
  input?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; outcome: Outcome<T> }> => {
  const r = await send(web, `/api/${method}`, {
    method: 'POST',
    headers: { 'x-ropa-token': web.token, 'content-type': 'application/json', ...headers },
    body: input ?? null,
  });
  return { status: r.status, outcome: JSON.parse(r.body) as Outcome<T> };
};

let dir: string;
let renderer: string;
let web: WebHost;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ropa-web-'));
  renderer = path.join(dir, 'renderer');
  mkdirSync(renderer);
  writeFileSync(
    path.join(renderer, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>',
  );
  mkdirSync(path.join(renderer, 'assets'));
  writeFileSync(path.join(renderer, 'assets', 'app-Bw93_lwO.js'), 'export {};');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
  const file = path.join(dir, 'test.sqlite');
  newRegister(file, { author: 'setup' }).register.close();
  web = await startWebHost({ registerPath: file, author: 'Tester', rendererDir: renderer });
});

afterAll(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('browser host', () => {
  it('refuses API calls without the token or with a wrong one', async () => {
    const none = await send(web, '/api/getSession', { method: 'POST' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { message: 'Missing or wrong access token.' } });
    const wrong = await send(web, '/api/getSession', {
      method: 'POST',
      headers: { 'x-ropa-token': 'x'.repeat(web.token.length) },
    });
    expect(wrong.status).toBe(401);
    expect((await send(web, '/')).status).toBe(401);
  });

  it('rejects a foreign Host or Origin (DNS rebinding, other sites)', async () => {
    const auth = { 'x-ropa-token': web.token };
    expect(
      (await send(web, '/api/getSession', { method: 'POST', headers: { ...auth, host: `evil.example:${web.port}` } }))
        .status,
    ).toBe(403);
    expect(
      (await send(web, '/api/getSession', { method: 'POST', headers: { ...auth, host: `127.0.0.1:${web.port + 1}` } }))
        .status,
    ).toBe(403);
    expect(
      (await send(web, '/api/getSession', { method: 'POST', headers: { ...auth, origin: 'http://evil.example' } }))
        .status,
    ).toBe(403);
    expect(
      (await send(web, '/api/getSession', { method: 'POST', headers: { ...auth, host: `localhost:${web.port}` } }))
        .status,
    ).toBe(200);
  });

  it('listens on the loopback address only', async () => {
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    const reach = (host: string) =>
      new Promise<boolean>((resolve) => {
        const s = connect({ host, port: web.port }, () => {
          s.destroy();
          resolve(true);
        });
        s.on('error', () => resolve(false));
      });
    expect(new URL(web.url).hostname).toBe('127.0.0.1');
    expect(await reach('127.0.0.1')).toBe(true);
    if (outside) expect(await reach(outside.address)).toBe(false);
  });

  it('trades the token in the address for a cookie and serves the page with the client script', async () => {
    const first = await send(web, `/?token=${web.token}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    expect(String(first.headers['set-cookie'])).toContain('HttpOnly');
    const page = await send(web, '/', { headers: { cookie } });
    expect(page.status).toBe(200);
    // The same policy Electron's app:// scheme sends (core/renderer-files.ts).
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['content-security-policy']).toContain("form-action 'none'");
    const scriptPath = /<script src="(\/ropa-client-[0-9a-f]{12}\.js)"><\/script>/.exec(page.body)?.[1];
    expect(scriptPath).toBeDefined();
    const script = await send(web, scriptPath!, { headers: { cookie } });
    for (const name of methodNames) expect(script.body).toContain(`"${name}"`);
    const escape = await send(web, '/..%2fsecret.txt', { headers: { cookie } });
    expect(escape.body).not.toContain('outside the renderer');
    // Only files named by a hash of their content may be kept by the browser (the build's and the
    // client script); the page never.
    const asset = await send(web, '/assets/app-Bw93_lwO.js', { headers: { cookie } });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('round-trips the contract: create, list, validation errors, conflicts', async () => {
    const session = await api<{ fileName: string; author: string }>(web, 'getSession');
    expect(session.outcome).toMatchObject({ ok: true, value: { fileName: 'test.sqlite', author: 'Tester' } });
    const org = await api<Organisation>(web, 'createOrganisation', { name: 'Acme NV', country: 'BE' });
    if (!org.outcome.ok) throw new Error(org.outcome.error.message);
    const created = await api<Activity>(web, 'createActivity', {
      organisationId: org.outcome.value.id,
      name: 'Payroll',
      purposes: [{ text: 'Pay salaries', legalBases: ['contract'] }],
    });
    if (!created.outcome.ok) throw new Error(created.outcome.error.message);
    expect(created.outcome.value).toMatchObject({ name: 'Payroll', version: 1, createdBy: 'Tester' });
    const list = await api<ActivitySummary[]>(web, 'listActivities');
    expect(list.outcome.ok && list.outcome.value.map((a) => a.name)).toEqual(['Payroll']);

    const invalid = await api(web, 'createActivity', { organisationId: org.outcome.value.id, name: '' });
    expect(invalid.outcome).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: 'name', message: 'required' }] },
    });

    const { id } = created.outcome.value;
    const fields = { organisationId: org.outcome.value.id, name: 'Payroll 2026' };
    expect((await api(web, 'updateActivity', { id, version: 1, fields })).outcome.ok).toBe(true);
    const stale = await api(web, 'updateActivity', { id, version: 1, fields: { ...fields, name: 'Mine' } });
    expect(stale.outcome).toMatchObject({
      ok: false,
      error: { kind: 'conflict', current: { name: 'Payroll 2026', version: 2 } },
    });

    expect((await api(web, 'noSuchMethod')).outcome).toMatchObject({ ok: false, error: { kind: 'unknown_method' } });
    const bad = await send(web, '/api/getSession', {
      method: 'POST',
      headers: { 'x-ropa-token': web.token },
      body: undefined,
    });
    expect(bad.status).toBe(200);
  });
});

describe('browser host while another process holds the write lock', () => {
  it('serves the page and register reads at once while a save waits for the lock', async () => {
    const file = path.join(dir, 'shared.sqlite');
    newRegister(file, { author: 'setup' }).register.close();
    const host = await startWebHost({ registerPath: file, author: 'Tester', rendererDir: renderer });
    try {
      const holder = startChild('hold-write-lock.ts', [file, '8000']);
      await holder.waitFor((line) => line === 'locked');
      const answered = <T>(reply: Promise<T>) => reply.then((value) => ({ value, at: Date.now() }));
      // The page saves first: this call waits for the lock (up to the 10 s busy timeout).
      const save = answered(api<Organisation>(host, 'createOrganisation', { name: 'Patient NV' }));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const page = answered(send(host, '/', { headers: { 'x-ropa-token': host.token } }));
      const info = answered(api<{ fileName: string }>(host, 'getRegisterInfo'));
      const released = Number((await holder.waitFor((line) => line.startsWith('released '))).split(' ')[1]);

      // Both answered while the other process still held the lock.
      const shown = await page;
      expect(shown.value.status).toBe(200);
      expect(shown.value.body).toMatch(/<script src="\/ropa-client-[0-9a-f]{12}\.js"><\/script>/);
      expect(shown.at).toBeLessThan(released);
      const read = await info;
      expect(read.value.outcome).toMatchObject({ ok: true, value: { fileName: 'shared.sqlite' } });
      expect(read.at).toBeLessThan(released);
      // The save really waited for the lock, and then went through.
      const saved = await save;
      expect(saved.value.outcome).toMatchObject({ ok: true, value: { name: 'Patient NV' } });
      expect(saved.at).toBeGreaterThanOrEqual(released);
      expect(await holder.exited).toBe(0);
    } finally {
      await host.close();
    }
  }, 30_000);

  it('answers synchronous calls from a test or script through the same worker', () => {
    expect(web.host.session()).toMatchObject({ fileName: 'test.sqlite', author: 'Tester', readOnly: false });
    expect(web.host.handle('getRegisterInfo', {})).toMatchObject({ ok: true, value: { fileName: 'test.sqlite' } });
  });
});
