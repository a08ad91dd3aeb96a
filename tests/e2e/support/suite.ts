import { afterAll, beforeAll } from 'vitest';
import { type StaticServer, serveFolder } from '../../../tooling/harness/static-server';
import { TEST_PAGES } from './fixtures';
import {
  type BrowserName,
  type GlosaBrowser,
  type GlosaPage,
  type LaunchOptions,
  launchGlosa,
} from './glosa-browser';

export interface GlosaSuite {
  browser: GlosaBrowser;
  server: StaticServer;
}

/**
 * One browser with Glosa and the test-page server for the tests of a describe block: started before
 * them, closed after. Read the fields inside tests (they are set in beforeAll).
 */
export function useGlosa(browserName: BrowserName, options: LaunchOptions = {}): GlosaSuite {
  const suite = {} as GlosaSuite;
  beforeAll(async () => {
    suite.server = await serveFolder(TEST_PAGES);
    suite.browser = await launchGlosa(browserName, options);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/** Waits until a Glosa highlight covers exactly `text` (written without Array methods: hostile pages break them). */
export async function waitForMarked(page: GlosaPage, text: string, timeoutMs = 15_000): Promise<void> {
  await page.waitFor(
    (wanted) => {
      let found = false;
      CSS.highlights.forEach((highlight, name) => {
        if (name.indexOf('glosa-') !== 0) return;
        highlight.forEach((range) => {
          if ((range as Range).toString() === wanted) found = true;
        });
      });
      return found;
    },
    text,
    timeoutMs,
  );
}
