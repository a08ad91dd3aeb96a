/** Lets the page run (input, rendering) between slices of Glosa's work. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Work per slice before yielding: well under the 50 ms that makes a long task. */
export const SLICE_MS = 8;
