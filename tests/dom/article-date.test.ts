import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleDateFrom } from '../../core/page-facts/article-date';
import { readArticleDateClues } from '../../entrypoints/content/page-facts/article-date-clues';

const FIXTURES = 'tests/fixtures/article-dates';
const DEFAULT_NOW = '2025-06-01T12:00:00Z';

interface Fixture {
  file: string;
  html: string;
  url: string;
  expected: { date: string; source: string } | null;
  now: Date;
}

/** Reads a fixture's header comment (see tests/fixtures/article-dates/README.md). */
function loadFixture(file: string): Fixture {
  const html = readFileSync(`${FIXTURES}/${file}`, 'utf8');
  const header = /^<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '';
  const field = (name: string) => new RegExp(`^\\s*${name}:\\s*(.+)$`, 'm').exec(header)?.[1]?.trim();
  const url = field('url');
  const expect = field('expect');
  if (!url || !expect) throw new Error(`${file}: the header needs url and expect`);
  const [date, source] = expect.split(/\s+/);
  return {
    file,
    html,
    url,
    expected: date === 'none' ? null : { date: date ?? '', source: source ?? '' },
    now: new Date(field('now') ?? DEFAULT_NOW),
  };
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const fixtures = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.html'))
  .sort()
  .map(loadFixture);

describe('article date over saved page snippets', () => {
  test('there are at least 40 snippets, with and without dates', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(fixtures.filter((fixture) => fixture.expected === null).length).toBeGreaterThanOrEqual(10);
    for (const source of ['json-ld', 'meta', 'time', 'url']) {
      expect(fixtures.some((fixture) => fixture.expected?.source === source)).toBe(true);
    }
  });

  test.each(fixtures.map((fixture) => [fixture.file, fixture] as const))('%s', (_file, fixture) => {
    const doc = parse(fixture.html);
    const before = doc.documentElement.outerHTML;
    const clues = readArticleDateClues(doc, fixture.url);
    expect(articleDateFrom(clues, fixture.now)).toEqual(fixture.expected);
    // Reading changes nothing on the page.
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readArticleDateClues', () => {
  test('reads every kind of clue, as plain data', () => {
    const doc = parse(`<html><head>
      <script type="application/ld+json">{"@type":"NewsArticle"}</script>
      <script type="text/javascript">var x = 1;</script>
      <meta property="article:published_time" content="2011-04-14">
      <meta name="viewport" content="width=device-width">
      <meta http-equiv="content-language" content="es">
      <meta charset="utf-8">
      </head><body><article itemscope itemtype="https://schema.org/NewsArticle"><header><h1>T</h1>
      <span class="fecha"><time datetime="2011-04-14" class="published">14 de abril</time></span>
      <span itemprop="datePublished" content="2011-04-14">14/04/2011</span></header></article></body></html>`);
    const clues = readArticleDateClues(doc, 'https://x.example/a');
    expect(clues.jsonLd).toEqual(['{"@type":"NewsArticle"}']);
    expect(clues.metas).toEqual([
      { property: 'article:published_time', content: '2011-04-14' },
      { name: 'viewport', content: 'width=device-width' },
      { httpEquiv: 'content-language', content: 'es' },
    ]);
    expect(clues.times).toEqual([
      { datetime: '2011-04-14', text: '14 de abril', inHeader: true, context: 'published fecha' },
    ]);
    expect(clues.itempropDates).toEqual([
      { value: '2011-04-14', itemType: 'https://schema.org/NewsArticle' },
    ]);
    expect(clues.url).toBe('https://x.example/a');
  });

  test('the label before a time is read across white space', () => {
    const doc = parse(
      '<article><h1>T</h1><p class="x"><span>Actualizado:</span>\n  <time datetime="2011-04-15">x</time></p></article>',
    );
    expect(readArticleDateClues(doc, 'https://x.example/').times[0]?.context).toContain('Actualizado:');
  });

  test('within bounds: many scripts, huge JSON-LD, many metas and times, a time holding a whole page', () => {
    const huge = `{"@type":"NewsArticle","datePublished":"2011-04-13","x":"${'a'.repeat(300_000)}"}`;
    const scripts = Array.from(
      { length: 2_000 },
      () => '<script type="application/ld+json">{}</script>',
    ).join('');
    const metas = Array.from({ length: 5_000 }, (_, k) => `<meta name="m${k}" content="x">`).join('');
    const times = Array.from({ length: 5_000 }, () => '<time datetime="2011-04-14">x</time>').join('');
    const doc = parse(
      `<head><script type="application/ld+json">${huge}</script>${scripts}${metas}</head>` +
        `<body><h1>T</h1><time>${'<span>palabra </span>'.repeat(20_000)}</time>${times}</body>`,
    );
    const clues = readArticleDateClues(doc, 'https://x.example/');
    expect(clues.jsonLd.join('').length).toBeLessThanOrEqual(200_000);
    expect(clues.jsonLd.some((text) => text.includes('2011-04-13'))).toBe(false);
    expect(clues.jsonLd.length).toBeLessThanOrEqual(30);
    expect(clues.metas.length).toBeLessThanOrEqual(500);
    expect(clues.times.length).toBeLessThanOrEqual(60);
    expect(clues.times[0]?.text.length).toBeLessThanOrEqual(200);
    // Building this page in happy-dom alone takes 2–5 s on a busy two-core machine: the bounds are the
    // test, not the time (the reading's own time is the benchmark's).
  }, 30_000);

  test('a page without head, body or anything else', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.replaceChildren();
    expect(() => readArticleDateClues(doc, 'about:blank')).not.toThrow();
    expect(articleDateFrom(readArticleDateClues(doc, 'about:blank'))).toBeNull();
  });
});

describe('which <time> is in the article header', () => {
  const inHeader = (body: string) =>
    readArticleDateClues(parse(`<html><body>${body}</body></html>`), 'https://x.example/a').times.map(
      (time) => time.inHeader,
    );
  const BODY_TEXT =
    'Texto de la nota con suficientes palabras para contar como el primer párrafo del cuerpo del artículo.';

  test('the header holding the headline, its byline, the article before its body text', () => {
    expect(inHeader('<article><header><h1>T</h1><time>a</time></header></article>')).toEqual([true]);
    expect(
      inHeader(`<article><time>a</time><h1>T</h1><p>${BODY_TEXT}</p><p><time>b</time></p></article>`),
    ).toEqual([true, false]);
    expect(
      inHeader(`<h1>T</h1><div><time>a</time></div><p>${BODY_TEXT}</p><div><time>b</time></div>`),
    ).toEqual([true, false]);
  });

  test('a long standfirst does not end the header', () => {
    expect(
      inHeader(
        `<article><h1>T</h1><p class="article-summary">${BODY_TEXT}</p><time>a</time><p>${BODY_TEXT}</p></article>`,
      ),
    ).toEqual([true]);
  });

  test('a byline after the body text still counts inside the article', () => {
    expect(
      inHeader(`<article><h1>T</h1><p>${BODY_TEXT}</p><div class="byline"><time>a</time></div></article>`),
    ).toEqual([true]);
  });

  test('furniture never: aside, nav, footer, comments, related lists, the masthead, landmarks', () => {
    expect(
      inHeader(`<header><nav></nav><time>m</time></header><article><h1>T</h1>
        <aside><time>a</time></aside><nav><time>n</time></nav><footer><time>f</time></footer>
        <div id="comments"><time>c</time></div><ul class="relatedStories"><li><time>r</time></li></ul>
        <div role="complementary"><time>x</time></div></article>`),
    ).toEqual([false, false, false, false, false, false, false]);
  });

  test('a layout wrapper whose class says "sidebar" but that holds the headline is not furniture', () => {
    expect(inHeader('<div class="layout-with-sidebar"><h1>T</h1><time>a</time></div>')).toEqual([true]);
  });

  test('story cards and comments as <article> elements are other items', () => {
    expect(
      inHeader(`<article class="card"><header><time>c</time></header></article>
        <article><header><h1>T</h1><time>a</time></header><article class="c"><header><time>x</time></header></article></article>`),
    ).toEqual([false, true, false]);
  });

  test('without a headline: a lone article’s header, or a byline; several articles are a list', () => {
    expect(inHeader('<article><header><time>a</time></header></article>')).toEqual([true]);
    expect(inHeader('<div class="post-date"><time>a</time></div>')).toEqual([true]);
    expect(inHeader('<div><time>a</time></div>')).toEqual([false]);
    expect(
      inHeader('<article><header><time>a</time></header></article><article><time>b</time></article>'),
    ).toEqual([false, false]);
  });
});
