// Opens a register under a presence lock as USER, prints "ready", and holds it until stdin closes
// or it is killed.
import { openLocked } from '../lock';

const [file, user = 'colleague', mode = 'edit'] = process.argv.slice(2);
if (!file) throw new Error('usage: hold-lock.ts FILE [USER] [edit|read|force]');
const session = openLocked(file, user, { readOnly: mode === 'read', force: mode === 'force' });
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  session.close();
  process.stdout.write('closed\n');
});
