// `npm run screenshots`: after e2e/screens.e2e.ts has photographed the main screens of the sample
// register into e2e/screenshots/, copies the ones the README shows into docs/screenshots/.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const shown = ['overview', 'activities', 'activity-sample'];
fs.mkdirSync(path.join(root, 'docs', 'screenshots'), { recursive: true });
for (const name of shown) {
  fs.copyFileSync(
    path.join(root, 'e2e', 'screenshots', `${name}.png`),
    path.join(root, 'docs', 'screenshots', `${name}.png`),
  );
}
console.log(`docs/screenshots: ${shown.join(', ')}`);
