// Where the app keeps its own files, and the sample register a first start opens when the user has
// not chosen a file yet. Shared by the browser host and the Electron shell so both open the same one.
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Outcome } from './api/contract';
import type { RegisterWorker } from './register-worker';

/** ROPA_DATA_DIR, else the platform's per-user config folder + ropa-registry. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ROPA_DATA_DIR) return path.resolve(env.ROPA_DATA_DIR);
  const home = os.homedir();
  if (process.platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'ropa-registry');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'ropa-registry');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'ropa-registry');
}

export const sampleRegisterPath = (dataDir: string = userDataDir()): string => path.join(dataDir, 'sample.sqlite');

/** Opens the sample register in the register worker, creating it from the seed material on first use. */
export function openSampleRegister(
  worker: Pick<RegisterWorker, 'call'>,
  dataDir: string = userDataDir(),
): Promise<Outcome<unknown>> {
  const file = sampleRegisterPath(dataDir);
  if (existsSync(file)) return worker.call('openRegister', { path: file });
  mkdirSync(dataDir, { recursive: true });
  return worker.call('createRegister', { path: file, sample: true, name: 'Sample register' });
}
