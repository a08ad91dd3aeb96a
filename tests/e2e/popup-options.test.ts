import { describe, expect, test } from 'vitest';
import {
  alertText,
  chooseFile,
  clickButton,
  fillField,
  listedOwnTerms,
  popupState,
} from './support/extension-page-probes';
import { BROWSERS, type GlosaPage } from './support/glosa-browser';
import { flattenHighlights, readGlosaHighlights } from './support/highlight-reader';
import { textRects } from './support/page-probes';
import { boxesCover, privateBoxes, useGlosa } from './support/suite';

async function termTexts(page: GlosaPage): Promise<string[]> {
  return flattenHighlights(await page.evaluate(readGlosaHighlights, 'glosa-term'));
}

/** Polls `read` until `until` holds (10 s), returning the last value either way. */
async function eventually<T>(read: () => Promise<T>, until: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (!until(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

describe.each(BROWSERS)('%s: popup search', (browserName) => {
  const suite = useGlosa(browserName);

  test('typo-tolerant search by keyboard, entry view, related entries, back to results', async () => {
    const popup = await suite.browser.openExtensionPage('popup.html');
    await popup.waitFor(() => document.activeElement?.getAttribute('type') === 'search', null);
    expect(
      await popup.evaluate(() => {
        const field = document.querySelector('input[type="search"]') as HTMLInputElement;
        return field.labels?.[0]?.textContent;
      }, null),
    ).toBe('Search glossary');

    await popup.type('harneker');
    // Until the last keystroke's results show, the list may hold an earlier one's.
    const results = await eventually(
      () => popup.evaluate(popupState, null),
      (state) => /^Marta Harnecker/.test(state.options[0] ?? ''),
    );
    expect(results.options[0]).toMatch(/^Marta Harnecker/);

    await popup.press('ArrowDown');
    await popup.press('ArrowUp');
    await popup.press('Enter');
    const entry = await eventually(
      () => popup.evaluate(popupState, null),
      (state) => state.heading !== null,
    );
    expect(entry.heading).toBe('Marta Harnecker');

    expect(await popup.evaluate(clickButton, 'Hugo Chávez')).toBe(true);
    expect(
      (
        await eventually(
          () => popup.evaluate(popupState, null),
          (s) => s.heading === 'Hugo Chávez',
        )
      ).heading,
    ).toBe('Hugo Chávez');
    expect(await popup.evaluate(clickButton, 'Back to results')).toBe(true);
    const back = await eventually(
      () => popup.evaluate(popupState, null),
      (state) => state.options.length > 0,
    );
    expect(back.options[0]).toMatch(/^Marta Harnecker/);
    await popup.close();
  });

  test('Spanish names, acronyms, missing accents, relations, years, days and a reader’s question find their entry first; nonsense says so', async () => {
    const popup = await suite.browser.openExtensionPage('popup.html');
    await popup.waitFor(() => document.activeElement?.getAttribute('type') === 'search', null);
    for (const [query, first] of [
      ['socialismo del siglo xxi', '21st-century socialism'],
      ['PCP-SL', 'Sendero Luminoso'],
      ['gana peru', 'Gana Perú'],
      ['¿quién es kieko?', 'Keiko Fujimori'],
      ['O.E.A.', 'Organization of American States'],
      // A name with a relation beside it seeks the relative, a tie by a one-word name too; a Portuguese
      // question, the name asked about.
      ['hermano de ollanta humala', 'Antauro Humala'],
      ['wife of Ollanta Humala', 'Nadine Heredia'],
      ['partido de keiko', 'Fuerza Popular'],
      ['o que é o fujimorismo', 'fujimorismo'],
      // Who beat whom, who held the office then, what began on a day, a short name with its country.
      ['who beat keiko in 2016', 'Pedro Pablo Kuczynski'],
      ['presidente argentino 2003', 'Néstor Kirchner'],
      ['7 de diciembre de 2022', '2022 Peruvian self-coup attempt'],
      ['MAS bolivia', 'Movement for Socialism'],
      // Who came after whom in office; a name spelt as it sounds.
      ["castillo's successor", 'Dina Boluarte'],
      ['añes condenada 2022', 'Jeanine Áñez'],
      // A region beside an idea; a fact a reader remembers; the office after a named president.
      ['neoliberalismo na américa latina', 'neoliberalism'],
      ['plata como cancha', 'César Acuña'],
      ['who became interim president after merino resigned', 'Francisco Sagasti'],
      // Today's head of state; what two people and a year share; a word told only in a timeline.
      ['presidente de chile', 'José Antonio Kast'],
      ['ppk vs keiko 2016', '2016 Peruvian general election'],
      ['chuschi', 'Sendero Luminoso'],
      // An event the glossary has as an entry of its own.
      ['lucanamarca', 'Lucanamarca massacre'],
      // A nickname; a day written in figures; a slogan; a yes-or-no question about a party.
      ['el chino', 'Alberto Fujimori'],
      ['30/09/2019', '2019 dissolution of the Peruvian Congress'],
      ['palabra de maestro', 'Pedro Castillo'],
      ['is the apra social democratic', 'APRA'],
      // A hashtag; opposition in one word.
      ['#FueraCastillo', 'Pedro Castillo'],
      ['antifujimorismo', 'fujimorismo'],
      // A government by whoever led it; what befell a person; a possessive; who did a deed.
      ['gobierno de vizcarra', 'Martín Vizcarra'],
      ['juicio a toledo', 'Alejandro Toledo'],
      ["Keiko Fujimori's Popular Force party", 'Fuerza Popular'],
      ['quien disolvio el congreso en 1992', 'Alberto Fujimori'],
      // A woman who held the office; the thing a few words name beside a related name.
      ['presidenta peruana', 'Dina Boluarte'],
      ['la revolución de castro', 'Cuban Revolution'],
      // Two people and a word of their contest; who held the office when something described happened;
      // phone shorthand.
      ['humala derrotó a keiko', '2011 Peruvian general election'],
      ['who was president when the journalists were killed in uchuraccay', 'Fernando Belaúnde'],
      ['expresi q se disparo', 'Alan García'],
      // A rival in a year's election; a person and the kind of an event of theirs; an acronym typed letter
      // by letter; "presidente" said of a woman; the followers of a founder.
      ['rival de keiko 2026', 'Roberto Sánchez'],
      ['antauro 2005 uprising', 'Andahuaylazo'],
      ['p p k renuncia', 'Pedro Pablo Kuczynski'],
      ['presidente del peru en 2024', 'Dina Boluarte'],
      ['seguidores de haya de la torre', 'APRA'],
    ]) {
      await popup.evaluate(() => {
        const field = document.querySelector('input[type="search"]') as HTMLInputElement;
        field.select();
      }, null);
      await popup.type(query as string);
      const state = await eventually(
        () => popup.evaluate(popupState, null),
        (value) => (value.options[0] ?? '').startsWith(first as string),
      );
      expect(state.options[0]).toMatch(new RegExp(`^${first}`));
    }
    await popup.evaluate(
      () => (document.querySelector('input[type="search"]') as HTMLInputElement).select(),
      null,
    );
    await popup.type('allende vs pinochet');
    // A comparison: both, the first named first.
    const compared = await eventually(
      () => popup.evaluate(popupState, null),
      (state) => (state.options[0] ?? '').startsWith('Salvador Allende'),
    );
    expect(compared.options[0]).toMatch(/^Salvador Allende/);
    expect(compared.options[1]).toMatch(/^Augusto Pinochet/);
    await popup.evaluate(
      () => (document.querySelector('input[type="search"]') as HTMLInputElement).select(),
      null,
    );
    await popup.type('corte con sede en costa rica');
    const guessed = await eventually(
      () => popup.evaluate(popupState, null),
      (state) => state.guessNote !== null && state.options.length > 0,
    );
    // No name matches a description: the entries with its words, and the popup says so.
    expect(guessed.options[0]).toMatch(/^Inter-American Court of Human Rights/);
    expect(guessed.guessNote).toBe('No entry has that name. These have those words:');
    await popup.evaluate(
      () => (document.querySelector('input[type="search"]') as HTMLInputElement).select(),
      null,
    );
    await popup.type('xqzvwk');
    const none = await eventually(
      () => popup.evaluate(popupState, null),
      (state) => state.noResults,
    );
    expect(none.options).toEqual([]);
    expect(none.noResults).toBe(true);
    expect(none.guessNote).toBeNull();
    await popup.close();
  });

  test('the site switch in the popup removes the page’s highlights without a reload, and brings them back', async () => {
    const article = await suite.browser.newPage();
    await article.goto(suite.server.url('static-article.html'));
    await article.waitFor(() => CSS.highlights.has('glosa-term'), null);
    const popup = await suite.browser.openExtensionPage('popup.html');
    const on = await eventually(
      () => popup.evaluate(popupState, null),
      (state) => /terms marked/.test(state.status),
    );
    expect(on.status).toMatch(/on for 127\.0\.0\.1/);

    expect(await popup.evaluate(clickButton, 'Turn off on this site')).toBe(true);
    expect(
      await eventually(
        () => termTexts(article),
        (texts) => texts.length === 0,
      ),
    ).toEqual([]);
    expect(
      (
        await eventually(
          () => popup.evaluate(popupState, null),
          (s) => /off for/.test(s.status),
        )
      ).status,
    ).toMatch(/off for 127\.0\.0\.1/);

    expect(await popup.evaluate(clickButton, 'Turn on on this site')).toBe(true);
    expect(
      await eventually(
        () => termTexts(article),
        (texts) => texts.length > 0,
      ),
    ).toContain('neoliberalism');
    await popup.close();
    await article.close();
  });
});

describe.each(BROWSERS)('%s: options and the reader’s own terms', (browserName) => {
  const suite = useGlosa(browserName);

  test('a category switched off in the options disappears from an open page at once', async () => {
    const article = await suite.browser.newPage();
    await article.goto(suite.server.url('static-article.html'));
    await article.waitFor(() => CSS.highlights.has('glosa-term'), null);
    const options = await suite.browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('fieldset') !== null, null);
    expect(
      await options.evaluate(() => {
        const box = [...document.querySelectorAll('label')]
          .find((label) => label.textContent?.trim() === 'Person')
          ?.querySelector('input') as HTMLInputElement | undefined;
        box?.click();
        return Boolean(box);
      }, null),
    ).toBe(true);
    const texts = await eventually(
      () => termTexts(article),
      (value) => !value.includes('Evo Morales'),
    );
    expect(texts).not.toContain('Evo Morales');
    expect(texts).toContain('neoliberalism');
    await options.close();
    await article.close();
  });

  test('a term the reader adds is marked on an open page right away and found in search', async () => {
    const article = await suite.browser.newPage();
    await article.goto(suite.server.url('static-article.html'));
    await article.waitFor(() => CSS.highlights.has('glosa-term'), null);
    expect(await termTexts(article)).not.toContain('coalition');

    const options = await suite.browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('.term-form') !== null, null);
    expect(await options.evaluate(fillField, { label: 'Term', value: 'coalition' })).toBe(true);
    expect(await options.evaluate(fillField, { label: 'Other names', value: 'coalitions, coalición' })).toBe(
      true,
    );
    expect(
      await options.evaluate(fillField, {
        label: 'Summary',
        value: 'An alliance of parties for an election.',
      }),
    ).toBe(true);
    expect(await options.evaluate(clickButton, 'Add term')).toBe(true);
    expect(
      await eventually(
        () => options.evaluate(listedOwnTerms, null),
        (names) => names.length > 0,
      ),
    ).toEqual(['coalition']);
    // Marked for the reader in Glosa's closed layer, not in CSS.highlights: the page cannot tell.
    const coalition = await article.evaluate(textRects, 'coalition');
    expect(coalition.length).toBeGreaterThan(0);
    expect(
      await eventually(
        () => privateBoxes(article),
        (boxes) => boxesCover(boxes, coalition, 'term'),
      ).then((boxes) => boxesCover(boxes, coalition, 'term')),
    ).toBe(true);
    expect(await termTexts(article)).not.toContain('coalition');

    const popup = await suite.browser.openExtensionPage('popup.html');
    await popup.waitFor(() => document.activeElement?.getAttribute('type') === 'search', null);
    await popup.type('coalicion');
    // On a busy machine the list may still show an earlier keystroke's results ("co": coup d'état).
    const found = await eventually(
      () => popup.evaluate(popupState, null),
      (state) => /^coalition/.test(state.options[0] ?? ''),
    );
    expect(found.options[0]).toMatch(/^coalition/);
    await popup.close();
    await options.close();
    await article.close();
  });

  test('a bad glossary pack gets a clear message and changes nothing', async () => {
    const options = await suite.browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('.term-form') !== null, null);
    // The list is read from the database after the page shows: wait for it (or its empty state).
    await options.waitFor(() => document.querySelector('.own-term__name, .own-terms-empty') !== null, null);
    const before = await options.evaluate(listedOwnTerms, null);
    for (const [name, content, message] of [
      ['truncated.json', '[{"term": "Ronda", "aliases": [', /not valid JSON/],
      ['foreign.json', '{"notes": []}', /not a Glosa glossary pack/],
      ['wrong.json', '[{"term": "X", "aliases": [], "category": "weather", "summary": "s"}]', /category/],
      [
        'clash.json',
        '[{"term": "Ronda", "aliases": [], "category": "movement", "summary": "a"},' +
          '{"term": "ronda", "aliases": [], "category": "movement", "summary": "b"}]',
        /name of two terms/,
      ],
    ] as const) {
      expect(await options.evaluate(chooseFile, { name, content })).toBe(true);
      const alert = await eventually(
        () => options.evaluate(alertText, null),
        (text) => message.test(text),
      );
      expect(alert).toMatch(message);
      expect(await options.evaluate(listedOwnTerms, null)).toEqual(before);
    }
    await options.close();
  });
});
