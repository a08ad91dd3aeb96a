type PostTask = (callback: () => void, options: { priority: 'user-visible' }) => Promise<void>;

const channel = typeof MessageChannel === 'function' ? new MessageChannel() : undefined;
const waiting: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();

/**
 * Lets the page run (input, rendering, its own timers and network callbacks) between slices of Glosa's
 * work. Not scheduler.yield(): its continuations go ahead of the page's own tasks, so a long scan would
 * hold back the page's timers until it ends. A task of ordinary priority takes its turn with the page's.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (typeof scheduler?.postTask === 'function')
    return scheduler.postTask(() => {}, { priority: 'user-visible' });
  if (channel) {
    return new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Work per slice before yielding: well under the 50 ms that makes a long task. */
export const SLICE_MS = 8;
