import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where builds go: `.output`, or GLOSA_OUT_DIR (see wxt.config.ts). */
const OUTPUT_DIR = resolve(ROOT, process.env.GLOSA_OUT_DIR ?? '.output');
export const CHROME_BUILD = resolve(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_BUILD = resolve(OUTPUT_DIR, 'firefox-mv3');
export const DEMO_DIR = resolve(ROOT, 'tooling/demo');
/** Must match browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'glosa@glosa.example';
