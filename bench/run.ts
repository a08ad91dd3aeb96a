/**
 * `npm run bench` (npx tsx bench/run.ts [--quick]): runs every section, prints one table per section with
 * its budget checks, and exits non-zero when a budget fails. Add a section by appending to SECTIONS.
 */
import { type BudgetCheck, type MatcherBenchResult, OURS, runMatcherBench } from './matcher';

interface SectionReport {
  columns: string[];
  rows: string[][];
  checks: BudgetCheck[];
  notes: string[];
}

interface BenchSection {
  title: string;
  run(options: { quick: boolean }): SectionReport;
}

const SECTIONS: BenchSection[] = [
  {
    title: 'Term matcher: normalize + find',
    run: ({ quick }) => matcherReport(runMatcherBench({ quick })),
  },
];

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

function main(): void {
  const quick = process.argv.includes('--quick');
  let failed = 0;
  for (const section of SECTIONS) {
    console.log(`\n## ${section.title}\n`);
    const started = performance.now();
    const report = section.run({ quick });
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

main();
