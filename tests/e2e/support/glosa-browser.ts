/**
 * One small interface over Playwright (Chromium) and Puppeteer (Firefox), so every user-facing
 * scenario is written once and run in both real browsers.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromiumWithExtension } from '../../../tooling/harness/launch-chromium';
import { launchFirefoxWithExtension } from '../../../tooling/harness/launch-firefox';
import { CHROME_BUILD, FIREFOX_BUILD } from '../../../tooling/harness/paths';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export interface GlosaPage {
  goto(url: string): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Evaluates a script given as source text (not subject to the page's CSP: it comes from the driver). */
  evaluateSource(source: string): Promise<void>;
  /** Starts collecting errors: uncaught page errors and console errors (content scripts log there). */
  collectErrors(): () => string[];
  setViewport(width: number, height: number): Promise<void>;
  /** Runs `fn` in every new document of this page before its own scripts. */
  beforeLoad(fn: () => void): Promise<void>;
  /** Evaluates in the first child frame whose URL contains `urlPart`. */
  evaluateInFrame<A, R>(urlPart: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  screenshot(path: string): Promise<void>;
  /** Makes this the active tab of its window (a tab switch, as the reader does it). */
  bringToFront(): Promise<void>;
  /**
   * Runs `fn` on Glosa's CLOSED shadow root from the driver's side (the page itself cannot reach it),
   * in a world of the test's own, after evaluating `setup` there: its JSON-safe result, or undefined
   * when the page has no Glosa element.
   */
  inGlosa<A, R>(
    fn: (root: ShadowRoot, arg: A) => R | Promise<R>,
    arg: A,
    setup?: string,
  ): Promise<R | undefined>;
  close(): Promise<void>;
}

/** `fn` as the source of a function that runs on `this` (the shadow root) and returns JSON text. */
function onRootSource(fn: (root: ShadowRoot, arg: never) => unknown): string {
  return `async function (argJson) { return JSON.stringify((await (${fn.toString()})(this, JSON.parse(argJson))) ?? null); }`;
}

/**
 * The probes run in a world of the test's own (a CDP isolated world, a BiDi sandbox): the page's
 * scripts may have replaced JSON, Array methods or timers, and must not see the probes either.
 */
const PROBE_WORLD = 'glosa-test-probe';

/** `fn` run on Glosa's closed shadow root in a Playwright (Chromium) page: for `npm start`'s demo. */
export function inChromiumGlosa<A, R>(
  page: PlaywrightPage,
  fn: (root: ShadowRoot, arg: A) => R | Promise<R>,
  arg: A,
): Promise<R | undefined> {
  return inGlosaChromium(page, onRootSource(fn as never), arg);
}

/** Chromium: the host's shadow root through CDP (DOM.describeNode pierces closed roots). */
async function inGlosaChromium<R>(
  page: PlaywrightPage,
  source: string,
  arg: unknown,
  setup?: string,
): Promise<R | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: PROBE_WORLD,
    });
    if (setup) await cdp.send('Runtime.evaluate', { expression: setup, contextId: executionContextId });
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: 'glosa-popover',
    });
    if (!nodeId) return undefined;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
      executionContextId,
    });
    const called = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: source,
      arguments: [{ value: JSON.stringify(arg ?? null) }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (called.exceptionDetails)
      throw new Error(`probe failed: ${called.exceptionDetails.exception?.description}`);
    return typeof called.result.value === 'string' ? (JSON.parse(called.result.value) as R) : undefined;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** The remote value of a script.evaluate or script.callFunction answer ({ result: { result } }). */
function evaluated(answer: { result: Record<string, unknown> }): unknown {
  const result = answer.result as { type?: string; result?: unknown; exceptionDetails?: { text?: string } };
  if (result.type === 'exception') throw new Error(`probe failed: ${result.exceptionDetails?.text}`);
  return result.result;
}

/** Firefox: the host serialized with its shadow tree (WebDriver BiDi), then a call with `this` = the root. */
async function inGlosaFirefox<R>(
  page: PuppeteerPage,
  source: string,
  arg: unknown,
  setup?: string,
): Promise<R | undefined> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const target = { context, sandbox: PROBE_WORLD };
  if (setup) await connection.send('script.evaluate', { expression: setup, target, awaitPromise: false });
  const found = await connection.send('script.evaluate', {
    expression: "document.querySelector('glosa-popover')",
    target,
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const host = evaluated(found) as { type?: string; value?: { shadowRoot?: { sharedId?: string } } };
  const sharedId = host.type === 'node' ? host.value?.shadowRoot?.sharedId : undefined;
  if (!sharedId) return undefined;
  const called = await connection.send('script.callFunction', {
    functionDeclaration: source,
    this: { sharedId },
    arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    target,
    awaitPromise: true,
  });
  const value = (evaluated(called) as { value?: unknown }).value;
  return typeof value === 'string' ? (JSON.parse(value) as R) : undefined;
}

export interface GlosaBrowser {
  name: BrowserName;
  newPage(): Promise<GlosaPage>;
  /**
   * Sends a protocol message to the content scripts of every open tab, as the background does for a
   * keyboard command (browsers offer no way to press an extension shortcut from a test driver).
   * The envelope mirrors @webext-core/messaging's: { id, type, data, timestamp }.
   */
  sendToTabs(type: string, data?: unknown): Promise<void>;
  /** Evaluates in an extension context (Chromium: the service worker; Firefox: an extension page). */
  evaluateInExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Opens one of the extension's pages (`sidepanel.html`, `popup.html`…) in a tab. */
  openExtensionPage(path: string): Promise<GlosaPage>;
  close(): Promise<void>;
}

interface TabsApi {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/** Runs in an extension context: sends one protocol message to every tab. */
async function sendToAllTabs({ type, data }: { type: string; data?: unknown }): Promise<void> {
  const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
  const api = scope.browser ?? scope.chrome;
  const tabs = await api.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : api.tabs.sendMessage(tab.id, { id: Date.now(), type, data, timestamp: Date.now() }).catch(() => {}),
    ),
  );
}

/**
 * Re-evaluates `check` in the page until it is truthy. Polling from the driver, not with the page's own
 * requestAnimationFrame or setTimeout (which the test drivers' waitForFunction use), keeps waiting
 * correct on pages that replace those functions, as hostile pages do.
 */
async function pollFromDriver(check: () => Promise<unknown>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for a page condition`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function fromPlaywright(page: PlaywrightPage): GlosaPage {
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    waitFor: (fn, arg, timeoutMs) =>
      pollFromDriver(() => page.evaluate(fn as (arg: unknown) => unknown, arg), timeoutMs),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    evaluateSource: async (source) => {
      await page.evaluate(source);
    },
    collectErrors: () => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      return () => errors;
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    beforeLoad: async (fn) => {
      await page.addInitScript(fn);
    },
    evaluateInFrame: async (urlPart, fn, arg) => {
      const frame = page.frames().find((candidate) => candidate.url().includes(urlPart));
      if (!frame) throw new Error(`no frame with ${urlPart}`);
      return frame.evaluate(fn as (arg: unknown) => never, arg);
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    bringToFront: () => page.bringToFront(),
    inGlosa: (fn, arg, setup) => inGlosaChromium(page, onRootSource(fn as never), arg, setup),
    close: () => page.close(),
  };
}

function fromPuppeteer(page: PuppeteerPage): GlosaPage {
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg) as never,
    waitFor: (fn, arg, timeoutMs) =>
      pollFromDriver(() => page.evaluate(fn as (arg: unknown) => unknown, arg), timeoutMs),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    evaluateSource: async (source) => {
      await page.evaluate(source);
    },
    collectErrors: () => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      return () => errors;
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    beforeLoad: async (fn) => {
      await page.evaluateOnNewDocument(fn);
    },
    evaluateInFrame: async (urlPart, fn, arg) => {
      const frame = page.frames().find((candidate) => candidate.url().includes(urlPart));
      if (!frame) throw new Error(`no frame with ${urlPart}`);
      return frame.evaluate(fn as (arg: unknown) => never, arg) as never;
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    inGlosa: (fn, arg, setup) => inGlosaFirefox(page, onRootSource(fn as never), arg, setup),
    close: () => page.close(),
  };
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** An HTTP proxy (host:port) for everything but loopback. */
  proxy?: string;
  /** Reuse a browser profile, to test what survives a restart. */
  profileDir?: string;
}

/** Firefox: goto() to a moz-extension:// URL never resolves here; start it and poll until it is there. */
async function openMozExtensionPage(page: PuppeteerPage, url: string): Promise<void> {
  void page.goto(url).catch(() => {});
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const ready = await page
      .evaluate(
        () =>
          location.protocol === 'moz-extension:' &&
          document.readyState === 'complete' &&
          typeof (globalThis as { browser?: unknown }).browser === 'object',
      )
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not open`);
}

export async function launchGlosa(name: BrowserName, options: LaunchOptions = {}): Promise<GlosaBrowser> {
  if (name === 'chromium') {
    const chromium = await launchChromiumWithExtension(CHROME_BUILD, {
      colorScheme: options.colorScheme,
      profileDir: options.profileDir,
      proxy: options.proxy,
    });
    const evaluateInExtension = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
      const worker =
        chromium.context.serviceWorkers()[0] ?? (await chromium.context.waitForEvent('serviceworker'));
      return worker.evaluate(fn as (arg: unknown) => never, arg);
    };
    return {
      name,
      newPage: async () => fromPlaywright(await chromium.context.newPage()),
      sendToTabs: (type, data) => evaluateInExtension(sendToAllTabs, { type, data }),
      evaluateInExtension,
      openExtensionPage: async (path) => {
        const page = await chromium.context.newPage();
        await page.goto(`chrome-extension://${chromium.extensionId}/${path}`);
        return fromPlaywright(page);
      },
      close: () => chromium.close(),
    };
  }
  const firefox = await launchFirefoxWithExtension(FIREFOX_BUILD, {
    colorScheme: options.colorScheme,
    profileDir: options.profileDir,
    proxy: options.proxy,
  });
  const evaluateInExtension = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    // An extension page, once loaded: one still loading may not have its `browser` global yet.
    const page = await firefox.browser.newPage();
    try {
      await openMozExtensionPage(page, `${firefox.extensionOrigin}/options.html`);
      return (await page.evaluate(fn as (arg: unknown) => never, arg)) as R;
    } finally {
      await page.close();
    }
  };
  return {
    name,
    newPage: async () => {
      const page = await firefox.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      return fromPuppeteer(page);
    },
    sendToTabs: (type, data) => evaluateInExtension(sendToAllTabs, { type, data }),
    evaluateInExtension,
    openExtensionPage: async (path) => {
      const page = await firefox.browser.newPage();
      await page.setViewport({ width: 480, height: 900 });
      await openMozExtensionPage(page, `${firefox.extensionOrigin}/${path}`);
      return fromPuppeteer(page);
    },
    close: () => firefox.close(),
  };
}
