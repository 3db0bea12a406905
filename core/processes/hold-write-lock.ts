// Holds a register's SQLite write lock (BEGIN IMMEDIATE) for MS milliseconds, as another app's long
// save or import would: prints "locked", and when it lets go "released <Date.now() just before>".
import { openRegister } from '../../db/open';

const [file, ms = '8000'] = process.argv.slice(2);
if (!file) throw new Error('usage: hold-write-lock.ts FILE [MS]');
const register = openRegister(file);
register.sqlite.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\n');
setTimeout(() => {
  const releasing = Date.now();
  register.sqlite.exec('ROLLBACK');
  register.close();
  process.stdout.write(`released ${releasing}\n`);
}, Number(ms));
