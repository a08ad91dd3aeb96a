import { describe, expect, test } from 'vitest';
import { compileMatcher } from '../../core/matcher';
import { normalizeKey } from '../../core/normalize';
import { termsFromEntries } from '../../core/terms';
import { glossary } from '../../data/glossary';
import { MarkRegistry } from '../../entrypoints/content/mark-registry';
import { isInsideSkipped, walkTextBlocks } from '../../entrypoints/content/text-blocks';
import { ENGLISH_WORDS, noisyForm, OTHER_SCRIPT_WORDS, Random, SPANISH_WORDS } from '../node/text-noise';

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
const forms = glossary.flatMap((entry) =>
  [entry.term, ...entry.aliases].map((form) => ({
    form,
    caseSensitive: entry.caseSensitive?.includes(form) ?? false,
  })),
);
const WORDS = [...ENGLISH_WORDS, ...SPANISH_WORDS, ...OTHER_SCRIPT_WORDS];
const INLINE = ['span', 'em', 'b', 'strong', 'a', 'i', 'small', 'mark', 'q', 'sub', 'abbr'];
const BLOCK = ['p', 'div', 'li', 'h2', 'section', 'blockquote', 'td', 'article', 'figcaption'];
const SKIPPED = ['textarea', 'script', 'style', 'code', 'pre', 'noscript', 'select'];

/** Text with glossary forms (noisy) among filler, cut into pieces at random points. */
function randomText(random: Random): string {
  const parts: string[] = [];
  const count = 1 + random.int(6);
  for (let index = 0; index < count; index++) {
    if (random.chance(0.4)) {
      const { form, caseSensitive } = random.pick(forms);
      parts.push(noisyForm(random, form, caseSensitive));
    } else {
      parts.push(random.pick(WORDS));
    }
  }
  return parts.join(random.pick([' ', ' ', ', ', '\u00A0', '\n', ' — ', '. ']));
}

function fill(random: Random, parent: Element | ShadowRoot, depth: number): void {
  const children = 1 + random.int(4);
  for (let index = 0; index < children; index++) {
    const roll = random.float();
    if (depth > 5 || roll < 0.35) {
      const text = randomText(random);
      // Split a text run over inline elements: terms may cross them.
      const cut = random.int(text.length + 1);
      parent.append(text.slice(0, cut));
      if (cut < text.length) {
        const inline = document.createElement(random.pick(INLINE));
        inline.append(text.slice(cut));
        parent.append(inline);
      }
    } else if (roll < 0.6) {
      const inline = document.createElement(random.pick(INLINE));
      fill(random, inline, depth + 1);
      parent.append(inline);
    } else if (roll < 0.85) {
      const block = document.createElement(random.pick(BLOCK));
      fill(random, block, depth + 1);
      parent.append(block);
    } else if (roll < 0.92) {
      const skipped = document.createElement(random.pick(SKIPPED));
      skipped.textContent = randomText(random);
      parent.append(skipped);
    } else if (roll < 0.96) {
      const editor = document.createElement('div');
      editor.setAttribute('contenteditable', 'true');
      fill(random, editor, depth + 1);
      parent.append(editor);
    } else {
      const host = document.createElement('div');
      fill(random, host.attachShadow({ mode: 'open' }), depth + 1);
      parent.append(host);
    }
  }
}

function serialize(node: Node): string {
  if (node.nodeType === 3) return `#${(node as Text).data}`;
  const element = node as Element;
  const shadow = element.shadowRoot ? `{${[...element.shadowRoot.childNodes].map(serialize).join('')}}` : '';
  const name = element.nodeName ?? '';
  return `<${name}${element.getAttribute?.('contenteditable') ? ' ce' : ''}>${shadow}${[...node.childNodes]
    .map(serialize)
    .join('')}</${name}>`;
}

/** What the content script does per root: every block, and the shadow roots found on the way. */
function markAll(root: Node, registry: MarkRegistry): void {
  const roots: Node[] = [root];
  while (roots.length > 0) {
    const next = roots.pop() as Node;
    for (const block of walkTextBlocks(next, (shadow) => roots.push(shadow))) {
      registry.replaceBlock(block, matcher.find(block.text), categoryOf);
    }
  }
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
      markAll(document.body, registry);
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
