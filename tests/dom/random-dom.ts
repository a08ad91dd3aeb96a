/**
 * Random DOM trees for the scanner fuzz tests: nested inline and block elements, shadow roots,
 * skipped regions and editors, with text full of (noisy) glossary forms cut at random points.
 */
import type { Matcher } from '../../core/matching/matcher';
import { glossary } from '../../data/glossary';
import type { MarkRegistry } from '../../entrypoints/content/scan/mark-registry';
import { walkTextBlocks } from '../../entrypoints/content/scan/text-blocks';
import { ENGLISH_WORDS, noisyForm, OTHER_SCRIPT_WORDS, type Random, SPANISH_WORDS } from '../node/text-noise';

const forms = glossary.flatMap((entry) =>
  [entry.term, ...entry.aliases].map((form) => ({
    form,
    caseSensitive: entry.caseSensitive?.includes(form) ?? false,
  })),
);
const WORDS = [...ENGLISH_WORDS, ...SPANISH_WORDS, ...OTHER_SCRIPT_WORDS];
export const INLINE = ['span', 'em', 'b', 'strong', 'a', 'i', 'small', 'mark', 'q', 'sub', 'abbr'];
export const BLOCK = ['p', 'div', 'li', 'h2', 'section', 'blockquote', 'td', 'article', 'figcaption'];
const SKIPPED = ['textarea', 'script', 'style', 'code', 'pre', 'noscript', 'select'];

/** Text with glossary forms (noisy) among filler, cut into pieces at random points. */
export function randomText(random: Random): string {
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

export function fill(random: Random, parent: Element | ShadowRoot, depth: number): void {
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

/** Reads `root` the way the content script does: every block, and the shadow roots found on the way. */
export function markAll(
  root: Node,
  registry: MarkRegistry,
  matcher: Matcher,
  categoryOf: Readonly<Record<string, string>>,
): void {
  const roots: Node[] = [root];
  while (roots.length > 0) {
    const next = roots.pop() as Node;
    for (const block of walkTextBlocks(next, (shadow) => roots.push(shadow))) {
      registry.replaceBlock(block, matcher.find(block.text), categoryOf);
    }
  }
}
