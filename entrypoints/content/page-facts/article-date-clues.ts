/**
 * Reads what a page says about its publication date (core/page-facts/article-date.ts decides). Reads
 * only, never changes the page, and within bounds, so a hostile page (ten thousand scripts, a
 * megabyte of JSON-LD, a `<time>` holding the whole page) cannot make it slow.
 *
 * Which `<time>` is in the article's header (TimeClue.inHeader), given the main heading H and the main
 * article A (article-layout.ts): never page furniture, nor a time in another `article` (a story card,
 * a comment); then any of
 * - inside the header around H: its `header` element, or else H's parent when that is a small wrapper;
 * - in A before its body text (the first long paragraph that is not a standfirst);
 * - after H and before the body text (bylines between the headline and the story);
 * - in a byline-like element (class, id or itemprop words: byline, dateline, date, fecha, meta,
 *   published, author…) in A, or near H (sharing an ancestor below `body`), or anywhere when the
 *   page has neither H nor A.
 */
import type {
  ArticleDateClues,
  ItempropDateClue,
  MetaClue,
  TimeClue,
} from '../../../core/page-facts/article-date';
import { type ArticleLayout, attributeWords, findArticleLayout, isInFurniture } from './article-layout';
import { leadingText } from './bounded-text';

const MAX_SCRIPTS = 500;
const MAX_JSON_LD_SCRIPTS = 30;
/** All JSON-LD read, in characters; a bigger script is skipped whole (cut JSON does not parse). */
const MAX_JSON_LD_CHARS = 200_000;
const MAX_METAS = 500;
const MAX_META_CONTENT = 4_000;
const MAX_TIMES = 60;
const MAX_ITEMPROPS = 20;
const MAX_DATE_TEXT = 200;
const MAX_CONTEXT = 300;
const LABEL_CHARS = 60;
const MAX_PARAGRAPHS = 60;
/** A paragraph this long is body text; shorter ones are captions, credits or datelines. */
const BODY_PARAGRAPH_CHARS = 100;

/** Words of a byline or dateline's class, id or itemprop. */
const BYLINE_WORDS = new Set(
  (
    'byline dateline date dates datetime time timestamp fecha hora published publish ' +
    'publicado publicacion pubdate posted meta metadata info credit credits author authors ' +
    'autor firma datepublished'
  ).split(' '),
);

/** Words of a standfirst's class: a long paragraph under the headline that is not yet the story. */
const STANDFIRST_WORDS = new Set(
  (
    'standfirst summary sumario bajada lead dek deck subtitle subtitulo entradilla excerpt ' +
    'intro kicker epigraph description'
  ).split(' '),
);

/** How far up a byline-like ancestor is looked for. */
const BYLINE_DEPTH = 5;

/** The page's date clues, read within bounds. `url` is the page's address. */
export function readArticleDateClues(doc: Document, url: string): ArticleDateClues {
  const layout = findArticleLayout(doc);
  return {
    jsonLd: readJsonLd(doc),
    metas: readMetas(doc, layout),
    times: readTimes(doc, layout),
    itempropDates: readItempropDates(doc, layout),
    url,
  };
}

function readJsonLd(doc: Document): string[] {
  const texts: string[] = [];
  let budget = MAX_JSON_LD_CHARS;
  const scripts = doc.getElementsByTagName('script');
  for (let index = 0; index < MAX_SCRIPTS && texts.length < MAX_JSON_LD_SCRIPTS; index++) {
    const script = scripts.item(index);
    if (!script) break;
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (!type.startsWith('application/ld+json')) continue;
    const length = textLength(script);
    if (length > budget) continue;
    budget -= length;
    texts.push(script.textContent ?? '');
  }
  return texts;
}

/** The length of an element's own text children, without building the text. */
function textLength(element: Element): number {
  let length = 0;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) length += (child as Text).length;
  }
  return length;
}

function readMetas(doc: Document, layout: ArticleLayout): MetaClue[] {
  const metas: MetaClue[] = [];
  const elements = doc.getElementsByTagName('meta');
  for (let index = 0; index < MAX_METAS; index++) {
    const meta = elements.item(index);
    if (!meta) break;
    const content = meta.getAttribute('content');
    if (content === null) continue;
    const clue: MetaClue = { content: content.slice(0, MAX_META_CONTENT) };
    const name = meta.getAttribute('name');
    const property = meta.getAttribute('property');
    const itemprop = meta.getAttribute('itemprop');
    const httpEquiv = meta.getAttribute('http-equiv');
    if (name !== null) clue.name = name;
    if (property !== null) clue.property = property;
    if (httpEquiv !== null) clue.httpEquiv = httpEquiv;
    if (itemprop !== null) {
      // Microdata in the body may describe a related story or a comment.
      if (!isOwnItem(meta, layout)) continue;
      clue.itemprop = itemprop;
      const itemType = itemTypeOf(meta);
      if (itemType !== undefined) clue.itemType = itemType;
    }
    if (name !== null || property !== null || itemprop !== null || httpEquiv !== null) metas.push(clue);
  }
  return metas;
}

function readItempropDates(doc: Document, layout: ArticleLayout): ItempropDateClue[] {
  const clues: ItempropDateClue[] = [];
  const elements = doc.querySelectorAll('[itemprop~="datePublished"], [itemprop~="datepublished"]');
  for (const element of Array.from(elements).slice(0, MAX_ITEMPROPS)) {
    if (element.localName === 'meta' || !isOwnItem(element, layout)) continue;
    const attribute = element.getAttribute('content') ?? element.getAttribute('datetime');
    const value = attribute ?? leadingText(element, MAX_DATE_TEXT);
    const clue: ItempropDateClue = { value: value.slice(0, MAX_DATE_TEXT) };
    const itemType = itemTypeOf(element);
    if (itemType !== undefined) clue.itemType = itemType;
    clues.push(clue);
  }
  return clues;
}

/** The `itemtype` of the microdata item an element's property belongs to ('' untyped, undefined none). */
function itemTypeOf(element: Element): string | undefined {
  const scope = element.parentElement?.closest('[itemscope]');
  if (!scope) return undefined;
  return (scope.getAttribute('itemtype') ?? '').slice(0, MAX_CONTEXT);
}

/** Not furniture, and not inside a story card or comment (an `article` other than the main one). */
function isOwnItem(element: Element, layout: ArticleLayout): boolean {
  if (element.closest('head')) return true;
  return !isInFurniture(element, layout.heading) && !inOtherArticle(element, layout);
}

function inOtherArticle(element: Element, { heading, article }: ArticleLayout): boolean {
  const own = element.closest('article');
  return own !== null && own !== article && !(heading !== null && own.contains(heading));
}

function readTimes(doc: Document, layout: ArticleLayout): TimeClue[] {
  const header = new HeaderArea(doc, layout);
  const times: TimeClue[] = [];
  const elements = doc.getElementsByTagName('time');
  for (let index = 0; index < MAX_TIMES; index++) {
    const time = elements.item(index);
    if (!time) break;
    const clue: TimeClue = {
      text: leadingText(time, MAX_DATE_TEXT),
      inHeader: header.contains(time),
      context: contextOf(time),
    };
    const datetime = time.getAttribute('datetime');
    if (datetime !== null) clue.datetime = datetime.slice(0, MAX_DATE_TEXT);
    times.push(clue);
  }
  return times;
}

/** Words that say what a time is: its and its parent's class, id and itemprop, a label just before it. */
function contextOf(time: Element): string {
  const parts: string[] = [];
  for (const element of [time, time.parentElement]) {
    if (!element) continue;
    parts.push(attributeWords(element).join(' '), element.getAttribute('itemprop') ?? '');
  }
  if (time.hasAttribute('pubdate')) parts.push('pubdate');
  parts.push(labelBefore(time));
  return parts.filter(Boolean).join(' ').slice(0, MAX_CONTEXT);
}

/** The words just before an element ("Actualizado:", "Published"), across white space between them. */
function labelBefore(element: Element): string {
  let before = element.previousSibling;
  while (before && before.nodeType === 3 && (before as Text).data.trim() === '')
    before = before.previousSibling;
  if (!before) return '';
  if (before.nodeType === 3) return (before as Text).data.slice(-LABEL_CHARS);
  return before.nodeType === 1 ? leadingText(before, LABEL_CHARS) : '';
}

/** The article's header area (see the module comment). */
class HeaderArea {
  private readonly layout: ArticleLayout;
  /** The header around the main heading. */
  private readonly block: Element | null;
  /** The first paragraph of body text, where the header area ends (null: none found). */
  private readonly bodyStart: Element | null;

  constructor(doc: Document, layout: ArticleLayout) {
    this.layout = layout;
    this.block = headerBlockOf(layout);
    const scope = layout.article ?? layout.heading?.closest('main, [role="main"]') ?? doc.body;
    this.bodyStart = scope ? firstBodyParagraph(scope, layout.heading, this.block) : null;
  }

  contains(time: Element): boolean {
    const { heading, article } = this.layout;
    if (isInFurniture(time, heading) || inOtherArticle(time, this.layout)) return false;
    if (this.block?.contains(time)) return true;
    const beforeBody = this.bodyStart === null || precedes(time, this.bodyStart);
    if (article?.contains(time) && beforeBody) return true;
    if (heading && precedes(heading, time) && beforeBody) return true;
    if (!isBylineLike(time)) return false;
    if (article) return article.contains(time);
    if (heading) return nearEachOther(heading, time);
    return true;
  }
}

/** The `header` around the main heading, or its parent when that is a wrapper smaller than the page. */
function headerBlockOf({ heading, article }: ArticleLayout): Element | null {
  if (!heading) return article?.querySelector('header') ?? null;
  const header = heading.closest('header');
  if (header && !isInFurniture(header, heading)) return header;
  const parent = heading.parentElement;
  if (!parent || parent === article || ['body', 'main', 'html'].includes(parent.localName)) return null;
  if (parent.getAttribute('role') === 'main') return null;
  return parent;
}

/** The first long paragraph in `scope` after the heading, outside the header and not a standfirst. */
function firstBodyParagraph(scope: Element, heading: Element | null, block: Element | null): Element | null {
  const paragraphs = scope.getElementsByTagName('p');
  for (let index = 0; index < MAX_PARAGRAPHS; index++) {
    const paragraph = paragraphs.item(index);
    if (!paragraph) break;
    if (block?.contains(paragraph) || (heading && !precedes(heading, paragraph))) continue;
    if (attributeWords(paragraph).some((word) => STANDFIRST_WORDS.has(word))) continue;
    if (isInFurniture(paragraph, heading)) continue;
    if (leadingText(paragraph, 2 * BODY_PARAGRAPH_CHARS).trim().length >= BODY_PARAGRAPH_CHARS)
      return paragraph;
  }
  return null;
}

/**
 * Whether `first` comes before `second` in the document and does not contain it. Walks the two
 * ancestor chains and then the siblings between them: compareDocumentPosition costs a walk of the
 * whole document in some DOM implementations (happy-dom), this stays near the two nodes.
 */
function precedes(first: Node, second: Node): boolean {
  if (first === second || first.contains(second)) return false;
  if (second.contains(first)) return true;
  const firstChain = ancestorChain(first);
  const secondChain = ancestorChain(second);
  // Both chains start at the same root; step down while they agree.
  let depth = 0;
  while (firstChain[depth] !== undefined && firstChain[depth] === secondChain[depth]) depth++;
  const firstBranch = firstChain[depth];
  const secondBranch = secondChain[depth];
  if (!firstBranch || !secondBranch) return false;
  for (let node = firstBranch.nextSibling; node; node = node.nextSibling) {
    if (node === secondBranch) return true;
  }
  return false;
}

/** `node` and its ancestors, root first. */
function ancestorChain(node: Node): Node[] {
  const chain: Node[] = [];
  for (let current: Node | null = node; current; current = current.parentNode) chain.push(current);
  return chain.reverse();
}

/** The time or one of its near ancestors has a byline-like class, id or itemprop. */
function isBylineLike(time: Element): boolean {
  let element: Element | null = time;
  for (let depth = 0; element && depth <= BYLINE_DEPTH; depth++, element = element.parentElement) {
    const words = attributeWords(element);
    const itemprop = element.getAttribute('itemprop');
    if (itemprop) words.push(...itemprop.toLowerCase().split(/\s+/));
    if (words.some((word) => BYLINE_WORDS.has(word))) return true;
  }
  return false;
}

/** The two share an ancestor below `body` and `main`: the same column of the page, not just the page. */
function nearEachOther(a: Element, b: Element): boolean {
  for (let parent = a.parentElement; parent; parent = parent.parentElement) {
    if (['body', 'html', 'main'].includes(parent.localName)) return false;
    if (parent.contains(b)) return true;
  }
  return false;
}
