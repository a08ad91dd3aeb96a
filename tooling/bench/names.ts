/**
 * Names resolved by context (issue 14): precision and recall over the labelled corpus, and what the
 * second pass costs next to the matcher's one pass, on the corpus and on long generated news prose.
 */
import { compileMatcher } from '../../core/matching/matcher';
import { termsFromEntries } from '../../core/matching/terms';
import { countryTerms } from '../../core/names/countries';
import { nameFactsOf } from '../../core/names/entry-facts';
import { resolveParagraphs } from '../../core/names/resolve-text';
import { glossary } from '../../data/glossary';
import { loadCorpus, scoreCorpus } from '../../tests/node/names-corpus';
import { generateProse, Random } from '../../tests/node/text-noise';
import { bestOf, type TableSectionResult } from './table-section';

const PRECISION_TARGET = 0.98;
const RECALL_TARGET = 0.95;

export function runNamesBench(options: { quick?: boolean } = {}): TableSectionResult {
  const matcher = compileMatcher([...termsFromEntries(glossary), ...countryTerms()]);
  const entryFacts = nameFactsOf(glossary);
  const corpus = loadCorpus();
  const score = scoreCorpus(corpus, (paragraphs, language) =>
    resolveParagraphs(paragraphs, matcher, language, entryFacts),
  );
  const runs = options.quick ? 5 : 15;
  const corpusPages = corpus.map((passage) => ({
    paragraphs: passage.plain.split('\n\n'),
    lang: passage.lang,
  }));
  const matchOnly = () => {
    for (const page of corpusPages) matcher.findEach(page.paragraphs);
  };
  const matchAndResolve = () => {
    for (const page of corpusPages) resolveParagraphs(page.paragraphs, matcher, page.lang, entryFacts);
  };
  // Long news-like prose, dense with glossary names: 200 paragraphs of ~1,000 characters.
  const forms = glossary.flatMap((entry) =>
    [entry.term, ...entry.aliases].map((form) => ({ form, caseSensitive: true })),
  );
  const random = new Random(14);
  const prose = Array.from({ length: 200 }, () => generateProse(random, 1000, forms));
  const proseMatches = matcher.findEach(prose).reduce((sum, matches) => sum + matches.length, 0);
  const corpusMatches = corpusPages.reduce(
    (sum, page) =>
      sum + matcher.findEach(page.paragraphs).reduce((count, matches) => count + matches.length, 0),
    0,
  );
  const timings = [
    [
      'corpus',
      `${corpus.length} passages, ${corpusMatches} matches`,
      bestOf(runs, matchOnly),
      bestOf(runs, matchAndResolve),
    ],
    [
      'generated article',
      `${prose.length} paragraphs, ${(prose.join('').length / 1000).toFixed(0)} kB, ${proseMatches} matches`,
      bestOf(runs, () => matcher.findEach(prose)),
      bestOf(runs, () => resolveParagraphs(prose, matcher, 'en', entryFacts)),
    ],
  ] as const;
  const rows = timings.map(([text, size, match, both]) => [
    text,
    size,
    match.toFixed(2),
    both.toFixed(2),
    (both - match).toFixed(2),
    `${((both / match - 1) * 100).toFixed(0)}%`,
  ]);
  return {
    rows,
    checks: [
      {
        label: `corpus precision ≥ ${PRECISION_TARGET}`,
        value: `${score.precision.toFixed(4)} (${score.right} right, ${score.wrong} wrong entry, ${score.falseMarks} false marks)`,
        pass: score.precision >= PRECISION_TARGET,
      },
      {
        label: `corpus recall of introduced names ≥ ${RECALL_TARGET}`,
        value: `${score.recall.toFixed(4)} (${score.right} of ${score.labelled}, ${score.missed} missed)`,
        pass: score.recall >= RECALL_TARGET,
      },
    ],
    notes: [
      `corpus: tests/fixtures/names/passages.json, ${corpus.length} passages, ${score.labelled} mentions to mark`,
      'ms: best of the runs; second pass = reading each match’s context + the page-wide decision',
      ...score.problems.map((problem) => `  ${problem}`),
    ],
  };
}
