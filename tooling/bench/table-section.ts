/** What a Node bench section that prints one table returns, and how it times a piece of work. */
import { performance } from 'node:perf_hooks';
import type { BudgetCheck } from './matcher';

export interface TableSectionResult {
  rows: string[][];
  checks: BudgetCheck[];
  notes: string[];
}

/** The best time of `runs` runs of `work`, in ms: the least disturbed by a shared machine. */
export function bestOf(runs: number, work: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
