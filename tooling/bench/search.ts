/**
 * Glossary search latency at 2,000 entries (the real glossary plus a synthetic pack of distinct,
 * plausible entries), per query, against a plain Fuse index over every field, the obvious setup.
 */
import Fuse from 'fuse.js';
import { createGlossarySearch, type SearchableEntry } from '../../core/search/search';
import { glossary } from '../../data/glossary';
import { QUERY_SET } from '../../tests/node/search-queries';

export interface SearchBenchResult {
  entries: number;
  queries: number;
  ours: { p50: number; p95: number; max: number };
  plainFuse: { p50: number; p95: number; max: number; queries: number };
}

const FIRST = [
  'Frente',
  'Movimiento',
  'Partido',
  'Unión',
  'Alianza',
  'Coordinadora',
  'Bloque',
  'Foro',
  'Liga',
  'Acción',
];
const SECOND = [
  'Popular',
  'Andino',
  'Nacional',
  'Democrático',
  'Obrero',
  'Campesino',
  'Regional',
  'Cívico',
  'Social',
];
const THIRD = [
  'del Sur',
  'de Puno',
  'de Cusco',
  'Amazónico',
  'de Lima',
  'Minero',
  'Agrario',
  'Juvenil',
  'Costeño',
];

function syntheticEntries(count: number): SearchableEntry[] {
  const entries: SearchableEntry[] = [];
  for (let index = 0; entries.length < count; index++) {
    const term = `${FIRST[index % FIRST.length]} ${SECOND[Math.floor(index / FIRST.length) % SECOND.length]} ${
      THIRD[Math.floor(index / (FIRST.length * SECOND.length)) % THIRD.length]
    } ${index}`;
    entries.push({
      id: `synthetic-${index}`,
      term,
      aliases: [`${term.split(' ')[0]} ${index}`],
      category: 'party',
      summary: `A regional organization (${index}) active in local elections, with its own leaders and platform.`,
      details: 'Generated for the benchmark: a paragraph of context of ordinary length. '.repeat(8),
    });
  }
  return entries;
}

function percentiles(times: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (fraction: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}

/** Queries as a reader types them: the committed query set, and its prefixes (search runs per keystroke). */
function typedQueries(): string[] {
  const queries: string[] = [];
  for (const [query] of QUERY_SET) {
    for (let length = 2; length <= query.length; length++) queries.push(query.slice(0, length));
  }
  return queries;
}

export function runSearchBench({ quick }: { quick: boolean }): SearchBenchResult {
  const entries: SearchableEntry[] = [...glossary, ...syntheticEntries(2_000 - glossary.length)];
  const search = createGlossarySearch(entries);
  const queries = typedQueries();
  for (const query of queries.slice(0, 200)) search.search(query); // warm-up
  const rounds = quick ? 1 : 3;
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const started = performance.now();
      search.search(query, 20);
      times.push(performance.now() - started);
    }
  }
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'term', weight: 4 },
      { name: 'aliases', weight: 3 },
      { name: 'summary', weight: 1 },
      { name: 'details', weight: 0.5 },
    ],
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.34,
  });
  const plainQueries = QUERY_SET.map(([query]) => query).slice(0, quick ? 10 : 30);
  const plainTimes = plainQueries.map((query) => {
    const started = performance.now();
    fuse.search(query, { limit: 20 });
    return performance.now() - started;
  });
  return {
    entries: entries.length,
    queries: times.length,
    ours: percentiles(times),
    plainFuse: { ...percentiles(plainTimes), queries: plainTimes.length },
  };
}
