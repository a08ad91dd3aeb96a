/**
 * The `datePublished` values of a page's JSON-LD that belong to the page itself, best first. JSON-LD
 * also describes other things (related stories in an ItemList, comments, videos, the publisher), so
 * only the page-level items are read: each script's top object or array, the members of `@graph`, and
 * the `mainEntity` of those. Nothing found deeper (hasPart, itemListElement, comment, liveBlogUpdate…)
 * is the page's own date.
 */

/** Types whose datePublished is the article's (schema.org's Article family, news and blog posts). */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'satiricalarticle',
  'scholarlyarticle',
  'techarticle',
  'report',
  'blogposting',
  'liveblogposting',
]);

/** Types whose datePublished is the page's: a last resort when no article item has a usable date. */
const PAGE_TYPES = new Set(['webpage', 'itempage']);

/** Whether a schema.org type name (any case, with or without its vocabulary prefix) is one of the above. */
export function isArticleOrPageType(type: string): boolean {
  const name = localName(type);
  return ARTICLE_TYPES.has(name) || PAGE_TYPES.has(name);
}

/** A hostile page can nest JSON deeply or make it huge: the walk stops at these bounds. */
const MAX_DEPTH = 8;
const MAX_NODES = 5_000;

/** A datePublished value as written (a string, or a number of seconds or milliseconds). */
export type DateValue = string | number;

/** How surely an item is the page's own: named its main entity, then at its address, then unsaid. */
const NAMED_MAIN = 2;
const AT_THIS_ADDRESS = 1;
const UNSAID = 0;

/** One candidate, with what ranks it: article or page type, how surely it is the page's, order. */
interface Candidate {
  value: DateValue;
  isArticle: boolean;
  mainness: number;
  order: number;
  id: string | undefined;
}

/**
 * The datePublished values of the page-level items, best first: article types before WebPage; within
 * each, a WebPage's `mainEntity` first, then an item whose `url`, `mainEntityOfPage` or `@id` is this
 * page, then the others, in document order. An item whose
 * `url` or `mainEntityOfPage` names another page is left out: it describes another story (a home page
 * or section page often describes its top story). `pageUrl` is the page's address.
 */
export function jsonLdPublishedDates(scripts: readonly string[], pageUrl: string): DateValue[] {
  const page = pathKey(pageUrl, undefined);
  const candidates: Candidate[] = [];
  const mainIds = new Set<string>();
  let nodes = 0;

  const visit = (value: unknown, depth: number, fromMainEntity: boolean) => {
    if (depth > MAX_DEPTH || ++nodes > MAX_NODES || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1, fromMainEntity);
      return;
    }
    const item = value as Record<string, unknown>;
    if ('@graph' in item) visit(item['@graph'], depth + 1, false);
    const types = typesOf(item['@type']);
    const isArticle = types.some((type) => ARTICLE_TYPES.has(type));
    const isPage = types.some((type) => PAGE_TYPES.has(type));
    if (isArticle || isPage) {
      const date = dateValue(item.datePublished);
      const placement = placementOf(item, pageUrl, page);
      const skipped = placement === 'elsewhere' || (!isArticle && page === '');
      if (date !== undefined && !skipped) {
        candidates.push({
          value: date,
          isArticle,
          mainness: fromMainEntity ? NAMED_MAIN : placement === 'here' ? AT_THIS_ADDRESS : UNSAID,
          order: candidates.length,
          id: typeof item['@id'] === 'string' ? item['@id'] : undefined,
        });
      }
    }
    const main = item.mainEntity;
    if (main !== undefined && isPage) {
      // The main entity of a page that says it is another page is not this page's main item.
      const ours = placementOf(item, pageUrl, page) !== 'elsewhere';
      for (const entity of Array.isArray(main) ? main : [main]) {
        const reference = referenceOf(entity);
        if (reference === undefined) visit(entity, depth + 1, ours);
        else if (ours) mainIds.add(reference);
      }
    }
  };

  for (const script of scripts) visit(parseJsonLd(script), 0, false);
  for (const candidate of candidates) {
    if (candidate.id !== undefined && mainIds.has(candidate.id)) candidate.mainness = NAMED_MAIN;
  }
  candidates.sort(
    (a, b) => Number(b.isArticle) - Number(a.isArticle) || b.mainness - a.mainness || a.order - b.order,
  );
  return candidates.map((candidate) => candidate.value);
}

/**
 * Parses one script's text; undefined when it is not JSON even after the usual repairs (HTML comment or
 * CDATA wrappers, raw line breaks inside strings, trailing commas). Never throws.
 */
export function parseJsonLd(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Repaired below.
  }
  const repaired = text
    .trim()
    .replace(/^(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/, '')
    .replace(/(?:-->|(?:\/\/\s*)?\]\]>)$/, '')
    // Control characters are never valid inside JSON strings, and are white space outside them.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
    .replace(/[\u0000-\u001f]+/g, ' ')
    .replace(/,(\s*[}\]])/g, '$1');
  try {
    return JSON.parse(repaired);
  } catch {
    return undefined;
  }
}

/** `@type` as lower-case local names: "NewsArticle", ["Article", "NewsArticle"], "schema:NewsArticle". */
function typesOf(type: unknown): string[] {
  const types = Array.isArray(type) ? type : [type];
  return types.filter((value): value is string => typeof value === 'string').map(localName);
}

/** "https://schema.org/NewsArticle", "schema:NewsArticle", "NewsArticle" → "newsarticle". */
function localName(type: string): string {
  return (type.trim().split(/[/:#]/).at(-1) ?? '').toLowerCase();
}

/** datePublished as written: a string, a number, the first of an array, or a `{"@value": …}` object. */
function dateValue(value: unknown): DateValue | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return dateValue(value[0]);
  if (value !== null && typeof value === 'object' && '@value' in value) {
    return dateValue((value as Record<string, unknown>)['@value']);
  }
  return undefined;
}

/** The `@id` of a bare reference (`{"@id": "…"}` with nothing else to read), or undefined. */
function referenceOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const item = value as Record<string, unknown>;
  return typeof item['@id'] === 'string' && item['@type'] === undefined ? item['@id'] : undefined;
}

/**
 * Whether an item says it is this page ('here'), another page ('elsewhere') or does not say. Its
 * `@id` only ever says 'here' ("https://site/story/#article"): ids such as "https://site/#/schema/1"
 * are names, not addresses.
 */
function placementOf(
  item: Record<string, unknown>,
  pageUrl: string,
  page: string | undefined,
): 'here' | 'elsewhere' | 'unknown' {
  if (page === undefined) return 'unknown';
  const addresses = [item.url, item.mainEntityOfPage]
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .map((value) => addressOf(value))
    .filter((value): value is string => value !== undefined)
    .map((address) => pathKey(address, pageUrl))
    .filter((key): key is string => key !== undefined);
  const id = typeof item['@id'] === 'string' ? pathKey(item['@id'], pageUrl) : undefined;
  if (id !== undefined && id !== '' && samePage(page, id)) return 'here';
  if (addresses.some((key) => samePage(page, key))) return 'here';
  return addresses.length > 0 ? 'elsewhere' : 'unknown';
}

function addressOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return undefined;
  const item = value as Record<string, unknown>;
  const address = item['@id'] ?? item.url;
  return typeof address === 'string' ? address : undefined;
}

/**
 * A page's path with what does not change the story taken off: host, query, fragment, a trailing slash
 * or index file, AMP markers (/amp/, .amp, ?outputType=amp). '' for a site's home page.
 */
function pathKey(address: string, base: string | undefined): string | undefined {
  let url: URL;
  try {
    url = base === undefined ? new URL(address) : new URL(address, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  return path
    .toLowerCase()
    .replace(/\/amp(?=\/|$)/g, '')
    .replace(/(?:\.amp)?(?:\.html?)?$/, '')
    .replace(/\/(?:index)?$/, '')
    .replace(/\/+$/, '');
}

/**
 * Two keys name the same page when equal, or when the page's path ends with the item's (an AMP cache
 * or a proxy puts the original address inside its own path).
 */
function samePage(page: string, item: string): boolean {
  return page === item || (item !== '' && page.endsWith(item));
}
