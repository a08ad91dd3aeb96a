import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderChart } from '../../tooling/bench/browser-chart';
import { cpuModel, markdownTable } from '../../tooling/bench/browser-docs';
import { articlePage, extraParagraphs, parseDemoArticle, textOf } from '../../tooling/bench/browser-pages';
import { fitLine, median, spread } from '../../tooling/bench/browser-stats';

const demo = parseDemoArticle(readFileSync('tooling/demo/article.html', 'utf8'));

describe('benchmark statistics', () => {
  test('median of odd and even counts, spread relative to it', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(spread([90, 100, 110])).toBeCloseTo(0.2);
    expect(spread([7])).toBe(0);
  });

  test('a least-squares line through exact points has R² 1', () => {
    const fit = fitLine([1, 2, 3, 4].map((x) => ({ x, y: 3 * x + 2 })));
    expect(fit.slope).toBeCloseTo(3);
    expect(fit.intercept).toBeCloseTo(2);
    expect(fit.r2).toBeCloseTo(1);
  });
});

describe('benchmark pages from the demo article', () => {
  test('the demo article yields its headline, paragraphs and headings with inline markup kept', () => {
    expect(demo.blocks[0]?.tag).toBe('h1');
    expect(demo.blocks.filter((block) => block.tag === 'h2').length).toBe(3);
    expect(demo.blocks.some((block) => block.html.includes('<em>Luminoso</em>'))).toBe(true);
    expect(textOf('Gana&nbsp;Perú, 21st&#8209;century <q>x</q>')).toBe('Gana\u00a0Perú, 21st\u2011century x');
  });

  test('a page holds at least the asked amount of text, is reproducible, and is news-like markup', () => {
    const page = articlePage(demo, 50_000);
    expect(page.textLength).toBeGreaterThanOrEqual(50_000);
    expect(page.textLength).toBeLessThan(50_000 + 6_000);
    expect(articlePage(demo, 50_000).html).toBe(page.html);
    for (const tag of ['<h2>', '<h3>', '<p>', '<ul>', '<li>', '<a href=', '<em>', '<blockquote>'])
      expect(page.html).toContain(tag);
    expect(page.html).toContain('Sendero <em>Luminoso</em>');
  });

  test('extra paragraphs cycle through the demo paragraphs', () => {
    const paragraphs = extraParagraphs(demo, 50);
    expect(paragraphs).toHaveLength(50);
    expect(paragraphs.every((html) => html.length > 50)).toBe(true);
  });
});

describe('benchmark documents', () => {
  test('the chart is one SVG with a line and a legend entry per series', () => {
    const svg = renderChart('t & t', [
      {
        name: 'Glosa',
        color: '#00f',
        points: [
          { x: 0.1, y: 50 },
          { x: 2, y: 900 },
        ],
      },
      {
        name: 'mark.js',
        color: '#f00',
        dashed: true,
        points: [
          { x: 0.1, y: 9000 },
          { x: 2, y: 200000 },
        ],
      },
    ]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg).toContain('t &amp; t');
    expect(svg).toContain('stroke-dasharray');
    expect(svg).not.toContain('NaN');
  });

  test('machine and tables', () => {
    expect(cpuModel('processor\t: 0\nmodel name\t: AMD EPYC 7B13\nflags: x')).toBe('AMD EPYC 7B13');
    expect(markdownTable(['a', 'b'], [['1', 'x|y']])).toEqual([
      '| a | b |',
      '| --- | --- |',
      '| 1 | x\\|y |',
    ]);
  });
});
