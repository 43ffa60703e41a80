// The Chromium every browser benchmark launches: the one the browser tests launch, with the same
// switches (scripts/chromium.mjs). Among them, the address bar's WebUI popups are off: headless
// Chromium preloads them in a renderer of their own for every new context, which on a 2-core
// machine took as much CPU as the page under test while it loaded (about 2 s per context, seen in
// a trace). Off for every app alike, so a cold load measures the page, not the browser's chrome.
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { CHROMIUM } from '../../scripts/chromium.mjs';

export { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

/** The browser's own version line, for the results' machine section. */
export function chromiumVersion(browser: Browser): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return `Chromium ${browser.version()}`;
  }
}
