import { execFileSync } from 'node:child_process';
import { requireBrowsers } from '../../tooling/harness/find-browsers';
import { ROOT } from '../../tooling/harness/paths';

/** Real-browser tests never skip: without a browser they fail with how to install one. */
export default function setup(): void {
  requireBrowsers();
  if (process.env.GLOSA_SKIP_BUILD === '1') return;
  const run = (args: string[]) =>
    execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: 'pipe' });
  run([]);
  run(['-b', 'firefox', '--mv3']);
}
