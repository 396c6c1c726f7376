// Makes sure a Chromium is there for the e2e tests: $CHROMIUM_PATH, Debian's
// /usr/bin/chromium, or Playwright's own download. When none is found and apt-get is
// usable (root), installs Debian's chromium; otherwise stops and says how to get one.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`e2e browser: ${found.path} (${found.source})`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (hasApt && isRoot) {
  console.log('No Chromium found: installing Debian\'s chromium with apt-get …');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    console.error('apt-get could not install chromium.');
  }
  const again = findChromium();
  if (again) {
    console.log(`e2e browser: ${again.path} (${again.source})`);
    process.exit(0);
  }
}
console.error(
  [
    'No Chromium for the end-to-end tests was found.',
    'Get one of these, then run the tests again:',
    '  • Debian/Ubuntu: sudo apt-get install chromium',
    '  • any system:    npx playwright install chromium',
    '  • or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);
