import { type Browser, launch } from 'puppeteer-core';
import { findFirefox, INSTALL_HINT } from './find-browsers';
import { GECKO_ID } from './paths';

/** A fixed internal UUID, so tests know the moz-extension:// origin of Glosa's pages. */
const FIREFOX_EXTENSION_UUID = '6d1f5a0e-3c2b-4f7e-9a41-2f0b8c1d9e57';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionOrigin: string;
  close(): Promise<void>;
}

/** Manual proxy for every scheme; loopback stays direct (Firefox never proxies it by default). */
function proxyPrefs(proxy: string): Record<string, string | number | boolean> {
  const [host = '127.0.0.1', port = '0'] = proxy.split(':');
  const prefs: Record<string, string | number | boolean> = { 'network.proxy.type': 1 };
  for (const scheme of ['http', 'ssl']) {
    prefs[`network.proxy.${scheme}`] = host;
    prefs[`network.proxy.${scheme}_port`] = Number(port);
  }
  return prefs;
}

/** Launches Firefox (WebDriver BiDi) and installs the unpacked extension at `extensionDir` (absolute). */
export async function launchFirefoxWithExtension(
  extensionDir: string,
  options: {
    headless?: boolean;
    colorScheme?: 'light' | 'dark';
    /** Reuse a profile (to test that data survives a restart); a fresh temporary one otherwise. */
    profileDir?: string;
    /** Send every request that is not to the loopback address through this HTTP proxy (host:port). */
    proxy?: string;
  } = {},
): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(`Firefox not found. ${INSTALL_HINT}`);
  const browser = await launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    // Needed to open moz-extension:// pages from the test driver.
    args: ['--remote-allow-system-access'],
    ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      // 0 = dark, 1 = light: what pages see as prefers-color-scheme.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      // The test add-on is temporary: it is uninstalled when Firefox closes and installed again on the
      // next launch. Keeping its storage and origin across that is what a restart test needs.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      ...(options.proxy ? proxyPrefs(options.proxy) : {}),
    },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    close: () => browser.close(),
  };
}
