// Who may talk to the browser host: only pages served by this very host (Host and Origin checked
// against the loopback names of our port, against DNS rebinding), and only with this run's token.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-ropa-token';
/** The port is part of the name: cookies are shared across ports of one host name. */
export const cookieName = (port: number): string => `ropa_token_${port}`;

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function hostIsAllowed(req: IncomingMessage, port: number): boolean {
  const hosts = allowedHosts(port);
  if (!hosts.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || hosts.some((h) => origin === `http://${h}`);
}

export function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** The token from the header (scripts, tests) or the cookie the first page load set (the page). */
export function hasToken(req: IncomingMessage, port: number, token: string): boolean {
  const header = req.headers[TOKEN_HEADER];
  return (
    sameToken(typeof header === 'string' ? header : undefined, token) ||
    sameToken(cookieValue(req, cookieName(port)), token)
  );
}

export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
