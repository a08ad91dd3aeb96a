/**
 * Where a news page's article is, told apart from its furniture, for the page-facts readers: which
 * `<time>` is the article's own date, which text is the article's language. Heuristics, kept few:
 *
 * - Furniture: inside `aside`, `nav`, `footer`, a landmark role other than main, the site's masthead
 *   (a page-level `header` with a `nav`, or without an `h1`), or an element whose class or id names
 *   related stories, comments, sidebars, tickers, widgets and the like (FURNITURE_WORDS). Class names
 *   are read only below the nearest `article`, `main` or element holding the main heading: layout
 *   wrappers ("page-with-sidebar", "st-sidebar__container") hold the article too.
 * - The main heading: the first `h1` not inside furniture tags, roles or the masthead (class names
 *   are not read for it: they are what the heading tells apart).
 * - The main article: the `article` holding the main heading, else the page's only `article` (several
 *   and none holding the heading: a list of stories, no main article).
 */

/** Class and id words (split at -, _, and camelCase) that mark page furniture. */
const FURNITURE_WORDS = new Set([
  'aside',
  'sidebar',
  'related',
  'relacionadas',
  'relacionados',
  'relacionada',
  'relacionado',
  'recommended',
  'recommendations',
  'recomendados',
  'recomendadas',
  'comment',
  'comments',
  'comentario',
  'comentarios',
  'disqus',
  'footer',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'trending',
  'popular',
  'mostread',
  'outbrain',
  'taboola',
  'ticker',
  'teaser',
  'teasers',
  'carousel',
  'newsletter',
  'widget',
  'promo',
  'sponsored',
  'more',
  'also',
  'tambien',
  'leidas',
  'vistas',
]);

/** Landmark roles of page furniture. */
const FURNITURE_ROLES = new Set(['complementary', 'navigation', 'contentinfo', 'banner', 'search']);

/** Elements that are furniture by their tag. */
const FURNITURE_TAGS = new Set(['aside', 'nav', 'footer']);

/** Sectioning elements: a `header` inside one is that section's header, not the site's masthead. */
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

/** How many headings and articles are looked at: the main ones come early. */
const MAX_HEADINGS = 10;
const MAX_ARTICLES = 20;

/** The words of an element's class and id: "relatedStories c-teaser" → related, stories, c, teaser. */
export function attributeWords(element: Element): string[] {
  const text = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.slice(0, 500);
  return text
    .split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** A page-level `header` (no sectioning ancestor) that holds the site's navigation or no heading. */
function isMasthead(element: Element): boolean {
  if (element.getAttribute('role') === 'banner') return true;
  if (element.localName !== 'header') return false;
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (SECTIONING.has(parent.localName) || parent.getAttribute('role') === 'main') return false;
  }
  return element.querySelector('nav') !== null || element.querySelector('h1') === null;
}

/**
 * Whether `node` sits in page furniture (see the module comment). `heading` is the main heading, or
 * null when the page has none, or 'tags only' to leave class names out (while looking for it).
 */
export function isInFurniture(node: Node, heading: Element | null | 'tags only'): boolean {
  let readClasses = heading !== 'tags only';
  const start = node.nodeType === 1 ? (node as Element) : node.parentElement;
  for (let element = start; element; element = element.parentElement) {
    const tag = element.localName;
    if (tag === 'body' || tag === 'html') return false;
    if (FURNITURE_TAGS.has(tag) || isMasthead(element)) return true;
    const role = element.getAttribute('role');
    if (role !== null && FURNITURE_ROLES.has(role)) return true;
    if (tag === 'article' || tag === 'main' || role === 'main') readClasses = false;
    if (readClasses && heading !== null && heading !== 'tags only' && element.contains(heading))
      readClasses = false;
    if (readClasses && attributeWords(element).some((word) => FURNITURE_WORDS.has(word))) return true;
  }
  return false;
}

/** The page's main heading and main article (either may be missing). */
export interface ArticleLayout {
  heading: Element | null;
  article: Element | null;
}

/** Finds the main heading and the main article (see the module comment). */
export function findArticleLayout(doc: Document): ArticleLayout {
  let heading: Element | null = null;
  const headings = doc.getElementsByTagName('h1');
  for (let index = 0; index < MAX_HEADINGS; index++) {
    const candidate = headings.item(index);
    if (!candidate) break;
    if (!isInFurniture(candidate, 'tags only')) {
      heading = candidate;
      break;
    }
  }
  let article: Element | null = heading?.closest('article') ?? null;
  if (!article) {
    const articles = doc.getElementsByTagName('article');
    let only: Element | null = null;
    let count = 0;
    for (let index = 0; index < MAX_ARTICLES && count < 2; index++) {
      const candidate = articles.item(index);
      if (!candidate) break;
      if (isInFurniture(candidate, heading) || only?.contains(candidate)) continue;
      only = candidate;
      count++;
    }
    if (count === 1) article = only;
  }
  return { heading, article };
}
