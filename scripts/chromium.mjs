// The Chromium every browser test and benchmark launches through playwright-core: Debian's,
// headless, software-rendered, with the same switches.
export const CHROMIUM = '/usr/bin/chromium';

// playwright-core passes a --disable-features list of its own, and Chromium keeps only the last
// such switch: this one repeats playwright-core's (1.65, chromiumSwitches.ts; test/chromium.test.ts
// checks it still does) and adds the address bar's WebUI popups, which headless Chromium
// otherwise preloads in a renderer of its own for every new context: about 2 s of CPU each on
// 2 cores, competing with the page and the servers under test.
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];
export const WEBUI_POPUPS = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...WEBUI_POPUPS].join(',')}`,
];
