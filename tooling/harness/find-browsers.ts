import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and the usual installers put the browsers; an env variable overrides. */
const CHROMIUM_CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];

function firstExisting(fromEnv: string | undefined, candidates: string[]): string | undefined {
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

export function findChromium(): string | undefined {
  return firstExisting(process.env.GLOSA_CHROMIUM, CHROMIUM_CANDIDATES);
}

export function findFirefox(): string | undefined {
  return firstExisting(process.env.GLOSA_FIREFOX, FIREFOX_CANDIDATES);
}

export const INSTALL_HINT =
  'Install them with `sudo apt-get install -y chromium firefox-esr` (Debian/Ubuntu), or point ' +
  'GLOSA_CHROMIUM / GLOSA_FIREFOX at the browser executables.';

/** Throws a message that says how to get a browser, instead of letting real-browser tests vanish. */
export function requireBrowsers(): { chromium: string; firefox: string } {
  const chromium = findChromium();
  const firefox = findFirefox();
  const missing = [!chromium && 'Chromium (or Chrome)', !firefox && 'Firefox (ESR)'].filter(Boolean);
  if (!chromium || !firefox) {
    throw new Error(
      `Glosa's end-to-end tests need real browsers; not found: ${missing.join(', ')}. ${INSTALL_HINT}`,
    );
  }
  return { chromium, firefox };
}
