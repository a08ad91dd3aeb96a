/**
 * Writes docs/PERFORMANCE.md (the browser figures, as printed, with the machine described) and
 * docs/performance-chart.svg. Called by every full `npm run bench` run; `--quick` writes nothing, since
 * its single runs are not figures to publish.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { ROOT } from '../harness/paths';
import type { BrowserBenchResult } from './browser-bench';
import { renderChart } from './browser-chart';
import { summarizeSize } from './browser-summary';
import type { BudgetCheck } from './matcher';

/** One section of the real-browser report: a table, its budget checks and notes. */
export interface BrowserSectionReport {
  columns: string[];
  rows: string[][];
  checks: BudgetCheck[];
  notes: string[];
}

export function cpuModel(cpuinfo: string): string {
  return /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown CPU';
}

function machine(chromium: string): string[] {
  let cpu = cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu = cpuModel(readFileSync('/proc/cpuinfo', 'utf8'));
  } catch {
    // Not Linux: the model Node reports.
  }
  return [
    `- CPU: ${cpu}, ${cpus().length} cores`,
    `- Memory: ${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
    `- Chromium ${chromium} (headless), Node ${process.version}, ${process.platform}`,
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  ];
}

/**
 * Causes found by profiling (CDP traces and CPU profiles of the content script), printed under a budget
 * while it fails; keyed by the start of the check's label. Update them when the content script changes.
 */
const KNOWN_CAUSES: [string, string][] = [
  [
    'no long task',
    `Glosa's own JavaScript runs in slices of at most 8 ms (its largest task in CDP traces is ~35-45 ms at the start: loading the compiled terms and reading the visible area). What remains on the largest pages is rendering after a change to the registered highlights: with the default tint a few milliseconds plus a little per mark painted, so on large pages only marks near the reader are registered; a highlight with a line (the "underline" style) makes Chromium repaint as for a page-wide style change (~20-30 ms more on a 2 MB page).`,
  ],
  [
    'cost grows linearly',
    'Past the page’s first frame, Glosa’s time is its scan (linear in the text) plus a fixed start (its content script’s evaluation, the messages that fetch the term list and the settings, the first paint); on the largest pages the page’s own rendering between slices weighs more.',
  ],
  [
    'incremental',
    'The appended paragraphs are read on their own (no rescan: only the added blocks are read and measured). What remains above the paragraphs-alone time is the large page itself: the new paragraphs are painted in the frame after they are read, and that frame of a 2 MB page (laying out the new content) costs ~40 ms without Glosa.',
  ],
  [
    '2 MB page: first marks',
    'In a run where the page’s own first frame (its first layout of 2 MB of text, paid with or without Glosa) ends past twice the floor, the budget cannot be met: marks come on screen in that frame at the earliest. Glosa registers the top’s marks before it: the top is read at DOMContentLoaded without layout, and a pause of the start begun while the page is parsed ends there at the latest. Before stop 32 such a pause, queued during parsing, ran after the first frame and the marks came ~50-75 ms after it (A/B, 10 interleaved loads: 277 → 166 ms, the page’s first frame ~200 ms).',
  ],
  [
    '100 KB page: first marks',
    'The page itself comes on screen in its first frame, ~50-60 ms after DOMContentLoaded here without any extension (the bare column): that is ~65-75 ms after a document_start script starts, so no mark can be seen within 50 ms of the start. Glosa’s first marks are registered in that frame’s callbacks in most loads (the column beside): the reader never sees the top unmarked. Probed after stop 32 (10 loads): storage’s answer was handled before DOMContentLoaded in 2 loads and 33-36 ms after it in 8 (behind the page’s parsing task); then loading the index took 7-14 ms and reading the top 10-14 ms, and the page’s first frame ended ~10 ms later than without Glosa. Nothing can be marked before extension storage answers with the term index, asked for when the script starts (document_start). Traced (IPC events, this page): the settings’ reply reaches the page ~11 ms after the script starts, the index’s (96 KB) 2-5 ms later, by which time the page’s HTML has arrived and its parsing task has begun; in that task the page is parsed and laid out (70-100 ms), and the page’s first frame follows before the reply is handled: 90-130 ms after DOMContentLoaded. From the answer to the first marks is ~45 ms (unpacking the index ~15-20, the top’s reading ~10-20, the frame). On the 500 K-character CJK page, whose first layout takes about a second, the same wait is a second on some loads. The index from the browser’s in-memory session storage beat the parser in 4 of 8 loads, but content scripts reading that area would also read other tabs’ note addresses; bundling the index into the content script would remove the wait, but the content script holds no data (issue budget: 50 KB gzip, the index alone is 31 KB gzip).',
  ],
  [
    '2 MB page: Glosa own (past',
    'Where the time goes (CDP traces and CPU profiles of the 2 MB page: 8,375 blocks, ~22,000 marks, ~47,000 nodes). Of Glosa’s ~400 ms past the first frame, its reading slices take ~300-350, its repaints ~45, the names’ page-wide pass ~35 and its start ~50. Garbage collection is ~110-150 ms of it (traced: incremental marking 50-85 ms and 12 young-generation collections of ~4 ms, against 5-20 ms in all for the same page without Glosa), for ~25 MB allocated per load (a batch’s joined text, the walk, the mentions’ readings, the marks); yet a young generation of 32-64 MB, one collection instead of twelve, left the page settled no sooner (701 vs 691 ms from DOMContentLoaded, 10 interleaved loads): what holds it back is the reading’s own work. The DOM walk is ~50-75 ms, half of it stepping from node to node: every node visited from the content script’s world gets a wrapper there. The floor is one RegExp pass in the page’s own world, at DOMContentLoaded before the first layout, that creates no Range and paints nothing. Changes that took time off (A/B, interleaved loads): marks kept by block element, matching in batches, idle measuring, paragraphs of inline content read whole through textContent with their text nodes found only when painted (~30 ms), the default highlight without a line (~40 ms), marks of one walk ordered without DOM comparisons (names 68 → 50 ms). Tried and dropped for no measurable gain: V8’s explicit compile hint (`//# allFunctionsCalledOnLoad` atop the content script: own 303 vs 322 ms, 8 interleaved loads), 14 ms slices, a class instead of a generator for the walk, 30-bit hashes in the matcher, reading packed numbers from bytes rather than characters.',
  ],
];

export function markdownTable(columns: readonly string[], rows: readonly string[][]): string[] {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    `| ${columns.map(cell).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function performanceMarkdown(
  result: BrowserBenchResult,
  sections: readonly (BrowserSectionReport & { title: string })[],
): string {
  const lines = [
    '# Performance',
    '',
    '<!-- Generated by `npm run bench` (bench/browser-docs.ts) on every full run; `--quick` does not write it. Edit the generator, not this file. -->',
    '',
    'Figures from the real-browser part of `npm run bench`: generated news pages (the demo article’s',
    'blocks repeated and varied) from 100 KB to 5 MB of text, in headless Chromium with Glosa loaded, against',
    'mark.js and a bare TreeWalker + one RegExp (the floor) on the same pages without the extension. The',
    'Node matcher and popup search figures are printed by the same command.',
    '',
    '## Machine',
    '',
    ...machine(result.chromium),
    '',
    'This machine is shared with other jobs while it measures: every time is a median of repeated page',
    'loads, and the spread column says how far the runs were apart.',
    '',
    '![Time to all highlights against page size](performance-chart.svg)',
    '',
  ];
  for (const section of sections) {
    lines.push(`## ${section.title}`, '', ...markdownTable(section.columns, section.rows), '');
    for (const check of section.checks) {
      lines.push(`- **${check.pass ? 'PASS' : 'FAIL'}** ${check.label}: ${check.value}`);
      const cause = KNOWN_CAUSES.find(([prefix]) => check.label.startsWith(prefix))?.[1];
      if (!check.pass && cause) lines.push(`  - Cause: ${cause}`);
    }
    if (section.checks.length > 0) lines.push('');
    for (const note of section.notes) lines.push(`- ${note.trim()}`);
    if (section.notes.length > 0) lines.push('');
  }
  const failed = sections.flatMap((section) => section.checks).filter((check) => !check.pass);
  lines.push(
    '## Budgets',
    '',
    failed.length === 0
      ? 'Every budget above is met.'
      : `${failed.length} budget(s) not met: ${failed.map((check) => check.label).join('; ')}.`,
    '',
  );
  return lines.join('\n');
}

function performanceChart(result: BrowserBenchResult): string {
  const summaries = result.sizes.map(summarizeSize);
  return renderChart('Time from DOMContentLoaded to all terms marked', [
    {
      name: 'mark.js (est.)',
      color: '#c0392b',
      dashed: true,
      points: summaries.map((s) => ({ x: s.megabytes, y: s.markMs })),
    },
    { name: 'Glosa', color: '#1f5fa8', points: summaries.map((s) => ({ x: s.megabytes, y: s.glosaMs })) },
    { name: 'floor', color: '#2e8b57', points: summaries.map((s) => ({ x: s.megabytes, y: s.floorMs })) },
  ]);
}

/** Writes both files; returns their paths relative to the repository. */
export async function writePerformanceDocs(
  result: BrowserBenchResult,
  sections: readonly (BrowserSectionReport & { title: string })[],
): Promise<string[]> {
  const files: [string, string][] = [
    ['docs/PERFORMANCE.md', performanceMarkdown(result, sections)],
    ['docs/performance-chart.svg', performanceChart(result)],
  ];
  for (const [path, content] of files) await writeFile(resolve(ROOT, path), content);
  return files.map(([path]) => path);
}
