import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RecordingProxy, startRecordingProxy } from '../../tooling/harness/recording-proxy';
import { type StaticServer, serveFolder } from '../../tooling/harness/static-server';
import { clickButton, popupState } from './support/extension-page-probes';
import { TEST_PAGES } from './support/fixtures';
import { BROWSERS, type GlosaBrowser, launchGlosa } from './support/glosa-browser';
import { termCenter } from './support/page-probes';
import { clickInPopover, waitForPopover } from './support/suite';

/**
 * The browsers' own background services (sign-in, remote settings, updates) talk to their vendors'
 * domains whether or not an extension is installed; Glosa has no reason to reach any of them.
 */
const BROWSER_VENDOR_DOMAINS =
  /(^|\.)(google\.com|googleapis\.com|gvt1\.com|mozilla\.(com|net|org)|firefox\.com):\d+$/;

function notTheBrowsersOwn(request: string): boolean {
  const target = request.startsWith('CONNECT ')
    ? request.slice('CONNECT '.length)
    : new URL(request.split(' ')[1] ?? '').host;
  return !BROWSER_VENDOR_DOMAINS.test(target.includes(':') ? target : `${target}:80`);
}

/**
 * Glosa makes no network requests. The browser sends everything but loopback (our test server)
 * through a proxy that records and refuses it; after a whole reading session, it must have seen nothing.
 */
describe.each(BROWSERS)('%s: nothing leaves the machine', (browserName) => {
  let browser: GlosaBrowser;
  let server: StaticServer;
  let proxy: RecordingProxy;

  beforeAll(async () => {
    server = await serveFolder(TEST_PAGES);
    proxy = await startRecordingProxy();
    browser = await launchGlosa(browserName, { proxy: proxy.address });
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.close();
  });

  test('the proxy sees a request to the outside world (so silence below means something)', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('basic.html'));
    await page.evaluate(() => fetch('http://glosa-privacy-check.invalid/probe').catch(() => null), null);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(proxy.recorded.some((request) => request.includes('glosa-privacy-check.invalid'))).toBe(true);
    proxy.recorded.length = 0;
    await page.close();
  });

  test('reading, popovers, related entries, popup search and settings send nothing anywhere', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('static-article.html'));
    await page.waitFor(() => CSS.highlights.has('glosa-term'), null);
    const term = await page.evaluate(termCenter, 'Gana Perú');
    if (!term) throw new Error('term not on screen');
    await page.mouseMove(term.x, term.y);
    await waitForPopover(page, 'Gana Perú');
    await clickInPopover(page, 'More');
    await clickInPopover(page, 'Ollanta Humala');
    await page.press('Escape');

    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitFor(() => document.activeElement?.getAttribute('type') === 'search', null);
    await popup.type('socialismo');
    await popup.waitFor(() => document.querySelector('[role="option"]') !== null, null);
    await popup.press('Enter');
    // The entry comes from the background, which builds the reader's glossary.
    await popup.waitFor(() => document.querySelector('h2') !== null, null);
    expect((await popup.evaluate(popupState, null)).heading).toBeTruthy();
    await popup.evaluate(clickButton, 'Back to results');

    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('fieldset') !== null, null);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(proxy.recorded.filter(notTheBrowsersOwn)).toEqual([]);
    await options.close();
    await popup.close();
    await page.close();
  });
});
