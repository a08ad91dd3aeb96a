import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type StaticServer, serveFolder } from '../../tooling/harness/static-server';
import { TEST_PAGES } from './support/fixtures';
import { type GlosaBrowser, type GlosaPage, launchGlosa } from './support/glosa-browser';
import { termCenter } from './support/page-probes';
import { waitForMarked } from './support/suite';

/** Runs in an extension context. Returns at once: the context goes away with the reload. */
function reloadExtension(): void {
  const scope = globalThis as unknown as {
    browser?: typeof scope.chrome;
    chrome: { runtime: { reload(): void } };
  };
  setTimeout(() => (scope.browser ?? scope.chrome).runtime.reload(), 50);
}

function glosaState(): { ranges: number; hosts: number } {
  let ranges = 0;
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('glosa-term')) ranges += highlight.size;
  });
  return { ranges, hosts: document.querySelectorAll('glosa-popover').length };
}

async function openPageWithPopover(browser: GlosaBrowser, server: StaticServer): Promise<GlosaPage> {
  const page = await browser.newPage();
  await page.goto(server.url('static-article.html'));
  await waitForMarked(page, 'Evo Morales');
  const term = await page.evaluate(termCenter, 'Evo Morales');
  if (!term) throw new Error('term not found');
  await page.click(term.x, term.y);
  await page.waitFor(() => document.querySelector('glosa-popover') !== null, null);
  return page;
}

/*
 * Each browser can show one half of an update here. Chromium keeps old content scripts running as
 * orphans, which must notice and clean up; but a command-line-loaded extension does not come back
 * after reload() in headless Chromium. Firefox ends the old scripts outright (none of their code runs
 * again, so what they painted stays until the page reloads) and brings the new version back.
 */
describe('chromium: extension reloaded with a page open', () => {
  let browser: GlosaBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveFolder(TEST_PAGES);
    browser = await launchGlosa('chromium');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the orphaned content script clears its highlights and removes its popover', async () => {
    const page = await openPageWithPopover(browser, server);
    expect(await page.evaluate(glosaState, null)).toMatchObject({ hosts: 1 });
    await browser.evaluateInExtension(reloadExtension, null);
    await page.waitFor(
      () => {
        let ranges = 0;
        CSS.highlights.forEach((highlight) => {
          ranges += highlight.size;
        });
        return ranges === 0 && document.querySelector('glosa-popover') === null;
      },
      null,
      10_000,
    );
    expect(await page.evaluate(glosaState, null)).toEqual({ ranges: 0, hosts: 0 });
  });
});

describe('firefox: extension reloaded with a page open', () => {
  let browser: GlosaBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveFolder(TEST_PAGES);
    browser = await launchGlosa('firefox');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the new version marks pages at once, with one popover host and one set of marks', async () => {
    const before = await openPageWithPopover(browser, server);
    const marked = (await before.evaluate(glosaState, null)).ranges;
    await browser.evaluateInExtension(reloadExtension, null);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const page = await openPageWithPopover(browser, server);
    const state = await page.evaluate(glosaState, null);
    expect(state).toEqual({ ranges: marked, hosts: 1 });
  });
});
