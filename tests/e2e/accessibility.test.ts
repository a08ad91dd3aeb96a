import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { BROWSERS, type GlosaPage } from './support/glosa-browser';
import { auditPopoverIn } from './support/glosa-probes';
import { termCenter } from './support/page-probes';
import { clickButton, fillField } from './support/panel-probes';
import { useGlosa, waitForMarked, waitForPopover } from './support/suite';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs in the page: axe-core over the whole page, serious and critical findings only. */
async function seriousViolations(_arg: null): Promise<Violation[]> {
  const axe = (
    window as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<{ violations: never[] }> };
    }
  ).axe;
  const result = await axe.run(document, {
    resultTypes: ['violations'],
  });
  return (
    result.violations as {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[] }[];
    }[]
  )
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

async function audit(page: GlosaPage): Promise<Violation[]> {
  await page.evaluateSource(AXE_SOURCE);
  return page.evaluate(seriousViolations, null);
}

describe.each(BROWSERS)('%s: accessibility (axe-core, serious and critical)', (browserName) => {
  const suite = useGlosa(browserName);

  test('popup, with results and with an entry open', async () => {
    const popup = await suite.browser.openExtensionPage('popup.html');
    await popup.waitFor(() => document.activeElement?.getAttribute('type') === 'search', null);
    expect(await audit(popup)).toEqual([]);
    await popup.type('fujimori');
    await popup.waitFor(() => document.querySelector('[role="option"]') !== null, null);
    expect(await audit(popup)).toEqual([]);
    await popup.press('Enter');
    await popup.waitFor(() => document.querySelector('h2') !== null, null);
    expect(await audit(popup)).toEqual([]);
    await popup.close();
  });

  test('side panel, with a note saved', async () => {
    const article = await suite.browser.newPage();
    await article.goto(suite.server.url('static-article.html'));
    await article.waitFor(() => CSS.highlights.has('glosa-term'), null);
    const panel = await suite.browser.openExtensionPage('sidepanel.html');
    await panel.waitFor(
      () => [...document.querySelectorAll('button')].some((button) => button.textContent === 'Save note'),
      null,
    );
    expect(await audit(panel)).toEqual([]);
    expect(await panel.evaluate(fillField, { label: 'Note', value: 'A note to audit' })).toBe(true);
    expect(await panel.evaluate(clickButton, { name: 'Save note' })).toBe(true);
    await panel.waitFor(() => document.querySelector('article') !== null, null);
    expect(await audit(panel)).toEqual([]);
    await panel.close();
    await article.close();
  });

  test('options page', async () => {
    const options = await suite.browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('.term-form') !== null, null);
    expect(await audit(options)).toEqual([]);
    await options.close();
  });

  test('an open popover, which is also announced as a dialog named by its term', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('static-article.html'));
    // The term itself, not just a first highlight: on a busy machine the page is marked in steps.
    await waitForMarked(page, 'Evo Morales');
    const term = await page.evaluate(termCenter, 'Evo Morales');
    if (!term) throw new Error('term not on screen');
    await page.click(term.x, term.y);
    await waitForPopover(page, 'Evo Morales');
    // axe runs in the test's own world, over Glosa's closed layer reached from the driver's side.
    const audit = await page.inGlosa(auditPopoverIn, null, AXE_SOURCE);
    expect(audit?.checked).toBeGreaterThan(10);
    expect(audit?.violations).toEqual([]);
    await page.close();
  });
});
