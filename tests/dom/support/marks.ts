import type { TermMatch } from '../../../core/matching/matcher';
import type { MarkRegistry } from '../../../entrypoints/content/scan/mark-registry';
import { walkTextBlocks } from '../../../entrypoints/content/scan/text-blocks';

/** What a test's stand-in glossary knows of a term: its entry and category. */
export interface TermSpec {
  entryId: string;
  category: string;
}

/**
 * Marks every occurrence of `terms` (exact text) in the blocks under `root`, as the scanner would with
 * a matcher knowing only those terms. Returns whether any mark changed.
 */
export function markTerms(
  registry: MarkRegistry,
  terms: Record<string, TermSpec>,
  root: Node = document.body,
) {
  const categoryOf = Object.fromEntries(Object.values(terms).map((term) => [term.entryId, term.category]));
  let changed = false;
  for (const block of walkTextBlocks(root)) {
    const matches: TermMatch[] = [];
    for (const [text, term] of Object.entries(terms)) {
      for (let at = block.text.indexOf(text); at !== -1; at = block.text.indexOf(text, at + text.length)) {
        matches.push({ entryId: term.entryId, start: at, end: at + text.length });
      }
    }
    matches.sort((a, b) => a.start - b.start);
    changed = registry.replaceBlock(block, matches, categoryOf) || changed;
  }
  return changed;
}
