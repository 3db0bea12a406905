// `tsx web/main.ts [--register file] [--port n] [--author name]`: the browser host on 127.0.0.1.
// Prints the address to open (it carries this run's access token) and runs until interrupted.
import { Command } from 'commander';
import path from 'node:path';
import { userDataDir } from '../core/sample-register';
import { startWebHost } from './host';

const program = new Command()
  .name('ropa-web')
  .description('Serve the RoPA Registry app to a browser on this computer only.')
  .option('-r, --register <file>', 'register to open (default: the sample register)')
  .option('-p, --port <number>', 'port on 127.0.0.1 (default: a free one)', (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65_535)
      throw new Error(`--port must be a number from 0 to 65535, not ${JSON.stringify(v)}.`);
    return n;
  })
  .option('-a, --author <name>', 'name written into changes (default: your user name)')
  .parse();

const opts = program.opts<{ register?: string; port?: number; author?: string }>();

try {
  const web = await startWebHost({
    registerPath: opts.register,
    port: opts.port,
    author: opts.author,
    backupsDir: path.join(userDataDir(), 'backups'),
  });
  const s = web.host.session();
  console.log(`RoPA Registry is serving ${s.fileName ?? 'no register'} at:\n  ${web.url}\nPress Ctrl+C to stop.`);
  const stop = () => void web.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (err) {
  console.error(`ropa-web: ${(err as Error).message}`);
  process.exit(1);
}
