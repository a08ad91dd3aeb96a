/**
 * The real-browser measurements: generated pages from 100 KB to 5 MB of text in headless Chromium, with
 * Glosa loaded (time from DOMContentLoaded to all highlights registered, long tasks, heap, incremental
 * cost), and in a Chromium without the extension mark.js, the floor and the bare page (for attribution).
 * Returns raw figures (every repetition); bench/browser-report.ts turns them into tables and budgets.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD, ROOT } from '../harness/paths';
import { serveFolder } from '../harness/static-server';
import { pageKinds } from './browser-page-kinds';
import { articlePage, extraParagraphs, headlinePage, parseDemoArticle } from './browser-pages';
import {
  floorPass,
  lastGlosaActivity,
  longestGlosaWork,
  type ProbeConfig,
  type ProbeMode,
  type ProbeState,
  pageScript,
} from './browser-probe';
import {
  type BenchBrowser,
  type BenchPage,
  type HeapFigures,
  launchBenchBrowser,
  settleAfter,
} from './browser-session';

type FloorRun = ReturnType<typeof floorPass>;

interface SizeSpec {
  label: string;
  chars: number;
}

const SIZES: SizeSpec[] = [
  { label: '100 KB', chars: 100_000 },
  { label: '500 KB', chars: 500_000 },
  { label: '1 MB', chars: 1_000_000 },
  { label: '2 MB', chars: 2_000_000 },
  { label: '5 MB', chars: 5_000_000 },
];
const QUICK_SIZES = [SIZES[0], SIZES[2], SIZES[3]] as SizeSpec[];
/** The page the budgets are judged on. */
export const BUDGET_SIZE = '2 MB';
const APPENDED_PARAGRAPHS = 50;
/** Steady scrolling: 60 frames of 150 px (about ten screens: the painted band moves twice). */
const SCROLL_FRAMES = 60;
const SCROLL_PIXELS = 150;
/**
 * mark.js makes one pass over the page per form (seconds per 100 KB with every form): it is timed with
 * every n-th form, n growing with the page so each run stays around ten seconds, then scaled.
 */
function sampleStep(chars: number): number {
  return chars <= 1_000_000 ? 30 : chars <= 2_000_000 ? 60 : 150;
}
/**
 * Page loads per size: five on the page the budgets are judged on (its medians decide them, and a
 * single load on this shared machine can be off by a third), three on the others, the 5 MB page once.
 */
function repetitionsFor(size: SizeSpec, quick: boolean): number {
  if (quick || size.chars > 2_000_000) return 1;
  return size.label === BUDGET_SIZE ? 5 : 3;
}
/** Long-task entries are rounded; a frame's task ends within this of the task queued in it. */
const FRAME_END_SLACK_MS = 8;

interface LongTaskFigures {
  count: number;
  longestMs: number;
  totalMs: number;
}

interface GlosaRun {
  /** DOMContentLoaded to the last change of the registered highlight. */
  doneMs: number;
  /** DOMContentLoaded to the first non-empty highlight registered (the top of the page, or what is visible). */
  firstMs: number;
  /** Glosa's content script starting to that first highlight. */
  firstAfterStartMs: number;
  /** DOMContentLoaded to extension storage's answer with the term index (negative: before). */
  indexReadMs: number;
  /** DOMContentLoaded to every marked block measured (idle slices after the scan; NaN: small page). */
  measuredMs: number;
  ranges: number;
  /** DOMContentLoaded to the end of the page's first frame (its first layout and paint), same load. */
  firstFrameMs: number;
  /**
   * Chrome's own page-text capture after the load (for translation) that ran between the page's first
   * frame and done: it runs in the first frame after the load, here the one Glosa's first paint asks for.
   */
  chromeCaptureMs: number;
  /** Long tasks from DOMContentLoaded to done: all, and all but the page's first frame (Glosa's). */
  longTasks: LongTaskFigures;
  glosaLongTasks: LongTaskFigures;
  /** Glosa's longest stretch of its own work without yielding, and which (bench-marks.ts). */
  longestWork: { name: string; ms: number };
}

export interface SizeResult {
  size: SizeSpec;
  textLength: number;
  glosa: GlosaRun[];
  floor: { ms: number; matches: number }[];
  /** The bare page (no extension): its own long tasks after DOMContentLoaded and where they end. */
  bare: { longTasks: LongTaskFigures; firstFrameMs: number }[];
  markSampled: { ms: number; estimateMs: number; forms: number; matches: number };
  markFull?: { ms: number; matches: number };
}

export interface BrowserBenchResult {
  chromium: string;
  forms: number;
  sizes: SizeResult[];
  heap: { size: string; withGlosa: HeapFigures[]; without: HeapFigures[] };
  incremental: { paragraphs: number; onLargePageMs: number[]; aloneMs: number[]; pageSize: string };
  /**
   * Where the time goes on the budget-size page: Glosa's scan read first and again (engine warm, the
   * page's nodes already read once), and the floor after load from the page's world and from an
   * isolated world like a content script's.
   */
  attribution: {
    pageSize: string;
    firstScanMs: number[];
    rescanMs: number[];
    floorPageWorldMs: number[];
    floorIsolatedWorldMs: number[];
  };
  /** Steady scrolling on the budget-size page: mean frame interval (ms), with and without Glosa. */
  scrolling: { pageSize: string; frames: number; pixels: number; withGlosa: number[]; without: number[] };
  contentScript: { bytes: number; gzipBytes: number };
  /** Hard pages of other kinds (browser-page-kinds.ts): Glosa's longest task on each, beside the bare page's. */
  kinds: KindResult[];
}

interface KindResult {
  label: string;
  glosa: {
    glosaLongestMs: number;
    allLongestMs: number;
    firstMs: number;
    doneMs: number;
    /** Glosa's longest stretch of its own work, in the page or any of its frames. */
    longestWork: { name: string; ms: number };
  }[];
  bare: { longestMs: number }[];
}

function loadForms(glossaryJson: string): string[] {
  const entries = JSON.parse(glossaryJson) as { term: string; aliases: string[] }[];
  return [...new Set(entries.flatMap((entry) => [entry.term, ...entry.aliases]))];
}

/** Word limiters for mark.js's "exactly": punctuation a term may touch, as our whole-word matching allows. */
const LIMITERS = [...',.;:!?"\'()[]“”‘’«»—–-/…'];

function config(mode: ProbeMode, forms: string[]): ProbeConfig {
  return { mode, forms, limiters: LIMITERS, highlightName: 'glosa-term' };
}

function longestWork(work: ProbeState['work']): { name: string; ms: number } {
  let longest = { name: '', ms: 0 };
  for (const stretch of work)
    if (stretch.duration > longest.ms) longest = { name: stretch.name, ms: stretch.duration };
  return longest;
}

/** The longest stretch of Glosa's work in the page and each of its frames (each runs its own content script). */
async function longestWorkInFrames(page: BenchPage): Promise<{ name: string; ms: number }> {
  let longest = { name: '', ms: 0 };
  for (const frame of page.page.frames()) {
    const found = await frame.evaluate(pageScript(longestGlosaWork, undefined)).catch(() => undefined);
    const stretch = found as { name: string; ms: number } | undefined;
    if (stretch && stretch.ms > longest.ms)
      longest = frame === page.page.mainFrame() ? stretch : { ...stretch, name: `${stretch.name} (a frame)` };
  }
  return longest;
}

/** The long task that was the page's first frame: it ends just before the task queued in that frame runs. */
function firstFrameTask(state: ProbeState): ProbeState['longTasks'][number] | undefined {
  return state.longTasks.find(
    (task) => Math.abs(task.start + task.duration - state.firstFrameEnd) <= FRAME_END_SLACK_MS,
  );
}

function longTasksBetween(
  state: ProbeState,
  from: number,
  to: number,
  except?: ProbeState['longTasks'][number],
): LongTaskFigures {
  const tasks = state.longTasks.filter((task) => task.start >= from && task.start < to && task !== except);
  return {
    count: tasks.length,
    longestMs: Math.max(0, ...tasks.map((task) => task.duration)),
    totalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
  };
}

/**
 * Builds the extension into the folder harness/paths.ts resolves (GLOSA_OUT_DIR), unless told not to,
 * with the User Timing mark at the end of each scan (entrypoints/content/bench-marks.ts).
 */
export function buildExtension(): void {
  if (process.env.GLOSA_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, VITE_GLOSA_BENCH: '1' },
  });
}

/**
 * The content script as it ships (no benchmark marks), built into a temporary folder: the size budget is
 * for the script every page loads, not for the benchmark build's instrumented one.
 */
async function shippedContentScript(): Promise<Buffer> {
  const folder = await mkdtemp(join(tmpdir(), 'glosa-shipped-'));
  try {
    const { VITE_GLOSA_BENCH: _benchmarkOnly, ...shipped } = process.env;
    const env = { ...shipped, GLOSA_OUT_DIR: folder };
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe', env });
    return await readFile(join(folder, 'chrome-mv3/content-scripts/content.js'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** One page load each: Glosa's first and second read, the floor in the page's world and in an isolated one. */
async function measureAttribution(
  glosa: BenchBrowser,
  plain: BenchBrowser,
  url: string,
  forms: string[],
  into: BrowserBenchResult['attribution'],
): Promise<void> {
  const page = await glosa.open(url, config('glosa', []));
  const first = await page.settle();
  into.firstScanMs.push((first.scans[0] ?? Number.NaN) - first.glosaStart);
  const at = await page.rescan();
  const again = await settleAfter(page, at);
  into.rescanMs.push((again.scans[again.scans.length - 1] ?? Number.NaN) - at);
  await page.close();
  const pageWorld = await plain.open(url, config('none', []));
  await pageWorld.settle();
  into.floorPageWorldMs.push(((await pageWorld.page.evaluate(pageScript(floorPass, forms))) as FloorRun).ms);
  await pageWorld.close();
  const isolated = await plain.open(url, config('none', []));
  await isolated.settle();
  into.floorIsolatedWorldMs.push(
    (await isolated.evaluateInIsolatedWorld<FloorRun>(pageScript(floorPass, forms))).ms,
  );
  await isolated.close();
}

export async function runBrowserBench(options: {
  quick: boolean;
  log: (line: string) => void;
}): Promise<BrowserBenchResult> {
  const { quick, log } = options;
  const sizes = quick ? QUICK_SIZES : SIZES;
  const demo = parseDemoArticle(await readFile(resolve(ROOT, 'tooling/demo/article.html'), 'utf8'));
  const forms = loadForms(await readFile(resolve(ROOT, 'data/glossary.json'), 'utf8'));
  const markJs = await readFile(resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const script = await shippedContentScript();

  // Pages are generated per run into a temporary folder: nothing large is committed.
  const folder = await mkdtemp(join(tmpdir(), 'glosa-bench-pages-'));
  const server = await serveFolder(folder);
  const glosa = await launchBenchBrowser(CHROME_BUILD);
  const plain = await launchBenchBrowser(undefined);
  try {
    await writeFile(join(folder, 'headline.html'), headlinePage(demo));
    const results: SizeResult[] = [];
    const heap: BrowserBenchResult['heap'] = { size: BUDGET_SIZE, withGlosa: [], without: [] };
    let incremental: BrowserBenchResult['incremental'] = {
      paragraphs: APPENDED_PARAGRAPHS,
      onLargePageMs: [],
      aloneMs: [],
      pageSize: BUDGET_SIZE,
    };
    const scrolling: BrowserBenchResult['scrolling'] = {
      pageSize: BUDGET_SIZE,
      frames: SCROLL_FRAMES,
      pixels: SCROLL_PIXELS,
      withGlosa: [],
      without: [],
    };
    const attribution: BrowserBenchResult['attribution'] = {
      pageSize: BUDGET_SIZE,
      firstScanMs: [],
      rescanMs: [],
      floorPageWorldMs: [],
      floorIsolatedWorldMs: [],
    };
    const paragraphs = extraParagraphs(demo, APPENDED_PARAGRAPHS);
    for (const size of sizes) {
      const generated = articlePage(demo, size.chars);
      const file = `page-${size.chars}.html`;
      await writeFile(join(folder, file), generated.html);
      const url = server.url(file);
      const result: SizeResult = {
        size,
        textLength: 0,
        glosa: [],
        floor: [],
        bare: [],
        markSampled: { ms: 0, estimateMs: 0, forms: 0, matches: 0 },
      };
      const repetitions = repetitionsFor(size, quick);
      const sampledForms = forms.filter((_, index) => index % sampleStep(size.chars) === 0);
      const isBudgetSize = size.label === BUDGET_SIZE;
      // Runs alternate between the two browsers so that drift on a busy machine spreads over all of them.
      for (let rep = 0; rep < repetitions; rep++) {
        const bare = await plain.open(url, config('none', []));
        const bareState = await bare.settle();
        result.bare.push({
          longTasks: longTasksBetween(bareState, bareState.dcl, Number.POSITIVE_INFINITY),
          firstFrameMs: bareState.firstFrameEnd - bareState.dcl,
        });
        if (isBudgetSize) {
          heap.without.push(await bare.heap());
          scrolling.without.push(await bare.scrollFrames(SCROLL_FRAMES, SCROLL_PIXELS));
        }
        await bare.close();

        const page = await glosa.open(url, config('glosa', []), { traceChromeCapture: true });
        const state = await page.settle();
        // Counted once the page settled: a 2 MB page's text is ~6 ms to join, which at DOMContentLoaded
        // would sit in the measured time before Glosa's start (the floor's timing leaves it out).
        result.textLength = (await page.page.evaluate('document.body.textContent.length')) as number;
        const last = state.changes[state.changes.length - 1];
        const first = state.changes.find((change) => change.size > 0);
        const doneAt = lastGlosaActivity(state) ?? state.dcl;
        const captures = await page.chromeCaptures(state);
        result.glosa.push({
          doneMs: doneAt - state.dcl,
          firstMs: (state.painted[0] ?? first?.at ?? state.dcl) - state.dcl,
          firstAfterStartMs: (state.painted[0] ?? first?.at ?? Number.NaN) - state.glosaStart,
          indexReadMs: state.indexRead - state.dcl,
          measuredMs: (state.measured[state.measured.length - 1] ?? Number.NaN) - state.dcl,
          ranges: last?.size ?? 0,
          firstFrameMs: state.firstFrameEnd - state.dcl,
          chromeCaptureMs: captures
            .filter((task) => task.start >= state.firstFrameEnd && task.start < doneAt)
            .reduce((sum, task) => sum + task.duration, 0),
          longTasks: longTasksBetween(state, state.dcl, doneAt),
          // Tasks that began before Glosa's content script did are the page's own (its first layout).
          glosaLongTasks: longTasksBetween(
            state,
            Number.isNaN(state.glosaStart) ? state.dcl : Math.max(state.dcl, state.glosaStart),
            doneAt,
            firstFrameTask(state),
          ),
          longestWork: longestWork(state.work),
        });
        if (isBudgetSize) {
          heap.withGlosa.push(await page.heap());
          scrolling.withGlosa.push(await page.scrollFrames(SCROLL_FRAMES, SCROLL_PIXELS));
          // New paragraphs arrive where the reader is: at the end (infinite scroll), so they are painted.
          await settleAfter(page, await page.scrollToEnd());
          const at = await page.append(paragraphs);
          const after = await settleAfter(page, at);
          incremental.onLargePageMs.push((lastGlosaActivity(after) ?? at) - at);
        }
        await page.close();

        const floor = await plain.open(url, config('floor', forms));
        const floorRun = (await floor.settle()).run;
        if (floorRun) result.floor.push(floorRun);
        await floor.close();
        if (isBudgetSize) await measureAttribution(glosa, plain, url, forms, attribution);
      }
      const sampled = await plain.open(url, config('markjs', sampledForms), { extraInitScripts: [markJs] });
      const sampledRun = (await sampled.settle()).run ?? { ms: Number.NaN, matches: 0 };
      await sampled.close();
      result.markSampled = {
        ms: sampledRun.ms,
        estimateMs: (sampledRun.ms * forms.length) / sampledForms.length,
        forms: sampledForms.length,
        matches: sampledRun.matches,
      };
      // With every form, mark.js takes seconds per 100 KB: run in full on the smallest page only.
      if (size === sizes[0] && !quick) {
        const full = await plain.open(url, config('markjs', forms), { extraInitScripts: [markJs] });
        result.markFull = (await full.settle()).run;
        await full.close();
      }
      if (isBudgetSize) {
        const alone = await incrementalAlone(glosa, server.url('headline.html'), paragraphs, repetitions);
        incremental = { ...incremental, aloneMs: alone };
      }
      results.push(result);
      log(`  ${size.label}: done (${result.glosa.map((run) => run.doneMs.toFixed(0)).join(', ')} ms)`);
    }
    const kinds: KindResult[] = [];
    for (const kind of pageKinds(demo)) {
      for (const [name, html] of Object.entries(kind.files)) await writeFile(join(folder, name), html);
      const result: KindResult = { label: kind.label, glosa: [], bare: [] };
      for (let rep = 0; rep < (quick ? 1 : 3); rep++) {
        const bare = await plain.open(server.url(kind.file), config('none', []));
        const bareState = await bare.settle();
        result.bare.push({
          longestMs: longTasksBetween(bareState, bareState.dcl, Number.POSITIVE_INFINITY).longestMs,
        });
        await bare.close();
        const page = await glosa.open(server.url(kind.file), config('glosa', []));
        const state = await page.settle();
        const doneAt = lastGlosaActivity(state) ?? state.dcl;
        const from = Number.isNaN(state.glosaStart) ? state.dcl : Math.max(state.dcl, state.glosaStart);
        result.glosa.push({
          glosaLongestMs: longTasksBetween(state, from, doneAt, firstFrameTask(state)).longestMs,
          allLongestMs: longTasksBetween(state, state.dcl, doneAt).longestMs,
          firstMs: (state.painted[0] ?? Number.NaN) - state.dcl,
          doneMs: doneAt - state.dcl,
          longestWork: await longestWorkInFrames(page),
        });
        await page.close();
      }
      kinds.push(result);
      log(`  ${kind.label}: done`);
    }
    return {
      chromium: plain.version(),
      forms: forms.length,
      sizes: results,
      heap,
      incremental,
      attribution,
      scrolling,
      contentScript: { bytes: script.length, gzipBytes: gzipSync(script, { level: 9 }).length },
      kinds,
    };
  } finally {
    await glosa.close();
    await plain.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** The same paragraphs appended to a page holding only a headline, once Glosa is done with it. */
async function incrementalAlone(
  browser: BenchBrowser,
  url: string,
  paragraphs: string[],
  repetitions: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let rep = 0; rep < repetitions; rep++) {
    const page = await browser.open(url, config('glosa', []));
    await page.settle();
    const at = await page.append(paragraphs);
    const after = await settleAfter(page, at);
    times.push((lastGlosaActivity(after) ?? at) - at);
    await page.close();
  }
  return times;
}
