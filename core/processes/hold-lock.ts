// Opens a register under a presence lock as USER, prints "ready", and holds it until stdin closes
// (then closes the register, or with EXIT just exits without closing it) or it is killed.
import { openLocked } from '../lock';

const [file, user = 'colleague', mode = 'edit', ending = 'close'] = process.argv.slice(2);
if (!file) throw new Error('usage: hold-lock.ts FILE [USER] [edit|read|force] [close|exit]');
const session = openLocked(file, user, { readOnly: mode === 'read', force: mode === 'force' });
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  if (ending === 'exit') process.exit(0);
  session.close();
  process.stdout.write('closed\n');
});
