import { execFileSync } from 'node:child_process';
import { requireBrowsers } from '../../tooling/harness/find-browsers';
import { ROOT } from '../../tooling/harness/paths';

/** Real-browser tests never skip: without a browser they fail with how to install one. */
export default function setup(): void {
  requireBrowsers();
  if (process.env.GLOSA_SKIP_BUILD === '1') return;
  // The build the reader installs: under Vitest NODE_ENV is "test", and a build inheriting it keeps
  // libraries' development code (2.5 KB more content script), which no reader ever runs.
  const env = { ...process.env, NODE_ENV: 'production' };
  const run = (args: string[]) =>
    execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: 'pipe', env });
  run([]);
  run(['-b', 'firefox', '--mv3']);
}
