/**
 * Reads what a page says about its language (core/page-facts/page-language.ts decides): the `lang`
 * declarations and a sample of the article's text. Reads only, within bounds: the sample is the first
 * text of the main content, taken node by node, never the whole page's textContent.
 */
import type { PageLanguageClues } from '../../../core/page-facts/page-language';
import { findArticleLayout } from './article-layout';
import { leadingText } from './bounded-text';

/** A few thousand characters tell the language; more only costs time. */
const MAX_SAMPLE = 4_000;
const MAX_METAS = 300;
const MAX_DECLARATION = 100;

/**
 * Declarations that stand in for `content-language`, best first: the header's own meta, the names
 * CMSs use for it, then Open Graph's locale ("es_PE"), which many sites set and few others do.
 */
const DECLARATIONS: readonly { attribute: string; value: string }[] = [
  { attribute: 'http-equiv', value: 'content-language' },
  { attribute: 'name', value: 'content-language' },
  { attribute: 'name', value: 'language' },
  { attribute: 'name', value: 'dc.language' },
  { attribute: 'name', value: 'dcterms.language' },
  { attribute: 'property', value: 'og:locale' },
];

/** Subtrees of the sample's root that are not the article's prose (site menus, share bars, forms). */
const NOT_PROSE = new Set(['nav', 'aside', 'footer', 'form', 'button', 'figure', 'menu']);

/** The page's language clues: `<html lang>`, the content-language declaration, a text sample. */
export function readPageLanguageClues(doc: Document): PageLanguageClues {
  const clues: PageLanguageClues = { text: textSample(doc) };
  const html = doc.documentElement;
  const lang = html?.getAttribute('lang') ?? html?.getAttribute('xml:lang');
  if (lang !== null && lang !== undefined) clues.htmlLang = lang.slice(0, MAX_DECLARATION);
  const declared = contentLanguageOf(doc);
  if (declared !== undefined) clues.contentLanguage = declared;
  return clues;
}

function contentLanguageOf(doc: Document): string | undefined {
  const found = new Map<number, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let index = 0; index < MAX_METAS; index++) {
    const meta = metas.item(index);
    if (!meta) break;
    const content = meta.getAttribute('content');
    if (content === null) continue;
    DECLARATIONS.forEach(({ attribute, value }, rank) => {
      if (!found.has(rank) && meta.getAttribute(attribute)?.trim().toLowerCase() === value) {
        found.set(rank, content.slice(0, MAX_DECLARATION));
      }
    });
  }
  const best = Math.min(...found.keys());
  return found.get(best);
}

/** The first text of the main article, else of `main`, else of the body. */
function textSample(doc: Document): string {
  const root =
    findArticleLayout(doc).article ??
    doc.querySelector('main, [role="main"]') ??
    doc.body ??
    doc.documentElement;
  if (!root) return '';
  return leadingText(root, MAX_SAMPLE, {
    separator: ' ',
    skip: (element) => NOT_PROSE.has(element.localName),
  });
}
