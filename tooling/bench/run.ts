/**
 * `npm run bench` (npx tsx bench/run.ts [--quick]): runs every section, prints one table per section with
 * its budget checks, and exits non-zero when a budget fails. Add a section by appending to SECTIONS.
 */
import { browserSections } from './browser-report';
import { runLongInputsBench } from './long-inputs';
import { type BudgetCheck, type MatcherBenchResult, OURS, runMatcherBench } from './matcher';
import { runNamesBench } from './names';
import { runNotesBench } from './notes';
import { runNotesBrowserBench } from './notes-browser';
import type { NotesBenchResult } from './notes-measure';
import { runSearchBench, type SearchBenchResult } from './search';

interface SectionReport {
  columns: string[];
  rows: string[][];
  checks: BudgetCheck[];
  notes: string[];
}

interface BenchSection {
  title: string;
  run(options: { quick: boolean }): SectionReport | Promise<SectionReport>;
}

const SECTIONS: BenchSection[] = [
  {
    title: 'Term matcher: normalize + find',
    run: ({ quick }) => matcherReport(runMatcherBench({ quick })),
  },
  {
    title: 'Names resolved by context: the labelled corpus, and the cost of the second pass',
    run: ({ quick }) => {
      const result = runNamesBench({ quick });
      return {
        columns: ['text', 'size', 'match ms', 'match + resolve ms', 'second pass ms', 'second pass cost'],
        ...result,
      };
    },
  },
  {
    title: 'Long and hostile inputs: page facts and note anchoring',
    run: ({ quick }) => ({ columns: ['step', 'input', 'ms'], ...runLongInputsBench({ quick }) }),
  },
  {
    title: 'Popup search: one query per keystroke',
    run: ({ quick }) => searchReport(runSearchBench({ quick })),
  },
  {
    title: 'Notes: 10,000 notes (Node + fake-indexeddb)',
    run: async ({ quick }) => {
      const result = await runNotesBench({ quick });
      return notesReport(result, result.notes);
    },
  },
  // Real Chromium: one measurement run, reported as one section per metric.
  ...browserSections(),
  {
    title: 'Notes: 10,000 notes (Chromium, its IndexedDB)',
    run: async ({ quick }) => {
      const result = await runNotesBrowserBench({ quick });
      return notesReport(result, result.notes);
    },
  },
];

function notesReport(result: NotesBenchResult, notes: string[]): SectionReport {
  return {
    columns: ['step', 'ms', 'detail'],
    rows: result.rows.map((row) => [row.step, row.ms.toFixed(1), row.detail]),
    checks: result.checks,
    notes,
  };
}

/** Search budget (issue: p95 ≤ 2 ms per query at 2,000 entries). */
const SEARCH_P95_BUDGET_MS = 2;

function searchReport(result: SearchBenchResult): SectionReport {
  const ms = (value: number) => value.toFixed(2);
  return {
    columns: ['implementation', 'entries', 'queries', 'p50 ms', 'p95 ms', 'max ms'],
    rows: [
      [
        'glosa: trigram candidates + Fuse on names + prose prefixes',
        String(result.entries),
        String(result.queries),
        ms(result.ours.p50),
        ms(result.ours.p95),
        ms(result.ours.max),
      ],
      [
        'plain Fuse over term, aliases, summary, details',
        String(result.entries),
        String(result.plainFuse.queries),
        ms(result.plainFuse.p50),
        ms(result.plainFuse.p95),
        ms(result.plainFuse.max),
      ],
    ],
    checks: [
      {
        label: `search p95 ≤ ${SEARCH_P95_BUDGET_MS} ms at ${result.entries} entries`,
        pass: result.ours.p95 <= SEARCH_P95_BUDGET_MS,
        value: `${ms(result.ours.p95)} ms (p50 ${ms(result.ours.p50)} ms; plain Fuse p95 ${ms(result.plainFuse.p95)} ms, ${(
          result.plainFuse.p95 / result.ours.p95
        ).toFixed(0)}× slower)`,
      },
    ],
    notes: [
      'queries: every prefix (2+ characters) of the 50 committed queries, as typed; plain Fuse: whole queries',
    ],
  };
}

function matcherReport(result: MatcherBenchResult): SectionReport {
  const oursBySetting = new Map<string, number>();
  for (const row of result.rows) {
    if (row.implementation === OURS)
      oursBySetting.set(`${row.glossary}/${row.sizeLabel}`, row.bestMbPerSecond);
  }
  return {
    columns: [
      'glossary',
      'forms',
      'text',
      'implementation',
      'MB/s best',
      'MB/s median',
      'ours ×',
      'matches',
      'note',
    ],
    rows: result.rows.map((row) => {
      const ours = oursBySetting.get(`${row.glossary}/${row.sizeLabel}`) ?? Number.NaN;
      return [
        row.glossary,
        String(row.forms),
        row.sizeLabel,
        row.implementation,
        row.bestMbPerSecond.toFixed(1),
        row.runs > 1 ? row.medianMbPerSecond.toFixed(1) : '',
        row.implementation === OURS ? '' : `${(ours / row.bestMbPerSecond).toFixed(1)}×`,
        row.matches >= 0 ? String(row.matches) : '',
        row.note,
      ];
    }),
    checks: result.checks,
    notes: result.notes,
  };
}

function printTable(columns: string[], rows: string[][]): void {
  const widths = columns.map((column, index) =>
    Math.max(column.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ');
  console.log(line(columns));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  let failed = 0;
  for (const section of SECTIONS) {
    console.log(`\n## ${section.title}\n`);
    const started = performance.now();
    const report = await section.run({ quick });
    printTable(report.columns, report.rows);
    console.log('');
    for (const check of report.checks) {
      console.log(`${check.pass ? 'PASS' : 'FAIL'}  ${check.label}: ${check.value}`);
      if (!check.pass) failed++;
    }
    for (const note of report.notes) console.log(`note: ${note}`);
    console.log(`(section took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  if (failed > 0) {
    console.log(`\n${failed} budget(s) failed`);
    process.exitCode = 1;
  }
}

await main();
