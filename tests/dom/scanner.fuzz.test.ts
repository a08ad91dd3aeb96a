import { describe, expect, test } from 'vitest';
import { compileMatcher } from '../../core/matching/matcher';
import { normalizeKey } from '../../core/matching/normalize';
import { termsFromEntries } from '../../core/matching/terms';
import { glossary } from '../../data/glossary';
import { MarkRegistry } from '../../entrypoints/content/scan/mark-registry';
import {
  blockContainerOf,
  isInsideSkipped,
  walkTextBlocks,
} from '../../entrypoints/content/scan/text-blocks';
import { Random } from '../node/text-noise';
import { fill, markAll } from './random-dom';

/**
 * Fuzz: random DOM trees (nested inline and block elements, shadow roots, skipped regions, every text
 * trap) read the way the page scanner reads them. Nothing throws, every mark is exactly a glossary
 * form, nothing is marked where Glosa must not read, and the DOM is left as it was.
 */
const TREES = 500;
const matcher = compileMatcher(termsFromEntries(glossary));
const categoryOf = Object.fromEntries(glossary.map((entry) => [entry.id, entry.category]));
const formKeysByEntry = new Map(
  glossary.map((entry) => [entry.id, new Set([entry.term, ...entry.aliases].map(normalizeKey))]),
);
function serialize(node: Node): string {
  if (node.nodeType === 3) return `#${(node as Text).data}`;
  const element = node as Element;
  const shadow = element.shadowRoot ? `{${[...element.shadowRoot.childNodes].map(serialize).join('')}}` : '';
  const name = element.nodeName ?? '';
  return `<${name}${element.getAttribute?.('contenteditable') ? ' ce' : ''}>${shadow}${[...node.childNodes]
    .map(serialize)
    .join('')}</${name}>`;
}

describe('page scanner fuzz', () => {
  test(`${TREES} random DOM trees: no error, marks are glossary forms, skipped regions untouched, DOM unchanged`, () => {
    let marked = 0;
    for (let seed = 1; seed <= TREES; seed++) {
      const random = new Random(seed);
      document.body.replaceChildren();
      fill(random, document.body, 0);
      const before = serialize(document.body);
      const registry = new MarkRegistry();
      markAll(document.body, registry, matcher, categoryOf);
      // The walk knows each block's element: the one blockContainerOf finds from its text.
      const roots: Node[] = [document.body];
      for (let root = roots.pop(); root; root = roots.pop()) {
        for (const block of walkTextBlocks(root, (shadow) => roots.push(shadow))) {
          expect(block.container, `seed ${seed}: "${block.text}"`).toBe(
            blockContainerOf(block.nodes[0] as Text),
          );
        }
      }
      for (const mark of registry.inReadingOrder()) {
        const text = mark.range.toString();
        const known = formKeysByEntry.get(mark.entryId);
        expect(
          known?.has(normalizeKey(text)),
          `seed ${seed}: "${text}" is not a form of ${mark.entryId}`,
        ).toBe(true);
        for (const node of mark.nodes)
          expect(isInsideSkipped(node), `seed ${seed}: marked "${text}" in a skipped region`).toBe(false);
        marked++;
      }
      expect(serialize(document.body), `seed ${seed}: DOM changed`).toBe(before);
    }
    // The generator must actually exercise the matcher.
    expect(marked).toBeGreaterThan(TREES);
  }, 60_000);
});
