import { shell } from '../api';

/** The OS dialog where the Electron shell offers one; null when cancelled or in the browser. */
export async function chooseFile(kind: 'open' | 'new', defaultName?: string): Promise<string | null> {
  const s = shell();
  if (!s) return null;
  return kind === 'open' ? s.showOpenDialog() : s.showSaveDialog(defaultName ? { defaultName } : {});
}

export const canBrowse = (): boolean => shell() !== undefined;
