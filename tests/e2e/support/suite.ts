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
import {
  buttonCenterIn,
  CLOSED_POPOVER,
  type PopoverState,
  type PrivateBox,
  popoverStateIn,
  privateBoxesIn,
} from './glosa-probes';

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

/** The popover as the reader sees it, read from Glosa's closed shadow root on the driver's side. */
export async function readPopover(page: GlosaPage): Promise<PopoverState> {
  return (await page.inGlosa(popoverStateIn, null)) ?? CLOSED_POPOVER;
}

/** Waits until the popover is open on the entry named `name`. */
export async function waitForPopover(page: GlosaPage, name: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await readPopover(page).catch(() => CLOSED_POPOVER)).name === name) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the popover on "${name}"`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Clicks a button of the popover as the reader does: a real click at its place on screen. */
export async function clickInPopover(page: GlosaPage, label: string): Promise<boolean> {
  const center = await page.inGlosa(buttonCenterIn, label);
  if (!center) return false;
  await page.click(center.x, center.y);
  return true;
}

/** What Glosa paints for the reader only (own-term marks, note passages), read on the driver's side. */
export async function privateBoxes(page: GlosaPage): Promise<PrivateBox[]> {
  return (await page.inGlosa(privateBoxesIn, null)) ?? [];
}

/** Whether some painted box of `style` covers each rectangle (the places of a word on screen). */
export function boxesCover(
  boxes: readonly PrivateBox[],
  rects: readonly { left: number; top: number; width: number; height: number }[],
  style: string,
): boolean {
  return (
    rects.length > 0 &&
    rects.every((rect) =>
      boxes.some(
        (box) =>
          box.style === style &&
          Math.abs(box.left - rect.left) < 2 &&
          Math.abs(box.top - rect.top) < 2 &&
          Math.abs(box.width - rect.width) < 2,
      ),
    )
  );
}
