/** Per-size figures derived from the repeated runs, shared by the tables, the document and the chart. */
import type { SizeResult } from './browser-bench';
import { median, spread } from './browser-stats';

export interface SizeSummary {
  label: string;
  megabytes: number;
  textLength: number;
  glosaMs: number;
  /**
   * Glosa's time past the page's first frame after DOMContentLoaded (its first layout, paid anyway),
   * less Chrome's own page-text capture in that time (see GlosaRun.chromeCaptureMs).
   */
  glosaOwnMs: number;
  /** That capture (median; 0 where it ran before Glosa's window). */
  chromeCaptureMs: number;
  firstFrameMs: number;
  /** The same page without the extension: DOMContentLoaded to the end of its first frame (median). */
  bareFirstFrameMs: number;
  glosaSpread: number;
  firstMs: number;
  firstAfterStartMs: number;
  /**
   * Loads whose first marks were registered before the page's own first frame ended (so the reader saw
   * the page and its first marks at once), of `loads`.
   */
  firstInPageFrame: number;
  loads: number;
  /** DOMContentLoaded to storage's answer with the term index (median; negative: before). */
  indexReadMs: number;
  /** Every marked block measured (idle slices after the scan); NaN where all marks are painted. */
  measuredMs: number;
  ranges: number;
  floorMs: number;
  floorMatches: number;
  /** mark.js with every form: measured in full where it was, else estimated from the sampled forms. */
  markMs: number;
  markMeasured: boolean;
}

export function summarizeSize(result: SizeResult): SizeSummary {
  const megabytes = result.textLength / 1e6;
  const glosaMs = median(result.glosa.map((run) => run.doneMs));
  return {
    label: result.size.label,
    megabytes,
    textLength: result.textLength,
    glosaMs,
    glosaOwnMs: median(result.glosa.map((run) => run.doneMs - run.firstFrameMs - run.chromeCaptureMs)),
    chromeCaptureMs: median(result.glosa.map((run) => run.chromeCaptureMs)),
    firstFrameMs: median(result.glosa.map((run) => run.firstFrameMs)),
    bareFirstFrameMs: median(result.bare.map((run) => run.firstFrameMs)),
    glosaSpread: spread(result.glosa.map((run) => run.doneMs)),
    firstMs: median(result.glosa.map((run) => run.firstMs)),
    firstAfterStartMs: median(result.glosa.map((run) => run.firstAfterStartMs)),
    firstInPageFrame: result.glosa.filter((run) => run.firstMs <= run.firstFrameMs).length,
    loads: result.glosa.length,
    indexReadMs: median(result.glosa.map((run) => run.indexReadMs)),
    measuredMs: median(result.glosa.map((run) => run.measuredMs).filter(Number.isFinite)),
    ranges: median(result.glosa.map((run) => run.ranges)),
    floorMs: median(result.floor.map((run) => run.ms)),
    floorMatches: result.floor[0]?.matches ?? 0,
    markMs: result.markFull?.ms ?? result.markSampled.estimateMs,
    markMeasured: result.markFull !== undefined,
  };
}
