// System Chromium through playwright-core: no browser download, the flags a shared CI box needs.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.ROPA_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
