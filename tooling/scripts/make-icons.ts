// Renders assets/icon.svg to public/icon/{16,32,48,96,128}.png with headless Chromium (run by hand
// after changing the SVG; the PNGs are committed as source assets).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../harness/launch-chromium';
import { ROOT } from '../harness/paths';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(resolve(ROOT, 'assets/icon.svg'), 'utf8');
const browser = await launchChromium();
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: resolve(ROOT, `public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`icons: ${SIZES.map((size) => `public/icon/${size}.png`).join(', ')}`);
