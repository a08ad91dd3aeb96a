/**
 * Benchmark builds only (`VITE_GLOSA_BENCH=1 wxt build`, done by `npm run bench`): a User Timing mark
 * the benchmark page reads, since on large pages a finished scan may not change what is painted.
 * Other builds compile it out.
 */
export function markForBench(name: string): void {
  if (import.meta.env.VITE_GLOSA_BENCH === '1') performance.mark(name);
}
