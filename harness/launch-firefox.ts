import { type Browser, launch } from 'puppeteer-core';
import { findFirefox, INSTALL_HINT } from './find-browsers';
import { GECKO_ID } from './paths';

/** A fixed internal UUID, so tests know the moz-extension:// origin of Glosa's pages. */
export const FIREFOX_EXTENSION_UUID = '6d1f5a0e-3c2b-4f7e-9a41-2f0b8c1d9e57';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionOrigin: string;
  close(): Promise<void>;
}

/** Launches Firefox (WebDriver BiDi) and installs the unpacked extension at `extensionDir` (absolute). */
export async function launchFirefoxWithExtension(
  extensionDir: string,
  options: { headless?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(`Firefox not found. ${INSTALL_HINT}`);
  const browser = await launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    // Needed to open moz-extension:// pages from the test driver.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      // 0 = dark, 1 = light: what pages see as prefers-color-scheme.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    close: () => browser.close(),
  };
}
