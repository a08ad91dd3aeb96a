/**
 * Benchmark builds only (`VITE_GLOSA_BENCH=1 wxt build`, done by `npm run bench`): a User Timing mark
 * the benchmark page reads, since on large pages a finished scan may not change what is painted.
 * Other builds compile it out.
 */
export function markForBench(name: string): void {
  if (import.meta.env.VITE_GLOSA_BENCH === '1') performance.mark(name);
}

/**
 * Benchmark builds only: reads the page again when the benchmark dispatches `glosa-bench-rescan` on
 * the window, to time a scan with the engine warm and the page's nodes already read once.
 */
export function onBenchRescan(rescan: () => void): void {
  if (import.meta.env.VITE_GLOSA_BENCH === '1') window.addEventListener('glosa-bench-rescan', rescan);
}

/**
 * Benchmark builds only: one stretch of Glosa's own work, from `start` to now, as a User Timing measure
 * (`glosa-work:<name>`). Each call site ends a stretch that runs without yielding, so the longest one is
 * the most Glosa adds to any task of the page.
 */
export function measureForBench(name: string, start: number): void {
  if (import.meta.env.VITE_GLOSA_BENCH === '1')
    performance.measure(`glosa-work:${name}`, { start, end: performance.now() });
}
