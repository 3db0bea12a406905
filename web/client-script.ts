// The script the browser host adds to the page: it installs `window.ropa` with exactly the methods
// the Electron preload exposes, each a POST to /api/:method that resolves to an Outcome.
// Plain JS source rather than a stringified function: transpilers (tsx, vitest) may inject helpers
// into a function body that do not exist in the page.
import { methodNames } from '../core/api/contract';

export const CLIENT_SCRIPT_PATH = '/ropa-client.js';

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

export const clientScript = (): string => `${SOURCE}(${JSON.stringify(methodNames)});\n`;
