import { describe, expect, test } from 'vitest';
import { popupState } from './support/extension-page-probes';
import { BROWSERS, type GlosaPage } from './support/glosa-browser';
import { choicesIn } from './support/glosa-probes';
import { markedTexts, nthTermCenter, textRects } from './support/page-probes';
import { clickInPopover, readPopover, useGlosa, waitForMarked, waitForPopover } from './support/suite';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Clicks the `nth` marked `text` on screen (top to bottom), as a reader does. */
async function clickMark(page: GlosaPage, text: string, nth = 0): Promise<void> {
  await waitForMarked(page, text);
  const center = await page.evaluate(nthTermCenter, { text, nth });
  if (!center) throw new Error(`no marked "${text}" number ${nth + 1} on screen`);
  await page.click(center.x, center.y);
}

/** Clicks the page's own text `text` (its first occurrence), marked or not. */
async function clickText(page: GlosaPage, text: string): Promise<void> {
  const [box] = await page.evaluate(textRects, text);
  if (!box) throw new Error(`"${text}" is not on screen`);
  await page.click(box.left + box.width / 2, box.top + box.height / 2);
}

describe.each(BROWSERS)('%s: names resolved by the page’s context', (browserName) => {
  const suite = useGlosa(browserName);

  test('a page about Keiko Fujimori: the headline’s “Fujimori” is Keiko, with Alberto one click away', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-keiko.html'));
    await waitForMarked(page, 'Alberto Fujimori');
    // The byline's Garcia is nobody in the glossary.
    expect(await page.evaluate(markedTexts, null)).not.toContain('Garcia');

    await clickMark(page, 'Fujimori', 0);
    await waitForPopover(page, 'Keiko Fujimori');
    expect(await page.inGlosa(choicesIn, null)).toBe('Here:Keiko Fujimori· Or:Alberto Fujimori');
    expect(await clickInPopover(page, 'Alberto Fujimori')).toBe(true);
    await waitForPopover(page, 'Alberto Fujimori');
    expect(await page.inGlosa(choicesIn, null)).toBe('Here:Alberto Fujimori· Or:Keiko Fujimori');
    await page.press('Escape');

    // After the paragraph about her father, "Fujimori" is Alberto: the nearest full name before it.
    await clickMark(page, 'Fujimori', 2);
    await waitForPopover(page, 'Alberto Fujimori');
    expect((await readPopover(page)).text).toMatch(/1990/);
    await page.close();
  });

  test('looking up a selected “Fujimori” on a page about Keiko opens Keiko first, Alberto offered', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-keiko.html'));
    await waitForMarked(page, 'Keiko Fujimori');
    // The reader selects "Fujimori" in the headline and picks "Look up" in the context menu; the
    // background sends the entries that have the name, as core/search/lookup.ts finds them.
    await page.evaluate(() => {
      const heading = document.querySelector('h1')?.firstChild as Text;
      const range = document.createRange();
      range.setStart(heading, 0);
      range.setEnd(heading, 'Fujimori'.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    }, null);
    await suite.browser.sendToTabs('showEntryAtSelection', ['alberto-fujimori', 'keiko-fujimori']);
    await waitForPopover(page, 'Keiko Fujimori');
    expect(await page.inGlosa(choicesIn, null)).toBe('Here:Keiko Fujimori· Or:Alberto Fujimori');
    await page.close();
  });

  test('the popup’s search lists the entry the reader’s page names first among those sharing the name', async () => {
    const article = await suite.browser.newPage();
    await article.goto(suite.server.url('names-alberto.html'));
    await waitForMarked(article, 'Alberto Fujimori');
    const popup = await suite.browser.openExtensionPage('popup.html');
    await popup.waitFor(() => document.activeElement?.getAttribute('type') === 'search', null);
    // Elsewhere Keiko comes first (tests/node/lookup.test.ts); this page is about her father.
    await popup.waitFor(
      () => /terms marked/.test(document.querySelector('.page-status')?.textContent ?? ''),
      null,
    );
    await popup.type('Fujimori');
    // The page's entries, and the last keystroke's answer, may arrive after earlier results: wait for
    // the answer to "Fujimori" with them (or time out and show what was listed).
    await popup
      .waitFor(() => {
        const options = [...document.querySelectorAll('[role="listbox"] [role="option"]')];
        return (
          /^Alberto Fujimori/.test(options[0]?.textContent ?? '') &&
          /^Keiko Fujimori/.test(options[1]?.textContent ?? '')
        );
      }, null)
      .catch(() => {});
    const { options } = await popup.evaluate(popupState, null);
    expect(options[0]).toMatch(/^Alberto Fujimori/);
    expect(options[1]).toMatch(/^Keiko Fujimori/);
    await popup.close();
    await article.close();
  });

  test('a page about Gabriel García Márquez: “García” is not Alan García; Castro after Fidel Castro is', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-garcia-marquez.html'));
    await waitForMarked(page, 'Fidel Castro');
    await waitForMarked(page, 'Castro');
    const marked = await page.evaluate(markedTexts, null);
    expect(marked.filter((text) => /Garc/.test(text))).toEqual([]);
    await clickText(page, 'García later');
    await sleep(600);
    expect((await readPopover(page)).open).toBe(false);

    await clickMark(page, 'Castro', 0);
    await waitForPopover(page, 'Fidel Castro');
    await page.close();
  });

  test('a headline in capitals, Peru’s “Congreso de la República” and “JNE”, and an everyday “golpe” left alone', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-headline-caps-es.html'));
    await waitForMarked(page, 'Keiko Fujimori');
    await waitForMarked(page, 'FUERZA POPULAR');
    const marked = await page.evaluate(markedTexts, null);
    expect(marked).toContain('Congreso de la República');
    expect(marked).toContain('golpe de Estado');
    // An acronym of the country the page is about, never spelled out on it.
    expect(marked).toContain('JNE');
    // "otro golpe para las familias": the price of chicken, not a coup.
    expect(marked.filter((text) => text === 'golpe')).toEqual([]);
    await clickMark(page, 'Congreso de la República');
    await waitForPopover(page, 'Congress of Peru');
    await page.close();
  });

  test('a page about Chile: its own “reforma agraria” left alone, the Peruvian one it compares marked', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-other-country-es.html'));
    await waitForMarked(page, 'Salvador Allende');
    await waitForMarked(page, 'reforma agraria peruana');
    // Chile's reform, twice, though the page names Peru's: the page is about Chile.
    expect(await page.evaluate(markedTexts, null)).toEqual(['Salvador Allende', 'reforma agraria peruana']);
    await clickMark(page, 'reforma agraria peruana');
    await waitForPopover(page, 'Peruvian agrarian reform');
    await page.close();
  });

  test('a Portuguese page: surnames and an acronym known alone are marked without their full names, a namesake and an avenue are not', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-alone-pt.html'));
    await waitForMarked(page, 'Lula');
    await waitForMarked(page, 'Pedro Castillo');
    // "Bolsonaro" alone is Jair's until the page gives the surname to his son: the son's is not marked.
    // "FMI", an acronym readers know anywhere, marks without being spelled out.
    expect((await page.evaluate(markedTexts, null)).sort()).toEqual([
      'Bolsonaro',
      'FMI',
      'Gabriel Boric',
      'Lula',
      'Pedro Castillo',
    ]);
    await clickMark(page, 'Bolsonaro');
    await waitForPopover(page, 'Jair Bolsonaro');
    await page.press('Escape');
    await clickMark(page, 'FMI');
    await waitForPopover(page, 'International Monetary Fund');
    await page.press('Escape');
    await clickMark(page, 'Lula');
    await waitForPopover(page, 'Luiz Inácio Lula da Silva');
    await page.close();
  });

  test('a French page: Peru’s parliament, the vacancy clause and a party in French words; Algeria’s party is not Brazil’s', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-french.html'));
    await waitForMarked(page, 'Parlement péruvien');
    expect((await page.evaluate(markedTexts, null)).sort()).toEqual([
      'Dina Boluarte',
      'Keiko Fujimori',
      'Parlement péruvien',
      'Parti nationaliste péruvien',
      'Roberto Sánchez',
      'incapacité morale permanente',
      'second tour',
    ]);
    await clickMark(page, 'incapacité morale permanente');
    await waitForPopover(page, 'presidential vacancy');
    await page.close();
  });

  test('a son’s full name, a town’s square and a bread: only the father and the port are marked', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-son-and-town.html'));
    await waitForMarked(page, 'megapuerto de Chancay');
    // "Nicolás Maduro Guerra" is the son: the father's name in it is not marked; the father's own is.
    expect((await page.evaluate(markedTexts, null)).sort()).toEqual([
      'Nicolás Maduro',
      'megapuerto de Chancay',
    ]);
    await clickMark(page, 'Nicolás Maduro');
    await waitForPopover(page, 'Nicolás Maduro');
    expect(await page.evaluate(nthTermCenter, { text: 'Nicolás Maduro', nth: 1 })).toBeNull();
    await page.close();
  });

  test('“Keiko” beside her father’s full name is Keiko Fujimori; “Tía María” beside its owner is the mine', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-relative.html'));
    await waitForMarked(page, 'Keiko');
    await waitForMarked(page, 'Tía María');
    // Nothing related beside them: the later "Keiko" and the aunt of a family chat are not marked.
    expect((await page.evaluate(markedTexts, null)).sort()).toEqual([
      'Alberto Fujimori',
      'Keiko',
      'Southern Copper',
      'Tía María',
    ]);
    await clickMark(page, 'Tía María');
    await waitForPopover(page, 'Tía María');
    await clickMark(page, 'Keiko');
    await waitForPopover(page, 'Keiko Fujimori');
    await page.close();
  });

  test('a forum’s ranking: a surname among three presidents is the president; alone in its post it is no one', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-forum-ranking.html'));
    await waitForMarked(page, 'Merino');
    expect((await page.evaluate(markedTexts, null)).sort()).toEqual([
      'Boluarte',
      'Dina Boluarte',
      'José Jerí',
      'Merino',
      'Sagasti',
      'Vizcarra',
    ]);
    await clickMark(page, 'Merino');
    await waitForPopover(page, 'Manuel Merino');
    await page.close();
  });

  test('a gallery’s credit “REUTERS/Sebastián Castillo” is the photographer; the candidate’s “Castillo” stays his', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-gallery-credits.html'));
    await waitForMarked(page, 'Pedro Castillo');
    // Two marks: the full name and "Castillo addresses…"; neither credit.
    expect((await page.evaluate(markedTexts, null)).sort()).toEqual(['Castillo', 'Pedro Castillo']);
    await clickMark(page, 'Castillo');
    await waitForPopover(page, 'Pedro Castillo');
    await page.close();
  });

  test('a given name and a surname, each alone, name Evo Morales on a page about Bolivia’s crisis', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-given-name-and-surname.html'));
    await waitForMarked(page, 'Jeanine Áñez');
    await waitForMarked(page, 'Evo');
    expect((await page.evaluate(markedTexts, null)).filter((text) => text === 'Morales')).toHaveLength(2);
    await clickMark(page, 'Morales');
    await waitForPopover(page, 'Evo Morales');
    await page.close();
  });

  test('a town’s page that cites “Chancay port” in its references leaves the town’s name unmarked', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-town-page.html'));
    await waitForMarked(page, 'Chancay port');
    expect(await page.evaluate(markedTexts, null)).toEqual(['Chancay port']);
    await page.close();
  });

  test('a fire in Barrios Altos: the neighbourhood stays unmarked, the massacre and the sentence of its dead are marked', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-crime-and-its-place.html'));
    await waitForMarked(page, 'masacre de Barrios Altos');
    expect(await page.evaluate(markedTexts, null)).toEqual(['Barrios Altos', 'masacre de Barrios Altos']);
    // The one marked alone is in the sentence of the dead, not the headline's or the fire's.
    const mark = await page.evaluate(nthTermCenter, { text: 'Barrios Altos', nth: 0 });
    const [dead] = await page.evaluate(textRects, 'murieron quince personas');
    const [pollada] = await page.evaluate(textRects, 'pollada');
    expect(mark && dead && pollada).toBeTruthy();
    if (mark && dead && pollada) {
      expect(mark.y).toBeGreaterThan(dead.top - 2);
      expect(mark.y).toBeLessThan(pollada.top + pollada.height + 2);
    }
    await page.close();
  });

  test("a relative's page and a port: the president by his title and the surname after it, the port by its ships, not the town", async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-relatives-and-ports.html'));
    await waitForMarked(page, 'megapuerto de Chancay');
    // Neither Karina Milei's surname nor "vivir en Chancay" is marked.
    expect(await page.evaluate(markedTexts, null)).toEqual([
      'Chancay',
      'Milei',
      'Milei',
      'megapuerto de Chancay',
    ]);
    await page.close();
  });

  test("a family's page: the surname stays the president's past his son, the company is not its heir, a 19-year-old is not Lula", async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-families-and-companies.html'));
    await waitForMarked(page, 'Odebrecht');
    // Not Eduardo's surname, nor the family's, nor Marcelo Odebrecht's, nor the footballer's nickname.
    expect(await page.evaluate(markedTexts, null)).toEqual([
      'Bolsonaro',
      'Bolsonaro',
      'Odebrecht',
      'golpista',
    ]);
    await page.close();
  });

  test('a people’s word before a surname in a headline is no given name: "Peruvian Boluarte" is the president', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-peoples-and-headlines.html'));
    await waitForMarked(page, 'Dina Boluarte');
    expect((await page.evaluate(markedTexts, null)).sort()).toEqual([
      'Boluarte',
      'Boluarte',
      'Dina Boluarte',
    ]);
    await page.close();
  });

  test('a headline opening with a word before "de" and a surname: "Governo de Lula" is the president’s', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-headline-phrase.html'));
    await waitForMarked(page, 'Luiz Inácio Lula da Silva');
    expect((await page.evaluate(markedTexts, null)).sort()).toEqual(['Luiz Inácio Lula da Silva', 'Lula']);
    await page.close();
  });

  test('a disambiguation page marks Alan García in full and leaves the bare surname of many to no one', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-disambiguation.html'));
    await waitForMarked(page, 'Alan García');
    expect(await page.evaluate(markedTexts, null)).toEqual(['Alan García']);
    await page.close();
  });

  test('a biography of the son: the surname alone stays his, though the page names his father in full', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-namesake-bio.html'));
    await waitForMarked(page, 'Mario Vargas Llosa');
    await waitForMarked(page, 'Alberto Fujimori');
    expect((await page.evaluate(markedTexts, null)).sort()).toEqual([
      'Alberto Fujimori',
      'Mario Vargas Llosa',
    ]);
    // The bare surname of "Vargas Llosa was born in Lima": a click on it opens nothing.
    const [born] = await page.evaluate(textRects, 'Vargas Llosa was born');
    if (!born) throw new Error('"Vargas Llosa was born" is not on screen');
    await page.click(born.left + 12, born.top + born.height / 2);
    await sleep(600);
    expect((await readPopover(page)).open).toBe(false);
    await clickMark(page, 'Mario Vargas Llosa');
    await waitForPopover(page, 'Mario Vargas Llosa');
    await page.close();
  });

  test('a namesake’s biography under her own title: the note naming the Fujimoris is marked, her surname alone is not', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-namesake-title.html'));
    await waitForMarked(page, 'Alberto Fujimori');
    await waitForMarked(page, 'Keiko Fujimori');
    expect((await page.evaluate(markedTexts, null)).sort()).toEqual(['Alberto Fujimori', 'Keiko Fujimori']);
    // "Fujimori was born in Huaral" is hers: a click on it opens nothing.
    const [born] = await page.evaluate(textRects, 'Fujimori was born');
    if (!born) throw new Error('"Fujimori was born" is not on screen');
    await page.click(born.left + 12, born.top + born.height / 2);
    await sleep(600);
    expect((await readPopover(page)).open).toBe(false);
    await page.close();
  });

  test('a Spanish sports page: “gana Perú”, Castillo the striker, a “golpe de cabeza” mark nothing', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('names-sports-es.html'));
    // The sidebar's politics is marked: the page was read.
    await waitForMarked(page, 'Keiko Fujimori');
    expect(await page.evaluate(markedTexts, null)).toEqual(['Keiko Fujimori']);
    await clickText(page, 'Castillo');
    await sleep(600);
    expect((await readPopover(page)).open).toBe(false);
    await clickMark(page, 'Keiko Fujimori');
    await waitForPopover(page, 'Keiko Fujimori');
    expect(await page.inGlosa(choicesIn, null)).toBeNull();
    await page.close();
  });
});
