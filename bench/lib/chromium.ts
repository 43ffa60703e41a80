// The Chromium every browser benchmark launches: Debian's, headless, software-rendered, with the
// flags the project's browser tests use.
//
// Headless Chromium (the full browser since headless mode became "new headless") preloads the
// address bar's WebUI popups in a renderer of their own for every new window, and every fresh
// context is a new window: on this 2-core machine that invisible page took as much CPU as the page
// under test while it loaded (about 2 s of CPU per context, measured with a trace). The
// features are switched off for every app alike, so a cold load measures the page, not the
// browser's own chrome.
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

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
