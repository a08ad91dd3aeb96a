// `npm start`: builds Glosa for Chrome and opens the demo article in Chromium with the extension loaded.
// With a display: a real window, until you close it. Without one (servers, CI, or `-- --headless`):
// headless screenshots in screenshots/ and a summary of the terms Glosa found.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { glossary } from '../../data/glossary';
import { inChromiumGlosa } from '../../tests/e2e/support/glosa-browser';
import { popoverStateIn } from '../../tests/e2e/support/glosa-probes';
import { flattenHighlights, readGlosaHighlights } from '../../tests/e2e/support/highlight-reader';
import { termCenter } from '../../tests/e2e/support/page-probes';
import { launchChromiumWithExtension } from '../harness/launch-chromium';
import { CHROME_BUILD, DEMO_DIR, ROOT } from '../harness/paths';
import { serveFolder } from '../harness/static-server';
import { summarizeHighlightTexts } from '../harness/term-summary';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay || process.env.CI === 'true';

console.log('Building Glosa for Chrome…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const server = await serveFolder(DEMO_DIR);
const articleUrl = server.url('article.html');
const browser = await launchChromiumWithExtension(CHROME_BUILD, {
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
});
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(articleUrl);
await page.waitForFunction(
  () => [...CSS.highlights.keys()].some((name) => name.startsWith('glosa-term')),
  null,
  {
    timeout: 15_000,
  },
);

if (!headless) {
  console.log(
    `\nGlosa is running in Chromium on ${articleUrl}\nClose the browser window (or press Ctrl+C) to stop.`,
  );
  await new Promise<void>((done) => {
    browser.context.on('close', () => done());
    process.on('SIGINT', () => done());
  });
} else {
  // GLOSA_SCREENSHOTS: elsewhere (the suite runs this script and keeps the reader's screenshots/ as is).
  const shots = process.env.GLOSA_SCREENSHOTS ?? resolve(ROOT, 'screenshots');
  mkdirSync(shots, { recursive: true });
  const articleShot = resolve(shots, 'article.png');
  await page.screenshot({ path: articleShot });
  const texts = flattenHighlights(await page.evaluate(readGlosaHighlights, 'glosa-term'));

  // The popover, as a reader sees it after clicking a term.
  const popoverShot = resolve(shots, 'popover.png');
  const term = await page.evaluate(termCenter, 'Sendero Luminoso');
  if (term) {
    await page.mouse.click(term.x, term.y);
    // The popover lives in Glosa's closed shadow root: read from the driver's side, as the tests do.
    const deadline = Date.now() + 10_000;
    while (!(await inChromiumGlosa(page, popoverStateIn, null))?.open) {
      if (Date.now() > deadline) throw new Error('the popover did not open on "Sendero Luminoso"');
      await new Promise((done) => setTimeout(done, 50));
    }
    await page.screenshot({ path: popoverShot });
  }
  // The toolbar popup, searching (opened as a tab: headless browsers show no toolbar).
  const popupShot = resolve(shots, 'popup.png');
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 404, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator('input[type="search"]').fill('fujimory');
  await popup.waitForSelector('[role="option"]');
  await popup.screenshot({ path: popupShot });

  // The notes side panel beside the article (opened as a tab, for the same reason).
  const panelShot = resolve(shots, 'sidepanel.png');
  await page.bringToFront();
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 420, height: 720 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  await panel
    .getByLabel('Note', { exact: true })
    .fill('Humala’s “grand transformation” was softened before the runoff.');
  await panel.getByRole('button', { name: 'Save note', exact: true }).click();
  await panel.waitForSelector('article');
  await panel.screenshot({ path: panelShot });

  const rows = summarizeHighlightTexts(texts, glossary);
  console.log(`\nNo display: ran headless on ${articleUrl}`);
  console.log(`Glosa marked ${texts.length} passages for ${rows.length} glossary entries:\n`);
  const width = Math.max(...rows.map((row) => row.term.length), 4);
  for (const row of rows) {
    console.log(`  ${row.term.padEnd(width)}  ${String(row.count).padStart(3)}  (${row.forms.join(', ')})`);
  }
  console.log(
    `\nScreenshots:\n  ${articleShot}${term ? `\n  ${popoverShot}` : ''}\n  ${popupShot}\n  ${panelShot}`,
  );
}

await browser.close();
await server.close();
