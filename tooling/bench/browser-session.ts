/**
 * One Chromium for the benchmark, with Glosa loaded or without any extension, and the ways it loads a
 * benchmark page: probe installed before the page's first script, then waiting until the measured
 * work is over (Glosa's highlights stop changing, or mark.js / the floor has run).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium, launchChromiumWithExtension } from '../harness/launch-chromium';
import {
  appendParagraphs,
  floorScript,
  installProbe,
  lastGlosaActivity,
  type ProbeConfig,
  type ProbeState,
  pageScript,
  requestRescan,
  scrollFrames,
  scrollToEnd,
} from './browser-probe';

/** Glosa is done when its highlights have not changed for this long. */
const QUIET_MS = 1_000;
const TIMEOUT_MS = 120_000;
const POLL_MS = 50;
const MIN_BARE_POLLS = 100;
const VIEWPORT = { width: 1280, height: 900 };

export interface HeapFigures {
  /** V8 heap of the page's isolate: the main world and every isolated world (content scripts). */
  jsBytes: number;
  /** Blink's garbage-collected C++ heap (Oilpan: DOM nodes, Ranges, Highlights). */
  embedderBytes: number;
}

/**
 * Chrome's own pass over the page's text once the page has loaded
 * (ChromeRenderFrameObserver::CapturePageText, for translation and page classification): it runs in
 * the first frame after the load, whoever asks for that frame. Traced to tell it apart from Glosa's work.
 */
const CHROME_CAPTURE_EVENT = 'ChromeRenderFrameObserver::CapturePageText';
/** Light trace categories: Chrome's capture above and User Timing marks (to align the trace's clock). */
const CAPTURE_TRACE_CATEGORIES = 'renderer,blink.user_timing';

interface BrowserTask {
  /** Page clock (performance.now() of the page). */
  start: number;
  duration: number;
}

interface OpenOptions {
  extraInitScripts?: string[];
  /** Trace Chrome's own page-text capture (see chromeCaptures()); needs Glosa's 'glosa:start' mark. */
  traceChromeCapture?: boolean;
}

export interface BenchBrowser {
  readonly withGlosa: boolean;
  version(): string;
  open(url: string, config: ProbeConfig, options?: OpenOptions): Promise<BenchPage>;
  close(): Promise<void>;
}

export interface BenchPage {
  page: Page;
  /** Resolves with the probe's state once the measured work is over. */
  settle(): Promise<ProbeState>;
  heap(): Promise<HeapFigures>;
  /** Appends paragraphs; resolves with when (page clock), for the incremental test. */
  append(paragraphs: string[]): Promise<number>;
  /** Scrolls to the end of the page; resolves with when (page clock). */
  scrollToEnd(): Promise<number>;
  /** Scrolls steadily down from the top; resolves with the mean frame interval (ms). */
  scrollFrames(frames: number, pixels: number): Promise<number>;
  /** Asks Glosa (benchmark builds) to read the page again; resolves with when (page clock). */
  rescan(): Promise<number>;
  /**
   * Chrome's page-text captures in this load, on the page's clock (aligned by Glosa's 'glosa:start'
   * mark, whose time `state` holds); none unless the page was opened with traceChromeCapture.
   */
  chromeCaptures(state: ProbeState): Promise<BrowserTask[]>;
  /** Evaluates `source` in a new isolated world of the page (as a content script's is) and returns its value. */
  evaluateInIsolatedWorld<T>(source: string): Promise<T>;
  close(): Promise<void>;
}

export async function launchBenchBrowser(extensionDir: string | undefined): Promise<BenchBrowser> {
  if (extensionDir) {
    const launched = await launchChromiumWithExtension(extensionDir, { viewport: VIEWPORT });
    const browserVersion = launched.context.browser()?.version();
    return wrap(launched.context, true, () => launched.close(), browserVersion);
  }
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: VIEWPORT });
  return wrap(context, false, () => browser.close(), browser.version());
}

function wrap(
  context: BrowserContext,
  withGlosa: boolean,
  close: () => Promise<void>,
  browserVersion: string | undefined,
): BenchBrowser {
  return {
    withGlosa,
    version: () => browserVersion ?? 'unknown',
    async open(url, config, { extraInitScripts = [], traceChromeCapture = false } = {}) {
      const page = await context.newPage();
      for (const content of extraInitScripts) await page.addInitScript({ content });
      await page.addInitScript({ content: floorScript() });
      await page.addInitScript({ content: pageScript(installProbe, config) });
      const trace = traceChromeCapture ? await startCaptureTrace(context, page) : undefined;
      await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
      return benchPage(context, page, config, trace);
    },
    close,
  };
}

interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  ph: string;
}

interface CaptureTrace {
  session: CDPSession;
  events: TraceEvent[];
}

async function startCaptureTrace(context: BrowserContext, page: Page): Promise<CaptureTrace> {
  const session = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { categories: CAPTURE_TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  return { session, events };
}

async function endCaptureTrace(trace: CaptureTrace, state: ProbeState): Promise<BrowserTask[]> {
  const complete = new Promise((resolve) => trace.session.once('Tracing.tracingComplete', resolve));
  await trace.session.send('Tracing.end');
  await complete;
  await trace.session.detach();
  const start = trace.events.find((event) => event.name === 'glosa:start');
  if (!start || Number.isNaN(state.glosaStart)) return [];
  // Trace timestamps are µs on the trace clock; the mark gives the page clock's offset.
  const offsetMs = start.ts / 1000 - state.glosaStart;
  return trace.events
    .filter((event) => event.name === CHROME_CAPTURE_EVENT && event.ph === 'X')
    .map((event) => ({ start: event.ts / 1000 - offsetMs, duration: (event.dur ?? 0) / 1000 }));
}

function benchPage(
  context: BrowserContext,
  page: Page,
  config: ProbeConfig,
  trace: CaptureTrace | undefined,
): BenchPage {
  return {
    page,
    chromeCaptures: async (state) => (trace ? endCaptureTrace(trace, state) : []),
    async settle() {
      const started = Date.now();
      for (;;) {
        const [state, now] = (await page.evaluate('[window.__bench, performance.now()]')) as [
          ProbeState,
          number,
        ];
        if (isSettled(config, state, now)) return state;
        if (Date.now() - started > TIMEOUT_MS)
          throw new Error(`page did not settle in ${TIMEOUT_MS} ms: ${page.url()}`);
        await page.waitForTimeout(POLL_MS);
      }
    },
    async heap() {
      const session = await context.newCDPSession(page);
      await session.send('HeapProfiler.collectGarbage');
      const usage = await session.send('Runtime.getHeapUsage');
      await session.detach();
      return { jsBytes: usage.usedSize, embedderBytes: usage.embedderHeapUsedSize };
    },
    append: (paragraphs) => page.evaluate(pageScript(appendParagraphs, paragraphs)) as Promise<number>,
    scrollToEnd: () => page.evaluate(pageScript(scrollToEnd, undefined)) as Promise<number>,
    scrollFrames: (frames, pixels) =>
      page.evaluate(pageScript(scrollFrames, { frames, pixels })) as Promise<number>,
    rescan: () => page.evaluate(pageScript(requestRescan, undefined)) as Promise<number>,
    async evaluateInIsolatedWorld<T>(source: string) {
      const session = await context.newCDPSession(page);
      const { frameTree } = await session.send('Page.getFrameTree');
      const { executionContextId } = await session.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'glosa-bench',
      });
      const { result } = await session.send('Runtime.evaluate', {
        expression: source,
        contextId: executionContextId,
        returnByValue: true,
      });
      await session.detach();
      return result.value as T;
    },
    close: () => page.close(),
  };
}

function isSettled(config: ProbeConfig, state: ProbeState, now: number): boolean {
  if (Number.isNaN(state.dcl)) return false;
  if (config.mode === 'markjs' || config.mode === 'floor') return state.run !== undefined;
  // The bare page: once it is free again for a while, its own long tasks (first layout) are reported.
  if (config.mode === 'none')
    return now - state.dcl > QUIET_MS && state.polls >= MIN_BARE_POLLS && !Number.isNaN(state.firstFrameEnd);
  const last = state.changes[state.changes.length - 1];
  const activity = lastGlosaActivity(state);
  return (
    last !== undefined &&
    last.size > 0 &&
    state.scans.length > 0 &&
    activity !== undefined &&
    now - activity > QUIET_MS
  );
}

/** Waits until Glosa read or painted something after `since` and then stayed quiet for QUIET_MS. */
export async function settleAfter(bench: BenchPage, since: number): Promise<ProbeState> {
  const started = Date.now();
  for (;;) {
    const [state, now] = (await bench.page.evaluate('[window.__bench, performance.now()]')) as [
      ProbeState,
      number,
    ];
    const activity = lastGlosaActivity(state);
    if (activity !== undefined && activity > since && now - activity > QUIET_MS) return state;
    if (Date.now() - started > TIMEOUT_MS) throw new Error('highlights did not settle after appending');
    await bench.page.waitForTimeout(POLL_MS);
  }
}
