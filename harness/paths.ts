import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv3');
export const DEMO_DIR = resolve(ROOT, 'demo');
/** Must match browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'glosa@glosa.example';
