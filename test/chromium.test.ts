// The switches every browser test and benchmark launches Chromium with (scripts/chromium.mjs):
// Chromium keeps only the last --disable-features switch, so ours must repeat every feature
// playwright-core disables on its own, or passing ours would switch those back on.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, WEBUI_POPUPS } from '../scripts/chromium.mjs';

/** The features the last --disable-features switch of a running browser's command line names. */
async function disabledFeatures(args: readonly string[]): Promise<string[]> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: [...args] });
  try {
    const pid = server.process().pid;
    if (!pid) throw new Error('the browser has no process id');
    const switches = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const last = switches.filter((arg) => arg.startsWith('--disable-features=')).at(-1) ?? '';
    return last.slice('--disable-features='.length).split(',').filter(Boolean);
  } finally {
    await server.close();
  }
}

describe('the Chromium switches', () => {
  it('keep every feature playwright-core disables and add the WebUI popups', async () => {
    const own = await disabledFeatures(CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--disable-features=')));
    expect(own.length).toBeGreaterThan(0);
    const ours = await disabledFeatures(CHROMIUM_ARGS);
    expect(ours).toEqual(expect.arrayContaining([...own, ...WEBUI_POPUPS]));
  });
});
