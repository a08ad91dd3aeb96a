/**
 * An article's publication date, from the clues its page gives (read by the content script, see
 * entrypoints/content/article-date-clues.ts): the popover's "Since this article" lists what happened
 * after it. Pure, so the rules are tested in Node over plain data.
 *
 * Order of trust, first usable date wins:
 * 1. JSON-LD `datePublished` of the page's own article item (json-ld-dates.ts), then of its WebPage;
 * 2. meta tags and microdata: `article:published_time` and its Open Graph variants, then
 *    `itemprop="datePublished"`, then the vendor and Dublin Core names (PUBLISHED_META_KEYS order);
 * 3. a `<time>` in the article's header or byline (not one labelled "Updated");
 * 4. a date in the URL's path (url-date.ts).
 * Modified dates (dateModified, article:modified_time, og:updated_time, Last-Modified) are never read.
 *
 * A usable date is a full day, from 1990 on, not after today anywhere on Earth. A partial date
 * ("2011-04", "2011") never becomes the answer: the popover needs a day to tell which events came
 * after, and a wrong day is worse than no section. It does constrain the clues below it: the first
 * partial date met must contain the date finally chosen, so a JSON-LD "2011-04" and a URL /2019/01/05/
 * give no date rather than 2019.
 */
import { isArticleOrPageType, jsonLdPublishedDates } from './json-ld-dates';
import { dateInUrlPath } from './url-date';
import { findDateInText, isoOf, isPlausible, parseMachineDate, type WrittenDate } from './written-date';

/** A `<meta>` tag as written; names are compared without regard to case. */
export interface MetaClue {
  name?: string;
  property?: string;
  itemprop?: string;
  httpEquiv?: string;
  content: string;
  /** The `itemtype` of the microdata item the tag belongs to ('' for an item without a type). */
  itemType?: string;
}

/** A `<time>` element. */
export interface TimeClue {
  /** Its `datetime` attribute, when it has one. */
  datetime?: string;
  /** Its text ("14 de abril de 2011"), read only when `datetime` gives no full date. */
  text: string;
  /** Whether it sits in the article's header or byline rather than in page furniture. */
  inHeader: boolean;
  /** Words that say what it is: its class, id, itemprop and pubdate attribute, the label before it. */
  context?: string;
}

/** An element other than `<meta>` with `itemprop="datePublished"` (often a `<time>` or a `<span>`). */
export interface ItempropDateClue {
  /** Its `content` or `datetime` attribute, or else its text. */
  value: string;
  /** The `itemtype` of the microdata item it belongs to ('' for an item without a type). */
  itemType?: string;
}

/** What a page says about its date, as plain data. */
export interface ArticleDateClues {
  /** The text of each `<script type="application/ld+json">`, in document order. */
  jsonLd: readonly string[];
  metas: readonly MetaClue[];
  times: readonly TimeClue[];
  itempropDates: readonly ItempropDateClue[];
  /** The page's address. */
  url: string;
}

/** Where the date came from, for tests and for telling how sure the popover can be. */
type ArticleDateSource = 'json-ld' | 'meta' | 'time' | 'url';

/** A publication day, as written where the article was published. */
export interface ArticleDate {
  /** 'YYYY-MM-DD'. */
  date: string;
  source: ArticleDateSource;
}

/**
 * Meta names and properties that hold the publication date, best first. Open Graph's article tags are
 * the most widely kept; `itemprop:datepublished` stands for microdata; the rest are vendors' tags
 * (Parse.ly, Sailthru, cXense…), Dublin Core and Highwire (citation_*), and the generic "date" last.
 */
const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'itemprop:datepublished',
  'parsely-pub-date',
  'parsely-page',
  'sailthru.date',
  'cxenseparse:recs:publishtime',
  'article.published',
  'article_date_original',
  'originalpublicationdate',
  'publish-date',
  'publish_date',
  'publishdate',
  'publication_date',
  'publication-date',
  'pubdate',
  'pub_date',
  'date_published',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'pdate',
  'ptime',
  'date',
];
const META_RANK = new Map(PUBLISHED_META_KEYS.map((key, rank) => [key, rank]));
const ITEMPROP_RANK = META_RANK.get('itemprop:datepublished') ?? 0;

/** Labels of a date that is not the publication date. */
const MODIFIED_LABEL = /modif|updat|actualiz|edited|editad|revis|last.?change/i;
/** Labels of the publication date, preferred when a header shows several dates. */
const PUBLISHED_LABEL = /publi|pubdate|posted|datepublished|\bpub\b|fecha.?pub/i;

/** One clue's date, in order of trust. */
interface Clue {
  date: WrittenDate | null;
  source: ArticleDateSource;
}

/**
 * The article's publication day, or null when the page gives none that can be trusted (the popover
 * then shows no "Since this article" section). `now` is today's instant; dates after it are ignored.
 */
export function articleDateFrom(clues: ArticleDateClues, now: Date = new Date()): ArticleDate | null {
  let constraint: WrittenDate | undefined;
  for (const { date, source } of cluesInOrderOfTrust(clues)) {
    if (!date || !isPlausible(date, now)) continue;
    if (date.day === undefined) {
      constraint ??= date;
      continue;
    }
    if (constraint && !contains(constraint, date)) continue;
    return { date: isoOf(date), source };
  }
  return null;
}

/** Clues are read lazily: most pages are settled by their JSON-LD or their first meta tag. */
function* cluesInOrderOfTrust(clues: ArticleDateClues): Generator<Clue> {
  for (const value of jsonLdPublishedDates(clues.jsonLd, clues.url)) {
    yield { date: readDateValue(value), source: 'json-ld' };
  }
  for (const value of metaDatesInOrder(clues)) yield { date: readDateValue(value), source: 'meta' };
  for (const date of headerTimeDates(clues.times)) yield { date, source: 'time' };
  yield { date: dateInUrlPath(clues.url), source: 'url' };
}

/** Meta tags and microdata values, best key first, document order among equals. */
function metaDatesInOrder(clues: ArticleDateClues): string[] {
  const ranked: { value: string; rank: number; order: number }[] = [];
  clues.metas.forEach((meta, order) => {
    if (!ofThisPage(meta.itemType)) return;
    const rank = metaRank(meta);
    if (rank === undefined) return;
    const value = meta.content;
    const key = (meta.name ?? meta.property ?? '').toLowerCase();
    ranked.push({ value: key === 'parsely-page' ? parselyPubDate(value) : value, rank, order });
  });
  clues.itempropDates.forEach((item, order) => {
    if (ofThisPage(item.itemType))
      ranked.push({ value: item.value, rank: ITEMPROP_RANK, order: 1e6 + order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.map((item) => item.value);
}

/** The best rank among the names a tag goes by (a tag may carry both `name` and `property`). */
function metaRank(meta: MetaClue): number | undefined {
  const keys = [meta.property, meta.name].map((key) => key?.trim().toLowerCase());
  for (const token of meta.itemprop?.toLowerCase().split(/\s+/) ?? []) keys.push(`itemprop:${token}`);
  let best: number | undefined;
  for (const key of keys) {
    const rank = key === undefined ? undefined : META_RANK.get(key);
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}

/** Microdata of another kind of item (a Comment, a VideoObject, a Person) dates that item, not the page. */
function ofThisPage(itemType: string | undefined): boolean {
  if (itemType === undefined || itemType.trim() === '') return true;
  return itemType.split(/\s+/).some((type) => type !== '' && isArticleOrPageType(type));
}

/** Parse.ly's older tag holds JSON: {"pub_date": "2011-04-14T15:00:00Z", …}. */
function parselyPubDate(content: string): string {
  try {
    const data: unknown = JSON.parse(content);
    if (data !== null && typeof data === 'object' && 'pub_date' in data) {
      const value = (data as Record<string, unknown>).pub_date;
      if (typeof value === 'string') return value;
    }
  } catch {
    // Not JSON: read as written below.
  }
  return content;
}

/**
 * A JSON-LD or meta value: machine formats first (schema.org asks for ISO 8601), then the words some
 * CMSs write instead ("April 14, 2011", "14 de abril de 2011").
 */
function readDateValue(value: string | number): WrittenDate | null {
  const machine = parseMachineDate(value);
  if (machine || typeof value === 'number') return machine;
  return findDateInText(value)?.date ?? null;
}

/**
 * The dates of the header's `<time>` elements, those labelled as the publication date first; times
 * labelled "Updated" / "Actualizado" are left out, and so is every time outside the header.
 */
function headerTimeDates(times: readonly TimeClue[]): WrittenDate[] {
  const labelled: WrittenDate[] = [];
  const others: WrittenDate[] = [];
  for (const time of times) {
    if (!time.inHeader) continue;
    const read = readTime(time);
    if (!read) continue;
    // WordPress marks a never-edited post's time "entry-date published updated": published wins.
    const published = PUBLISHED_LABEL.test(read.label);
    if (MODIFIED_LABEL.test(read.label) && !published) continue;
    (published ? labelled : others).push(read.date);
  }
  return [...labelled, ...others];
}

/**
 * A time's date, the datetime attribute if it is a full date, else its text; and the words that label
 * it: its context and its own text before the date ("Actualizado el 15/04/2011" is an update).
 */
function readTime(time: TimeClue): { date: WrittenDate; label: string } | null {
  const inText = findDateInText(time.text);
  const label = `${time.context ?? ''} ${inText ? inText.before : time.text.slice(0, 60)}`;
  const attribute = time.datetime === undefined ? null : parseMachineDate(time.datetime);
  if (attribute?.day !== undefined) return { date: attribute, label };
  if (inText) return { date: inText.date, label };
  return attribute ? { date: attribute, label } : null;
}

/** Whether a partial date contains another date ("2011-04" contains "2011-04-14"). */
function contains(partial: WrittenDate, date: WrittenDate): boolean {
  return (
    partial.year === date.year &&
    (partial.month === undefined || partial.month === date.month) &&
    (partial.day === undefined || partial.day === date.day)
  );
}
