import { describe, expect, test } from 'vitest';
import { pageLanguageFrom } from '../../core/page-facts/page-language';
import { readPageLanguageClues } from '../../entrypoints/content/page-facts/page-language-clues';

// Written for these tests.
const SPANISH_PARAGRAPHS =
  '<p>Con el cien por ciento de las actas contabilizadas, la ONPE confirmó que los dos candidatos ' +
  'disputarán la segunda vuelta del 5 de junio.</p><p>Según los analistas, la campaña será muy ' +
  'polarizada porque ambos generan un fuerte rechazo en amplios sectores del electorado, y los dos ' +
  'buscarán ahora los votos del centro.</p>';
const ENGLISH_MENU =
  '<nav><ul><li>Home</li><li>World news</li><li>Politics and the economy</li><li>Sign in to your account</li></ul></nav>';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function languageOf(html: string) {
  return pageLanguageFrom(readPageLanguageClues(parse(html)));
}

describe('readPageLanguageClues', () => {
  test('reads lang, the content-language meta and the article text', () => {
    const doc = parse(
      `<html lang="es-PE"><head><meta http-equiv="Content-Language" content="es"></head>
       <body>${ENGLISH_MENU}<article><h1>Segunda vuelta</h1>${SPANISH_PARAGRAPHS}</article></body></html>`,
    );
    const clues = readPageLanguageClues(doc);
    expect(clues.htmlLang).toBe('es-PE');
    expect(clues.contentLanguage).toBe('es');
    expect(clues.text.startsWith('Segunda vuelta Con el cien por ciento')).toBe(true);
    expect(clues.text).not.toContain('Home');
  });

  test('Open Graph’s locale stands in when no content-language is declared; the meta wins over it', () => {
    expect(
      readPageLanguageClues(parse('<head><meta property="og:locale" content="pt_BR"></head>'))
        .contentLanguage,
    ).toBe('pt_BR');
    expect(
      readPageLanguageClues(
        parse(
          '<head><meta property="og:locale" content="en_US"><meta name="language" content="Spanish"></head>',
        ),
      ).contentLanguage,
    ).toBe('Spanish');
  });

  test('xml:lang when there is no lang', () => {
    const doc = parse('<html><body><p>x</p></body></html>');
    doc.documentElement.setAttribute('xml:lang', 'fr');
    expect(readPageLanguageClues(doc).htmlLang).toBe('fr');
  });

  test('the sample is bounded and skips scripts, styles, menus and side columns', () => {
    const huge = `<p>${'palabra '.repeat(100_000)}</p>`.repeat(5);
    const doc = parse(
      `<body><script>var english = "the and of";</script><style>.the{}</style><aside>the and of</aside>
       <main>${huge}</main></body>`,
    );
    const { text } = readPageLanguageClues(doc);
    expect(text.length).toBeLessThanOrEqual(4_000);
    expect(text).not.toMatch(/english|\.the|the and of/);
  });

  test('fifty thousand empty elements: the reading gives up before the end (its time: npm run bench)', () => {
    const doc = parse(`<body><main>${'<span></span>'.repeat(50_000)}<p>fin</p></main></body>`);
    expect(readPageLanguageClues(doc).text).toBe('');
  });

  test('reading changes nothing on the page', () => {
    const doc = parse(`<html lang="es"><body><article>${SPANISH_PARAGRAPHS}</article></body></html>`);
    const before = doc.documentElement.outerHTML;
    readPageLanguageClues(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('page language from a page', () => {
  test('declared Spanish page', () => {
    expect(
      languageOf(`<html lang="es-419"><body><article>${SPANISH_PARAGRAPHS}</article></body></html>`),
    ).toBe('es');
  });

  test('lang="en" left by the CMS on a Spanish article: the text decides', () => {
    expect(
      languageOf(
        `<html lang="en-US"><body>${ENGLISH_MENU}<article>${SPANISH_PARAGRAPHS}</article></body></html>`,
      ),
    ).toBe('es');
  });

  test('no declaration: the article text decides, not the English menu', () => {
    expect(languageOf(`<html><body>${ENGLISH_MENU}<main>${SPANISH_PARAGRAPHS}</main></body></html>`)).toBe(
      'es',
    );
  });

  test('content-language when lang is missing; Portuguese declared', () => {
    expect(
      languageOf(
        '<html><head><meta http-equiv="content-language" content="pt-BR"></head><body><p>Olá</p></body></html>',
      ),
    ).toBe('pt');
  });

  test('an empty page with no declaration is "other"', () => {
    expect(languageOf('<html><body></body></html>')).toBe('other');
  });
});
