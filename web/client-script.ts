// The script the browser host adds to the page: it installs `window.ropa` with exactly the methods
// the Electron preload exposes, each a POST to /api/:method that resolves to an Outcome.
// Plain JS source rather than a stringified function: transpilers (tsx, vitest) may inject helpers
// into a function body that do not exist in the page.
import { createHash } from 'node:crypto';
import { methodNames } from '../core/api/contract';

const SOURCE = `'use strict';
(function (names) {
  function failure(message) { return { ok: false, error: { kind: 'file', message: message } }; }
  async function call(method, input) {
    try {
      const res = await fetch('/api/' + method, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input === undefined ? null : input),
      });
      if (res.status === 401) return failure('This page lost its access token; open the address the RoPA host printed again.');
      return await res.json();
    } catch (err) {
      return failure('The RoPA host cannot be reached (' + err.message + '); is it still running?');
    }
  }
  const client = {};
  for (const name of names) client[name] = function (input) { return call(name, input); };
  Object.defineProperty(window, 'ropa', { value: Object.freeze(client), enumerable: true });
})`;

/** The script itself: the source above, called with the contract's method names. */
export const CLIENT_SCRIPT = `${SOURCE}(${JSON.stringify(methodNames)});\n`;

/**
 * Named by a hash of its content, like the build's assets, so the browser may keep it: the page
 * runs it before the app's module, and fetching it again from the host on every load held that
 * module up whenever the host was slow to answer (up to some 80 ms on a busy machine).
 */
export const CLIENT_SCRIPT_PATH = `/ropa-client-${createHash('sha256').update(CLIENT_SCRIPT).digest('hex').slice(0, 12)}.js`;
