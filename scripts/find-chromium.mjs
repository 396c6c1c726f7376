import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The browser the e2e tests use, in order of preference; null when there is none. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'Debian chromium' };
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, source: 'Playwright download' };
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
