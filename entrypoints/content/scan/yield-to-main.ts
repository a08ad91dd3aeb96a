type PostTask = (callback: () => void, options: { priority: 'user-visible' }) => Promise<void>;
interface Scheduler {
  yield?: () => Promise<void>;
  postTask?: PostTask;
}

/** Page tasks wait at most about this long for a turn while Glosa reads a page. */
const TURN_FOR_PAGE_TASKS_MS = 100;

const channel = typeof MessageChannel === 'function' ? new MessageChannel() : undefined;
const waiting: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();
let lastTurnForPage = Number.NEGATIVE_INFINITY;

/** A task of ordinary priority: it takes its turn after the page's tasks already queued. */
function afterPageTasks(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
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

/**
 * Lets the page run between slices of Glosa's work. scheduler.yield() lets input and rendering in and
 * resumes at once, but its continuations go ahead of the page's own tasks (timers, network callbacks);
 * so every TURN_FOR_PAGE_TASKS_MS Glosa waits behind them instead. Always waiting behind them would
 * cost a 2 MB page's scan about twice the time (measured), mostly waiting for frames.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const now = performance.now();
  if (typeof scheduler?.yield === 'function' && now - lastTurnForPage < TURN_FOR_PAGE_TASKS_MS) {
    return scheduler.yield();
  }
  lastTurnForPage = now;
  return afterPageTasks();
}

/** Longest wait for a frame: a page busy elsewhere (or hidden meanwhile) does not hold Glosa up longer. */
const FRAME_WAIT_MAX_MS = 100;

/**
 * Lets the page render its next frame, then resumes: the marks just read and scheduled for painting
 * (requestAnimationFrame) reach the screen before more reading. A slice continued by yieldToMain would
 * go ahead of the frame, and a few slices can hold it back by tens of milliseconds. Resolves with
 * whether the frame was drawn: a hidden page draws none (it gets an ordinary yield), and a frame may
 * not come within FRAME_WAIT_MAX_MS.
 */
export function yieldUntilPainted(doc: Document): Promise<boolean> {
  const view = doc.defaultView;
  if (doc.visibilityState === 'hidden' || typeof view?.requestAnimationFrame !== 'function')
    return yieldToMain().then(() => false);
  return new Promise((resolve) => {
    // Whichever comes first; resolving again does nothing.
    const resume = (painted: boolean) => {
      clearTimeout(timer);
      resolve(painted);
    };
    const timer = setTimeout(() => resume(false), FRAME_WAIT_MAX_MS);
    // From inside the frame, a task: it runs once the frame's rendering is over.
    view.requestAnimationFrame(() => void afterPageTasks().then(() => resume(true)));
  });
}

/** Work per slice before yielding: well under the 50 ms that makes a long task. */
export const SLICE_MS = 8;
