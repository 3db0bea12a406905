// Opens the register an export reads: read-only, so exporting never changes the file; a register of
// an older schema is read from an upgraded temporary copy (db/open.ts openForReading), which goes
// when the export is done.
import type { OpenOptions } from '../../db/open';
import type { CoreContext } from '../context';
import { openSessionForReading } from '../register';

export async function withReadableRegister<T>(
  file: string,
  options: Pick<OpenOptions, 'migrationsFolder'>,
  fn: (ctx: CoreContext) => Promise<T>,
): Promise<T> {
  const ctx = openSessionForReading(file, 'export', options);
  try {
    return await fn(ctx);
  } finally {
    ctx.register.close();
  }
}
