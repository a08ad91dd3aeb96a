import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { findChromium, INSTALL_HINT } from './find-browsers';

/**
 * Flags for headless Chromium on these machines: no sandbox as root, no GPU, and none of the
 * browser's own background traffic (the network is closed here, and tests record every request).
 */
const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function requireChromium(): string {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`Chromium not found. ${INSTALL_HINT}`);
  return executablePath;
}

/** Headless Chromium without the extension (baselines, rendering assets). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), headless: true, args: [...CHROMIUM_ARGS] });
}

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  headless?: boolean;
  /** Reuse a profile (to test that data survives a browser restart); a fresh temporary one otherwise. */
  profileDir?: string;
  viewport?: { width: number; height: number } | null;
  colorScheme?: 'light' | 'dark';
  /** Send every request that is not to the loopback address through this HTTP proxy (host:port). */
  proxy?: string;
}

/** Launches Chromium with the unpacked extension at `extensionDir` loaded (MV3, headless by default). */
export async function launchChromiumWithExtension(
  extensionDir: string,
  options: ChromiumOptions = {},
): Promise<ChromiumWithExtension> {
  const executablePath = requireChromium();
  const ownProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'glosa-chromium-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    colorScheme: options.colorScheme ?? 'light',
    // Playwright disables extensions by default; loading ours needs that flag gone.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_ARGS,
      // Chromium never proxies loopback; everything else goes through the proxy when one is given.
      ...(options.proxy ? [`--proxy-server=http://${options.proxy}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      if (ownProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}
