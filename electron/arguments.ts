// The register a launch names on its command line: `ropa-registry file.sqlite` (packaged) or
// `electron . file.sqlite` (development). A second launch's arguments arrive in the first
// instance the same way, with Chromium's own switches mixed in.
import path from 'node:path';

/**
 * The last non-switch argument after the executable (and after the app folder when Electron runs
 * an unpackaged app), resolved against the launch's working directory; null when there is none.
 */
export function registerArgument(argv: readonly string[], cwd: string, unpackaged: boolean): string | null {
  const args = argv.slice(unpackaged ? 2 : 1).filter((a) => a !== '' && !a.startsWith('-'));
  const file = args.at(-1);
  return file ? path.resolve(cwd, file) : null;
}
