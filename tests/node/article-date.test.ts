import { describe, expect, it, test } from 'vitest';
import {
  type ArticleDateClues,
  articleDateFrom,
  type MetaClue,
  type TimeClue,
} from '../../core/page-facts/article-date';
import { jsonLdPublishedDates, parseJsonLd } from '../../core/page-facts/json-ld-dates';
import { dateInUrlPath } from '../../core/page-facts/url-date';
import {
  findDateInText,
  isoOf,
  isPlausible,
  latestPossibleDay,
  parseMachineDate,
} from '../../core/page-facts/written-date';
import { isRealDay } from '../../core/partial-date';
import { Random } from './text-noise';

const NOW = new Date('2025-06-01T12:00:00Z');
const URL_ = 'https://news.example/politica/peru-segunda-vuelta';

function clues(partial: Partial<ArticleDateClues>): ArticleDateClues {
  return { jsonLd: [], metas: [], times: [], itempropDates: [], url: URL_, ...partial };
}

function dateOf(partial: Partial<ArticleDateClues>, now = NOW) {
  return articleDateFrom(clues(partial), now);
}

function iso(text: string | number): string | null {
  const date = parseMachineDate(text);
  return date ? isoOf(date) : null;
}

function inText(text: string): string | null {
  const found = findDateInText(text);
  return found ? isoOf(found.date) : null;
}

const ld = (value: unknown) => JSON.stringify(value);

describe('parseMachineDate: the calendar date as written, never shifted to another zone', () => {
  it.each([
    ['2011-04-14', '2011-04-14'],
    ['2011-04-14T23:30:00-05:00', '2011-04-14'],
    ['2011-04-14T00:30:00+09:00', '2011-04-14'],
    ['2011-04-14T04:30:00Z', '2011-04-14'],
    ['2011-04-14T23:30:00.000+0000', '2011-04-14'],
    ['2011-04-14 10:00:00', '2011-04-14'],
    ['2011-04-14 10:00:00 -0500', '2011-04-14'],
    ['  2011-04-14T10:00  ', '2011-04-14'],
    ['2011/04/14', '2011-04-14'],
    ['2011/4/14 10:00', '2011-04-14'],
    ['2011.04.14', '2011-04-14'],
    ['20110414', '2011-04-14'],
    ['20110414T103000Z', '2011-04-14'],
    ['20110414103000', '2011-04-14'],
    ['Thu, 14 Apr 2011 10:00:00 -0500', '2011-04-14'],
    ['14 Apr 2011 10:00:00 GMT', '2011-04-14'],
    ['Thu Apr 14 2011 10:00:00 GMT-0500 (Peru Standard Time)', '2011-04-14'],
    ['2011-04', '2011-04'],
    ['2011', '2011'],
  ])('%s → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    '',
    'yesterday',
    '2011-02-29',
    '2012-13-01',
    '2011-04-31',
    '2011-04-1412',
    '2011-4',
    '201104141',
    '20110414256000',
    '2011-00',
    '32 Apr 2011',
    'hace 2 horas',
  ])('%j is not a date', (text) => {
    expect(parseMachineDate(text)).toBeNull();
  });

  test('29 February exists in leap years only', () => {
    expect(iso('2012-02-29')).toBe('2012-02-29');
    expect(iso('2000-02-29')).toBe('2000-02-29');
    expect(iso('1900-02-29')).toBeNull();
    expect(isRealDay(2011, 2, 29)).toBe(false);
  });

  test('Unix time (seconds or milliseconds) is read in UTC: it carries no zone', () => {
    expect(iso(1302795000)).toBe('2011-04-14');
    expect(iso(1302795000000)).toBe('2011-04-14');
    expect(iso('1302795000')).toBe('2011-04-14');
    expect(iso(Number.NaN)).toBeNull();
  });
});

describe('findDateInText: English and Spanish dates as bylines write them', () => {
  it.each([
    ['14 de abril de 2011', '2011-04-14'],
    ['Jueves 14 de abril del 2011 | 10:30 h', '2011-04-14'],
    ['Lima, 14 de Abril de 2011', '2011-04-14'],
    ['1º de mayo de 2011', '2011-05-01'],
    ['3 de setiembre de 2011', '2011-09-03'],
    ['3 de septiembre de 2011', '2011-09-03'],
    ['14 abr. 2011 - 10:30', '2011-04-14'],
    ['14-abr-2011', '2011-04-14'],
    ['abril 14, 2011', '2011-04-14'],
    ['sábado 2 de julio de 2011', '2011-07-02'],
    ['miércoles, 28 de diciembre de 2011', '2011-12-28'],
    ['April 14, 2011', '2011-04-14'],
    ['Thursday, April 14, 2011 10:30 AM EDT', '2011-04-14'],
    ['Apr. 14, 2011', '2011-04-14'],
    ['Sept. 3, 2011', '2011-09-03'],
    ['14 April 2011', '2011-04-14'],
    ['14th of April, 2011', '2011-04-14'],
    ['April 1st 2011', '2011-04-01'],
    ['Published 2011-04-14 10:00', '2011-04-14'],
    ['14/04/2011', '2011-04-14'],
    ['04/14/2011', '2011-04-14'],
    ['14.04.2011 10:30', '2011-04-14'],
    ['05/05/2011', '2011-05-05'],
  ])('%s → %s', (text, expected) => {
    expect(inText(text)).toBe(expected);
  });

  it.each([
    ['05/04/2011', 'day/month or month/day: either could be meant'],
    ['abril de 2011', 'no day'],
    ['April 2011', 'no day'],
    ['hace 3 horas', 'relative'],
    ['2 hours ago', 'relative'],
    ['31 de abril de 2011', 'no such day'],
    ['14 de abril', 'no year'],
    ['Page 14 of 2011 results', 'not a month'],
    ['', 'empty'],
  ])('%j is not read (%s)', (text) => {
    expect(findDateInText(text)).toBeNull();
  });

  test('the words before the date are kept, so "Actualizado" can be told from "Publicado"', () => {
    expect(findDateInText('Actualizado el 15 de abril de 2011')?.before).toBe('Actualizado el ');
  });
});

describe('isPlausible: from 1990 on, and not after today anywhere on Earth', () => {
  test('dates before 1990 are noise', () => {
    expect(isPlausible({ year: 1989, month: 12, day: 31 }, NOW)).toBe(false);
    expect(isPlausible({ year: 1990, month: 1, day: 1 }, NOW)).toBe(true);
  });

  test('today in the zone furthest ahead (UTC+14) is the latest possible day', () => {
    const lateEvening = new Date('2025-06-01T11:00:00Z');
    expect(latestPossibleDay(lateEvening)).toBe('2025-06-02');
    expect(isPlausible({ year: 2025, month: 6, day: 2 }, lateEvening)).toBe(true);
    expect(isPlausible({ year: 2025, month: 6, day: 3 }, lateEvening)).toBe(false);
    expect(isPlausible({ year: 2025, month: 6 }, lateEvening)).toBe(true);
    expect(isPlausible({ year: 2025, month: 7 }, lateEvening)).toBe(false);
  });
});

describe('dateInUrlPath', () => {
  it.each([
    ['https://x.example/2011/04/14/peru-runoff/', '2011-04-14'],
    ['https://x.example/internacional/2011/04/14/actualidad/1302732009_850215.html', '2011-04-14'],
    ['https://x.example/2011/4/14/humala', '2011-04-14'],
    ['https://x.example/world/2011/apr/14/peru-election', '2011-04-14'],
    ['https://x.example/world/2011/0414/peru', '2011-04-14'],
    ['https://x.example/mundo/noticias/2011/04/110414_peru_segunda_vuelta.shtml', '2011-04-14'],
    ['https://x.example/world/americas/peru-runoff-2011-04-14/', '2011-04-14'],
    ['https://x.example/2011-04-14/peru', '2011-04-14'],
    ['https://x.example/news/2011_04_14_peru', '2011-04-14'],
    ['https://x.example/20110414/peru', '2011-04-14'],
    ['https://x.example/politica/20110414-humala-gana', '2011-04-14'],
    ['https://x.example/espana/abci-humala-201104140315.html', '2011-04-14'],
    ['https://x.example/politica/humala-20110414103000.html', '2011-04-14'],
    ['https://x.example/2011/04/peru-runoff/', '2011-04'],
    ['https://x.example/2011/04/slug-2019-01-01', '2011-04'],
    ['https://x.example/2011/04/slug-2011-04-20', '2011-04-20'],
  ])('%s → %s', (url, expected) => {
    const date = dateInUrlPath(url);
    expect(date && isoOf(date)).toBe(expected);
  });

  it.each([
    ['https://x.example/noticia/20110414/', 'a record number after "noticia"'],
    ['https://x.example/id/20110414', 'a record number after "id"'],
    ['https://x.example/politica/humala-gana-20110414', 'eight digits ending a slug'],
    ['https://x.example/politica/20110414123/', 'nine digits or more'],
    ['https://x.example/politica/humala-noticia-1330421', 'seven digits'],
    ['https://x.example/politica/201104142561', 'twelve digits whose "time" is not one'],
    ['https://x.example/politica/2011/13/45/', 'no such month'],
    ['https://x.example/search?date=2011-04-14', 'in the query'],
    ['https://2011-04-14.x.example/peru', 'in the host'],
    ['https://x.example/#/2011/04/14/', 'in the fragment'],
    ['not a url', 'not a URL'],
  ])('%s has no date (%s)', (url) => {
    expect(dateInUrlPath(url)).toBeNull();
  });
});

describe('JSON-LD: the page’s own item', () => {
  test('a NewsArticle at the top', () => {
    expect(jsonLdPublishedDates([ld({ '@type': 'NewsArticle', datePublished: '2011-04-14' })], URL_)).toEqual(
      ['2011-04-14'],
    );
  });

  test('inside @graph (Yoast), the Article before its WebPage', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'WebPage',
          '@id': `${URL_}/`,
          url: `${URL_}/`,
          datePublished: '2011-04-13T10:00:00+00:00',
        },
        {
          '@type': 'Article',
          '@id': `${URL_}/#article`,
          isPartOf: { '@id': `${URL_}/` },
          mainEntityOfPage: { '@id': `${URL_}/` },
          datePublished: '2011-04-14T10:00:00+00:00',
          dateModified: '2020-01-01T10:00:00+00:00',
        },
        { '@type': 'Organization', '@id': 'https://news.example/#organization', foundingDate: '1995-01-01' },
      ],
    };
    expect(dateOf({ jsonLd: [ld(graph)] })).toEqual({ date: '2011-04-14', source: 'json-ld' });
  });

  test('an array of items, @type as an array, and types with their vocabulary prefix', () => {
    const items = [
      { '@type': 'BreadcrumbList', itemListElement: [] },
      { '@type': ['Article', 'NewsArticle'], datePublished: '2011-04-14' },
    ];
    expect(dateOf({ jsonLd: [ld(items)] })?.date).toBe('2011-04-14');
    expect(
      dateOf({
        jsonLd: [ld({ '@type': 'http://schema.org/ReportageNewsArticle', datePublished: '2011-04-14' })],
      })?.date,
    ).toBe('2011-04-14');
    expect(
      dateOf({ jsonLd: [ld({ '@type': 'schema:OpinionNewsArticle', datePublished: '2011-04-14' })] })?.date,
    ).toBe('2011-04-14');
  });

  test('a WebPage’s mainEntity, nested or by reference, is the main article', () => {
    const nested = {
      '@type': 'WebPage',
      datePublished: '2011-04-01',
      mainEntity: { '@type': 'NewsArticle', datePublished: '2011-04-14' },
    };
    expect(dateOf({ jsonLd: [ld(nested)] })?.date).toBe('2011-04-14');
    const byReference = {
      '@graph': [
        { '@type': 'NewsArticle', '@id': '#other', datePublished: '2011-03-01' },
        { '@type': 'NewsArticle', '@id': '#main', datePublished: '2011-04-14' },
        { '@type': 'WebPage', mainEntity: { '@id': '#main' } },
      ],
    };
    expect(dateOf({ jsonLd: [ld(byReference)] })?.date).toBe('2011-04-14');
  });

  test('the item whose url is this page wins over one that says nothing', () => {
    const scripts = [
      ld({ '@type': 'NewsArticle', datePublished: '2011-03-01' }),
      ld({ '@type': 'NewsArticle', url: URL_, datePublished: '2011-04-14' }),
    ];
    expect(dateOf({ jsonLd: scripts })?.date).toBe('2011-04-14');
  });

  test('an item that names another page is another story (a home page’s top story)', () => {
    const top = ld({
      '@type': 'NewsArticle',
      url: 'https://news.example/other-story',
      datePublished: '2011-03-01',
    });
    expect(dateOf({ jsonLd: [top] })).toBeNull();
    expect(
      dateOf({ jsonLd: [top], metas: [{ property: 'article:published_time', content: '2011-04-14' }] }),
    ).toEqual({
      date: '2011-04-14',
      source: 'meta',
    });
  });

  test('AMP and trailing-slash variants of the address are the same page', () => {
    const item = ld({ '@type': 'NewsArticle', mainEntityOfPage: `${URL_}/`, datePublished: '2011-04-14' });
    expect(dateOf({ jsonLd: [item], url: `${URL_}/amp/` })?.date).toBe('2011-04-14');
    expect(dateOf({ jsonLd: [item], url: `${URL_}.amp.html` })?.date).toBe('2011-04-14');
    expect(
      dateOf({ jsonLd: [item], url: `https://m.news.example/politica/peru-segunda-vuelta?outputType=amp` })
        ?.date,
    ).toBe('2011-04-14');
  });

  test('a relative url is read against the page', () => {
    const item = ld({
      '@type': 'NewsArticle',
      url: '/politica/peru-segunda-vuelta',
      datePublished: '2011-04-14',
    });
    expect(dateOf({ jsonLd: [item] })?.date).toBe('2011-04-14');
  });

  test('dates of other items are not the page’s: related lists, comments, videos, live updates, the publisher', () => {
    const article = {
      '@type': 'LiveBlogPosting',
      url: URL_,
      datePublished: '2011-04-14T08:00:00-05:00',
      liveBlogUpdate: [{ '@type': 'BlogPosting', datePublished: '2011-04-15T08:00:00-05:00' }],
      comment: [{ '@type': 'Comment', datePublished: '2011-04-16' }],
      video: { '@type': 'VideoObject', uploadDate: '2011-04-10', datePublished: '2011-04-10' },
      publisher: { '@type': 'Organization', foundingDate: '1995' },
    };
    const related = {
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', item: { '@type': 'NewsArticle', datePublished: '2011-05-01' } },
      ],
    };
    expect(dateOf({ jsonLd: [ld(related), ld(article)] })?.date).toBe('2011-04-14');
    expect(dateOf({ jsonLd: [ld(related)] })).toBeNull();
  });

  test('WebPage is a last resort, and not on a site’s home page (whose "date" is the site’s)', () => {
    const page = ld({ '@type': 'WebPage', datePublished: '2011-04-14' });
    expect(dateOf({ jsonLd: [page] })).toEqual({ date: '2011-04-14', source: 'json-ld' });
    expect(dateOf({ jsonLd: [page], url: 'https://news.example/' })).toBeNull();
    expect(dateOf({ jsonLd: [ld({ '@type': 'CollectionPage', datePublished: '2011-04-14' })] })).toBeNull();
  });

  test('dateModified alone is no publication date', () => {
    expect(dateOf({ jsonLd: [ld({ '@type': 'NewsArticle', dateModified: '2011-04-14' })] })).toBeNull();
  });

  test('datePublished as an array, a {"@value"} object or a number', () => {
    expect(dateOf({ jsonLd: [ld({ '@type': 'Article', datePublished: ['2011-04-14'] })] })?.date).toBe(
      '2011-04-14',
    );
    expect(
      dateOf({ jsonLd: [ld({ '@type': 'Article', datePublished: { '@value': '2011-04-14' } })] })?.date,
    ).toBe('2011-04-14');
    expect(dateOf({ jsonLd: [ld({ '@type': 'Article', datePublished: 1302795000 })] })?.date).toBe(
      '2011-04-14',
    );
  });

  test('an article whose date is unusable gives way to the next clue', () => {
    const future = ld({ '@type': 'NewsArticle', datePublished: '2099-01-01' });
    const tooOld = ld({ '@type': 'NewsArticle', datePublished: '1970-01-01T00:00:00Z' });
    const metas = [{ property: 'article:published_time', content: '2011-04-14' }];
    expect(dateOf({ jsonLd: [future, tooOld], metas })).toEqual({ date: '2011-04-14', source: 'meta' });
  });

  test('malformed JSON-LD never throws; the usual slips are repaired', () => {
    for (const broken of [
      '{',
      '',
      'null',
      '[]',
      '"x"',
      '{"@type": "NewsArticle", datePublished: 2011}',
      '<p>',
    ]) {
      expect(() => dateOf({ jsonLd: [broken] })).not.toThrow();
      expect(dateOf({ jsonLd: [broken] })).toBeNull();
    }
    expect(
      parseJsonLd('{"@type": "NewsArticle", "headline": "line\none", "datePublished": "2011-04-14",}'),
    ).toEqual({
      '@type': 'NewsArticle',
      headline: 'line one',
      datePublished: '2011-04-14',
    });
    expect(parseJsonLd('<!--{"a": 1}-->')).toEqual({ a: 1 });
    expect(parseJsonLd('//<![CDATA[\n{"a": [1, 2,]}\n//]]>')).toEqual({ a: [1, 2] });
  });

  test('deep or huge JSON is walked within bounds', () => {
    const text = `${'['.repeat(5_000)}{"@type":"NewsArticle","datePublished":"2011-04-14"}${']'.repeat(5_000)}`;
    expect(() => dateOf({ jsonLd: [text] })).not.toThrow();
    const wide = ld({ '@graph': Array.from({ length: 20_000 }, () => ({ '@type': 'Thing' })) });
    expect(dateOf({ jsonLd: [wide] })).toBeNull();
  });
});

describe('meta tags', () => {
  const meta = (key: string, content: string, kind: keyof MetaClue = 'name'): MetaClue => ({
    [kind]: key,
    content,
  });

  it.each([
    ['property', 'article:published_time', '2011-04-14T10:00:00-05:00'],
    ['name', 'article:published_time', '2011-04-14T10:00:00-05:00'],
    ['property', 'og:article:published_time', '2011-04-14'],
    ['property', 'og:published_time', '2011-04-14'],
    ['itemprop', 'datePublished', '2011-04-14'],
    ['name', 'date', '2011-04-14'],
    ['name', 'pubdate', '2011-04-14'],
    ['name', 'publishdate', '2011-04-14'],
    ['name', 'publish-date', '2011-04-14'],
    ['name', 'parsely-pub-date', '2011-04-14T15:00:00Z'],
    ['name', 'sailthru.date', '2011-04-14 10:00:00'],
    ['name', 'dc.date', '2011-04-14'],
    ['name', 'DC.date.issued', '2011-04-14'],
    ['name', 'dcterms.created', '2011-04-14'],
    ['name', 'citation_publication_date', '2011/04/14'],
    ['name', 'article.published', '2011-04-14T10:00:00.000Z'],
    ['name', 'cXenseParse:recs:publishtime', '2011-04-14T10:00-0500'],
    ['name', 'OriginalPublicationDate', '2011/04/14 10:00:00'],
    ['name', 'ptime', '20110414100000'],
    ['name', 'parsely-page', '{"title": "Humala", "pub_date": "2011-04-14T15:00:00Z"}'],
    ['name', 'date', 'April 14, 2011'],
    ['name', 'date', '14 de abril de 2011'],
  ] as const)('%s=%s', (kind, key, content) => {
    expect(dateOf({ metas: [meta(key, content, kind)] })).toEqual({ date: '2011-04-14', source: 'meta' });
  });

  it.each([
    ['property', 'article:modified_time'],
    ['property', 'og:updated_time'],
    ['httpEquiv', 'last-modified'],
    ['itemprop', 'dateModified'],
    ['name', 'description'],
    ['property', 'og:title'],
  ] as const)('%s=%s is not a publication date', (kind, key) => {
    expect(dateOf({ metas: [meta(key, '2011-04-14', kind)] })).toBeNull();
  });

  test('the best key wins whatever the order; equals go by document order', () => {
    const metas = [
      meta('date', '2011-04-10'),
      meta('article:modified_time', '2011-04-20', 'property'),
      meta('datePublished', '2011-04-12', 'itemprop'),
      meta('article:published_time', '2011-04-14', 'property'),
      meta('article:published_time', '2011-04-15', 'property'),
    ];
    expect(dateOf({ metas })?.date).toBe('2011-04-14');
    expect(dateOf({ metas: metas.slice(0, 3) })?.date).toBe('2011-04-12');
  });

  test('microdata: the article’s itemprop counts, a comment’s or a video’s does not', () => {
    const article = 'https://schema.org/NewsArticle';
    expect(dateOf({ itempropDates: [{ value: '2011-04-14', itemType: article }] })).toEqual({
      date: '2011-04-14',
      source: 'meta',
    });
    expect(
      dateOf({ itempropDates: [{ value: '2011-04-16', itemType: 'https://schema.org/Comment' }] }),
    ).toBeNull();
    expect(
      dateOf({
        metas: [
          { itemprop: 'datePublished', content: '2011-04-10', itemType: 'http://schema.org/VideoObject' },
        ],
      }),
    ).toBeNull();
    expect(dateOf({ itempropDates: [{ value: 'April 14, 2011', itemType: '' }] })?.date).toBe('2011-04-14');
  });

  test('an itemprop with several names', () => {
    expect(dateOf({ metas: [{ itemprop: 'dateCreated datePublished', content: '2011-04-14' }] })?.date).toBe(
      '2011-04-14',
    );
  });
});

describe('<time> in the header', () => {
  const time = (partial: Partial<TimeClue>): TimeClue => ({ text: '', inHeader: true, ...partial });

  test('datetime first; the text only when the attribute gives no full date', () => {
    expect(
      dateOf({ times: [time({ datetime: '2011-04-14T10:00:00-05:00', text: '15 de abril de 2011' })] }),
    ).toEqual({
      date: '2011-04-14',
      source: 'time',
    });
    expect(dateOf({ times: [time({ text: 'Jueves, 14 de abril de 2011 - 10:30' })] })?.date).toBe(
      '2011-04-14',
    );
    expect(dateOf({ times: [time({ text: 'April 14, 2011 at 10:30 a.m.' })] })?.date).toBe('2011-04-14');
    expect(dateOf({ times: [time({ datetime: '', text: '14 April 2011' })] })?.date).toBe('2011-04-14');
    expect(dateOf({ times: [time({ datetime: 'PT5M', text: '5 min read' })] })).toBeNull();
  });

  test('times outside the header are page furniture and never read', () => {
    expect(dateOf({ times: [time({ datetime: '2011-04-14', inHeader: false })] })).toBeNull();
  });

  test('"Updated" times are skipped; a time labelled as published comes first', () => {
    const times = [
      time({ datetime: '2011-04-15', context: 'updated' }),
      time({ datetime: '2011-04-13', context: 'byline' }),
      time({ datetime: '2011-04-14', context: 'entry-date published' }),
    ];
    expect(dateOf({ times })?.date).toBe('2011-04-14');
    expect(dateOf({ times: times.slice(0, 2) })?.date).toBe('2011-04-13');
    expect(dateOf({ times: [time({ text: 'Actualizado el 15 de abril de 2011' })] })).toBeNull();
    // The time's own text labels it even when the date comes from its datetime attribute.
    expect(
      dateOf({ times: [time({ datetime: '2011-04-15', text: 'Actualizado el 15/04/2011 a las 08:00' })] }),
    ).toBeNull();
    expect(dateOf({ times: [time({ datetime: '2011-04-15', text: 'Updated' })] })).toBeNull();
    expect(
      dateOf({ times: [time({ datetime: '2011-04-14', context: 'entry-date published updated' })] })?.date,
    ).toBe('2011-04-14');
  });
});

describe('order of trust', () => {
  const all = {
    jsonLd: [ld({ '@type': 'NewsArticle', datePublished: '2011-04-11' })],
    metas: [{ property: 'article:published_time', content: '2011-04-12' }],
    times: [{ datetime: '2011-04-13', text: '', inHeader: true }],
    url: 'https://news.example/2011/04/14/peru',
  };

  test('JSON-LD, then meta, then the header’s time, then the URL', () => {
    expect(dateOf(all)).toEqual({ date: '2011-04-11', source: 'json-ld' });
    expect(dateOf({ ...all, jsonLd: [] })).toEqual({ date: '2011-04-12', source: 'meta' });
    expect(dateOf({ ...all, jsonLd: [], metas: [] })).toEqual({ date: '2011-04-13', source: 'time' });
    expect(dateOf({ ...all, jsonLd: [], metas: [], times: [] })).toEqual({
      date: '2011-04-14',
      source: 'url',
    });
    expect(dateOf({ url: 'https://news.example/peru' })).toBeNull();
  });

  test('future dates are skipped for the next clue; "now" decides what the future is', () => {
    const page = {
      jsonLd: [ld({ '@type': 'NewsArticle', datePublished: '2025-06-10' })],
      metas: [{ property: 'article:published_time', content: '2011-04-12' }],
    };
    expect(dateOf(page)?.date).toBe('2011-04-12');
    expect(dateOf(page, new Date('2025-06-10T00:00:00Z'))?.date).toBe('2025-06-10');
  });

  test('a partial date constrains the clues below it', () => {
    const partial = [ld({ '@type': 'NewsArticle', datePublished: '2011-04' })];
    expect(dateOf({ jsonLd: partial, url: 'https://news.example/2011/04/14/x' })?.date).toBe('2011-04-14');
    expect(dateOf({ jsonLd: partial, url: 'https://news.example/2019/01/05/x' })).toBeNull();
    expect(dateOf({ jsonLd: partial })).toBeNull();
    expect(dateOf({ url: 'https://news.example/2011/04/peru' })).toBeNull();
  });
});

describe('property: arbitrary clues never throw, and any date is real and not in the future', () => {
  const pieces = [
    '2011-04-14',
    '2011',
    '2099-12-31',
    '1989-01-01',
    '14 de abril de 2011',
    'April 14, 2011',
    '{',
    '}',
    '[',
    ']',
    '"',
    ',',
    ':',
    '@type',
    '@graph',
    'NewsArticle',
    'WebPage',
    'datePublished',
    'mainEntity',
    '@id',
    'url',
    '/',
    '20110414',
    '\u0000',
    '\n',
    'null',
    '1e400',
    '-',
    'T23:30:00-05:00',
    '31/12/2024',
  ];
  const random = new Random(16);
  const junk = () =>
    Array.from({ length: random.int(12) }, () =>
      random.chance(0.1) ? String.fromCharCode(random.int(0x3000)) : random.pick(pieces),
    ).join(random.chance(0.5) ? '' : ' ');
  const jsonJunk = (depth: number): unknown => {
    if (depth > 3 || random.chance(0.3)) return random.pick([junk(), random.int(3e12), null, true]);
    if (random.chance(0.3)) return Array.from({ length: random.int(4) }, () => jsonJunk(depth + 1));
    const item: Record<string, unknown> = {};
    for (let k = random.int(5); k > 0; k--) {
      item[
        random.pick(['@type', '@graph', 'datePublished', 'mainEntity', '@id', 'url', 'mainEntityOfPage'])
      ] = random.chance(0.3)
        ? random.pick(['NewsArticle', 'WebPage', ['Article'], '2011-04-14'])
        : jsonJunk(depth + 1);
    }
    return item;
  };

  test('2,000 random pages', () => {
    for (let run = 0; run < 2_000; run++) {
      const now = new Date(
        Date.UTC(1995 + random.int(40), random.int(12), 1 + random.int(28), random.int(24)),
      );
      const page: ArticleDateClues = {
        jsonLd: Array.from({ length: random.int(3) }, () => (random.chance(0.5) ? ld(jsonJunk(0)) : junk())),
        metas: Array.from({ length: random.int(4) }, () => ({
          [random.pick(['name', 'property', 'itemprop', 'httpEquiv'])]: random.pick([
            'date',
            'article:published_time',
            'datePublished',
            'parsely-page',
            junk(),
          ]),
          content: junk(),
          ...(random.chance(0.2) ? { itemType: junk() } : {}),
        })),
        times: Array.from({ length: random.int(3) }, () => ({
          ...(random.chance(0.5) ? { datetime: junk() } : {}),
          text: junk(),
          inHeader: random.chance(0.7),
          context: junk(),
        })),
        itempropDates: Array.from({ length: random.int(2) }, () => ({ value: junk() })),
        url: random.pick([
          'https://x.example/',
          'https://x.example/2011/04/14/a',
          'nonsense',
          `https://x.example/${junk()}`,
        ]),
      };
      const result = articleDateFrom(page, now);
      if (result === null) continue;
      const [year, month, day] = result.date.split('-').map(Number);
      expect(result.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(isRealDay(year ?? 0, month ?? 0, day ?? 0)).toBe(true);
      expect(year).toBeGreaterThanOrEqual(1990);
      expect(result.date <= latestPossibleDay(now)).toBe(true);
      expect(['json-ld', 'meta', 'time', 'url']).toContain(result.source);
    }
  });

  test('arbitrary strings never throw in the readers', () => {
    for (let run = 0; run < 3_000; run++) {
      const text = junk();
      expect(() => parseMachineDate(text)).not.toThrow();
      expect(() => findDateInText(text)).not.toThrow();
      expect(() => dateInUrlPath(`https://x.example/${text}`)).not.toThrow();
      expect(() => parseJsonLd(text)).not.toThrow();
    }
  });

  test('long hostile inputs give no date rather than a wrong one (their time: npm run bench)', () => {
    const long = `${'14 de '.repeat(50_000)}abril`;
    expect(findDateInText(long)).toBeNull();
    expect(parseMachineDate(long)).toBeNull();
    expect(dateInUrlPath(`https://x.example/${'2011/'.repeat(20_000)}`)).toBeNull();
    // The same words with a year still give the date: the reading was bounded, not skipped.
    expect(findDateInText(`${'14 de '.repeat(5)}abril de 2011`)?.date).toEqual({
      year: 2011,
      month: 4,
      day: 14,
    });
  });
});
