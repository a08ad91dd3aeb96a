/**
 * What runs inside the benchmark page (main world, before any page script): it notes DOMContentLoaded,
 * collects long tasks, and then either watches Glosa's highlights (the content
 * script paints them from its isolated world; the main world sees the same registry) or, in a page
 * without the extension, runs mark.js or the floor at DOMContentLoaded and times it.
 *
 * Functions here are serialized into the page, so they must be self-contained. Run them through
 * `pageScript`, which also defines the `__name` helper that tsx's esbuild inserts into functions.
 */

export type ProbeMode = 'glosa' | 'markjs' | 'floor' | 'none';

export interface ProbeConfig {
  mode: ProbeMode;
  /** Every glossary form (terms and aliases), for mark.js and the floor. */
  forms: string[];
  /** Characters mark.js's "exactly" accepts as word limiters next to a term (besides whitespace). */
  limiters: string[];
  /** The highlight name Glosa registers its terms under. */
  highlightName: string;
}

export interface ProbeState {
  /** performance.now() at DOMContentLoaded (NaN before). */
  dcl: number;
  /** Each time the registered term highlight changed (a new Highlight or a new size). */
  changes: { at: number; size: number }[];
  /**
   * Each time Glosa's scan queue drained (a User Timing mark of benchmark builds): on large pages only
   * marks near the viewport are painted, so the end of a scan may change nothing that is painted.
   */
  scans: number[];
  /**
   * Each time Glosa had measured every marked block (a User Timing mark of benchmark builds): blocks far
   * from the reader are measured in idle slices after the scan, since only near ones are painted.
   */
  measured: number[];
  /** When Glosa's content script began its work (a User Timing mark of benchmark builds; NaN before). */
  glosaStart: number;
  /** When extension storage answered with the term index (a User Timing mark of benchmark builds). */
  indexRead: number;
  /**
   * Each time Glosa registered a non-empty set of highlights (a User Timing mark of benchmark builds): the
   * moment itself, which the poll above sees only once the page's main thread is free.
   */
  painted: number[];
  /** Each stretch of Glosa's own work (User Timing measures `glosa-work:<name>` of benchmark builds). */
  work: { name: string; start: number; duration: number }[];
  longTasks: { start: number; duration: number }[];
  /** Polls of the highlight registry since DOMContentLoaded (they run only when the page is free). */
  polls: number;
  /** performance.now() when the page's first frame after DOMContentLoaded was over (NaN before). */
  firstFrameEnd: number;
  /** mark.js or the floor: duration of the run at DOMContentLoaded and what it found. */
  run?: { ms: number; matches: number };
}

interface MarkInstance {
  mark(keywords: string[], options: Record<string, unknown>): void;
}

/**
 * The floor: a bare TreeWalker over the page's text nodes and one case-insensitive, whole-word
 * alternation RegExp of every form; no Range is made and nothing is painted. Self-contained: it runs in
 * the page (installed as window.__glosaFloor for the probe, or evaluated in a world of its own).
 */
export function floorPass(forms: string[]): { ms: number; matches: number } {
  const started = performance.now();
  const escaped = [...forms]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let matches = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    pattern.lastIndex = 0;
    while (pattern.exec(text)) matches++;
  }
  return { ms: performance.now() - started, matches };
}

/** Installed with addInitScript: runs at document start in the main world (after floorScript()). */
export function installProbe(config: ProbeConfig): void {
  const POLL_INTERVAL_MS = 2;
  const state: ProbeState = {
    dcl: Number.NaN,
    changes: [],
    scans: [],
    measured: [],
    glosaStart: Number.NaN,
    indexRead: Number.NaN,
    painted: [],
    work: [],
    longTasks: [],
    polls: 0,
    firstFrameEnd: Number.NaN,
  };
  (window as unknown as { __bench: ProbeState }).__bench = state;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'glosa:scan-settled') state.scans.push(entry.startTime);
      if (entry.name === 'glosa:blocks-measured') state.measured.push(entry.startTime);
      if (entry.name === 'glosa:start' && Number.isNaN(state.glosaStart)) state.glosaStart = entry.startTime;
      if (entry.name === 'glosa:index-read' && Number.isNaN(state.indexRead))
        state.indexRead = entry.startTime;
      if (entry.name === 'glosa:painted') state.painted.push(entry.startTime);
    }
  }).observe({ type: 'mark', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name.startsWith('glosa-work:'))
        state.work.push({ name: entry.name.slice(11), start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'measure', buffered: true });
  const runMarkJs = () => {
    const Mark = (window as unknown as { Mark: new (root: Element) => MarkInstance }).Mark;
    const started = performance.now();
    let matches = 0;
    new Mark(document.body).mark(config.forms, {
      separateWordSearch: false,
      accuracy: { value: 'exactly', limiters: config.limiters },
      diacritics: true,
      caseSensitive: false,
      acrossElements: true,
      done: (count: number) => {
        matches = count;
      },
    });
    state.run = { ms: performance.now() - started, matches };
  };

  const runFloor = () => {
    state.run = (window as unknown as { __glosaFloor: typeof floorPass }).__glosaFloor(config.forms);
  };

  // Polled with a short timer, not a frame loop: requesting a frame every frame would make the page
  // run its rendering steps all along (tens of ms per frame on a 2 MB page) and slow Glosa down. Glosa
  // paints in a frame callback; the poll sees it right after that frame, rendering included.
  const watchHighlights = () => {
    let last: unknown;
    let lastSize = -1;
    const poll = () => {
      state.polls++;
      const highlight = CSS.highlights.get(config.highlightName);
      const size = highlight ? highlight.size : -1;
      if (highlight !== last || size !== lastSize) state.changes.push({ at: performance.now(), size });
      last = highlight;
      lastSize = size;
      setTimeout(poll, POLL_INTERVAL_MS);
    };
    poll();
  };

  // The end of the page's first frame after DOMContentLoaded (its first layout and paint, paid with
  // or without Glosa): the end of its rendering, from the Long Animation Frames entry that holds the
  // frame's callback. A task queued in that frame runs later, after any task queued before it (such as
  // a content script's work queued before the frame, which is the extension's cost): it
  // is the fallback where the frame took less than 50 ms and so has no entry.
  const noteFirstFrame = () => {
    let callbackAt = Number.NaN;
    const frames = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const end = entry.startTime + entry.duration;
        if (entry.startTime <= callbackAt && callbackAt <= end) {
          state.firstFrameEnd = end;
          frames.disconnect();
        }
      }
    });
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      // The Long Animation Frames entry, when there is one, comes after this and takes precedence.
      state.firstFrameEnd = performance.now();
      channel.port1.close();
    };
    requestAnimationFrame(() => {
      callbackAt = performance.now();
      channel.port2.postMessage(0);
      if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))
        frames.observe({ type: 'long-animation-frame', buffered: true });
    });
  };

  document.addEventListener(
    'DOMContentLoaded',
    () => {
      state.dcl = performance.now();
      if (config.mode === 'markjs') runMarkJs();
      if (config.mode === 'floor') runFloor();
      if (config.mode === 'glosa' || config.mode === 'none') {
        watchHighlights();
        noteFirstFrame();
      }
    },
    { once: true },
  );
}

/** When Glosa's work was last seen: its last highlight change or the end of its last scan. */
export function lastGlosaActivity(state: ProbeState): number | undefined {
  const lastChange = state.changes[state.changes.length - 1]?.at;
  const lastScan = state.scans[state.scans.length - 1];
  if (lastChange === undefined) return lastScan;
  return lastScan === undefined ? lastChange : Math.max(lastChange, lastScan);
}

/**
 * Runs in the page: scrolls to the end, where an infinite-scroll page adds its next paragraphs. Returns
 * when it began (page clock): Glosa may answer the scroll before the call returns.
 */
export function scrollToEnd(): number {
  const at = performance.now();
  window.scrollTo(0, document.documentElement.scrollHeight);
  return at;
}

/**
 * Runs in the page: scrolls down `pixels` per frame for `frames` frames from the top, as a reader
 * scrolling steadily does, and resolves with the mean time between frames (ms): the main thread's
 * work per frame shows as longer frames.
 */
export function scrollFrames({ frames, pixels }: { frames: number; pixels: number }): Promise<number> {
  window.scrollTo(0, 0);
  return new Promise((resolve) => {
    const times: number[] = [];
    const step = (time: number) => {
      times.push(time);
      if (times.length > frames) {
        resolve(((times.at(-1) ?? 0) - (times[1] ?? 0)) / (frames - 1));
        return;
      }
      window.scrollBy(0, pixels);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/** Runs in the page: appends paragraphs to the first <main> and notes when, for the incremental test. */
export function appendParagraphs(paragraphs: string[]): number {
  const main = document.querySelector('main') ?? document.body;
  const fragment = document.createDocumentFragment();
  for (const html of paragraphs) {
    const paragraph = document.createElement('p');
    paragraph.innerHTML = html;
    fragment.append(paragraph);
  }
  const at = performance.now();
  main.append(fragment);
  return at;
}

/** Runs in the page: asks Glosa (benchmark builds) to read the page again. Returns when (page clock). */
export function requestRescan(): number {
  const at = performance.now();
  window.dispatchEvent(new Event('glosa-bench-rescan'));
  return at;
}

/** Source that makes floorPass window.__glosaFloor, for the probe's floor runs. */
export function floorScript(): string {
  return `((__name) => { window.__glosaFloor = ${floorPass.toString()}; })((f) => f)`;
}

/** Source that calls `fn(arg)` in the page, with the `__name` helper tsx's output may refer to. */
export function pageScript<A>(fn: (arg: A) => unknown, arg: A): string {
  return `((__name) => (${fn.toString()})(${JSON.stringify(arg)}))((f) => f)`;
}

/** Runs in a frame: its longest stretch of Glosa's own work (benchmark builds), or none. */
export function longestGlosaWork(): { name: string; ms: number } {
  let longest = { name: '', ms: 0 };
  for (const entry of performance.getEntriesByType('measure')) {
    if (entry.name.startsWith('glosa-work:') && entry.duration > longest.ms)
      longest = { name: entry.name.slice(11), ms: entry.duration };
  }
  return longest;
}
