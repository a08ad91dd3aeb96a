import { resolve } from 'node:path';
import { ROOT } from '../../../tooling/harness/paths';

export const TEST_PAGES = resolve(ROOT, 'tests/e2e/pages');
