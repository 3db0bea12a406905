// Where a report goes by default in the browser host, which has no Save dialog: the user's
// documents folder (as the desktop names it), else the home folder.
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const isFolder = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** XDG_DOCUMENTS_DIR from the environment or ~/.config/user-dirs.dirs ("$HOME/Documenten" on a Dutch desktop). */
function xdgDocuments(home: string, env: NodeJS.ProcessEnv): string | undefined {
  const expand = (value: string) => value.replace(/^"|"$/g, '').replace(/^\$HOME/, home);
  if (env.XDG_DOCUMENTS_DIR) return expand(env.XDG_DOCUMENTS_DIR);
  const config = path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'user-dirs.dirs');
  if (!existsSync(config)) return undefined;
  const line = readFileSync(config, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('XDG_DOCUMENTS_DIR='));
  return line ? expand(line.slice('XDG_DOCUMENTS_DIR='.length).trim()) : undefined;
}

/** The documents folder if it exists, else the home folder. */
export function documentsFolder(home = os.homedir(), env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [xdgDocuments(home, env), path.join(home, 'Documents')];
  return candidates.find((c): c is string => !!c && c !== home && isFolder(c)) ?? home;
}
