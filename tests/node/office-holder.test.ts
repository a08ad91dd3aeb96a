import { describe, expect, test } from 'vitest';
import { eventYear } from '../../core/search/event-dates';
import { headOfStateTerms } from '../../core/search/office-holder';
import { createGlossarySearch } from '../../core/search/search';
import { glossary } from '../../data/glossary';

describe('a head of state’s terms, read from a period', () => {
  test.each([
    [
      '1949–2019; president 1985–1990, 2006–2011',
      [
        [1985, 1990],
        [2006, 2011],
      ],
    ],
    ['born 1961; president 10–15 November 2020', [[2020, 2020]]],
    ['born 1986; president October 2025 – February 2026', [[2025, 2026]]],
    [
      'born 1945; president 2003–2010 and since 2023',
      [
        [2003, 2010],
        [2023, Number.POSITIVE_INFINITY],
      ],
    ],
    ['1910–1977; in power 1968–1975', [[1968, 1975]]],
    ['1915–2006; ruled 1973–1990', [[1973, 1990]]],
    [
      'born 1969; vice-president 2018–2026; acting president since January 2026',
      [[2026, Number.POSITIVE_INFINITY]],
    ],
    ['born 1953; president 2007–2015; vice-president 2019–2023', [[2007, 2015]]],
    ['born 1967; interim president 2019–2020', [[2019, 2020]]],
  ])('%s', (period, terms) => {
    expect(headOfStateTerms(period)).toEqual(terms);
  });

  test.each([
    '1936–2025; presidential candidate 1990',
    'born 1976; first lady 2011–2016',
    '1945–2022; mayor of Lima 2003–2010, 2015–2018',
    'born 1945',
    '',
  ])('no term in "%s"', (period) => {
    expect(headOfStateTerms(period)).toEqual([]);
  });
});

describe('the year an event began', () => {
  test.each([
    ['5 June 2009', 2009],
    ['1991–1992', 1991],
    ['October–December 2000', 2000],
    [undefined, undefined],
    ['no date', undefined],
  ])('%s', (period, year) => {
    expect(eventYear(period)).toBe(year);
  });
});

describe('glossary search: who held the office in a year', () => {
  const search = createGlossarySearch(glossary);
  const firstId = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['presidente argentino 2003', 'nestor-kirchner'],
    ['ex presidente boliviano 2006', 'evo-morales'],
    ['quien gobernó el peru de 1975 a 1980', 'francisco-morales-bermudez'],
    ['who ruled chile in 1980', 'augusto-pinochet'],
    ['president of brazil 2024', 'lula-da-silva'],
    // A year two terms share: the one who took office then; no country named: Peru's.
    ['presidente of peru 2016', 'pedro-pablo-kuczynski'],
    ['who was president of peru in 1990', 'alberto-fujimori'],
    ['presidente 2009', 'alan-garcia'],
    // French question words, and "since" a month of the year the term began.
    ['quel était le président du pérou en 2008', 'alan-garcia'],
    ['qui était président du chili en 1985', 'augusto-pinochet'],
    ['presidente del perú desde febrero de 2026', 'jose-maria-balcazar'],
  ])('"%s" finds %s first', (query, expected) => {
    expect(firstId(query)).toBe(expected);
  });

  test.each([
    ['who was president of peru during the bagua massacre', 'alan-garcia'],
    ['quien era presidente durante el baguazo', 'alan-garcia'],
    ['presidente durante el andahuaylazo', 'alejandro-toledo'],
    ['who was president during the locumbazo', 'alberto-fujimori'],
  ])('at the time of an event it names: "%s" finds %s first', (query, expected) => {
    expect(firstId(query)).toBe(expected);
  });

  test('a query that says more than the office and the year is a description, not this', () => {
    // Alan García took his own life in 2019; Vizcarra was president that year.
    expect(firstId('presidente que se suicidó en 2019')).not.toBe('martin-vizcarra');
    // A name with a year stays the name's.
    expect(firstId('fujimori presidente 1990')).toBe('alberto-fujimori');
    expect(firstId('bagua 2009')).toBe('baguazo');
  });
});

describe('glossary search: who came before or after a head of state', () => {
  const search = createGlossarySearch(glossary);
  const firstId = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ["castillo's successor", 'dina-boluarte'],
    ['who preceded jose jeri', 'dina-boluarte'],
    ['sucesor de boluarte', 'jose-jeri'],
    ['antecesor de castillo', 'francisco-sagasti'],
    // Two took office the year Vizcarra left it: the one whose term also ended that year came first.
    ['successor of vizcarra', 'manuel-merino'],
    ['predecessor of sagasti', 'manuel-merino'],
    ['predecessor of martin vizcarra', 'pedro-pablo-kuczynski'],
  ])('"%s" finds %s first', (query, expected) => {
    expect(firstId(query)).toBe(expected);
  });

  test('a second term’s predecessor: the one before it, not before the first', () => {
    expect(firstId("who was the president of peru right before alan garcia's second term")).toBe(
      'alejandro-toledo',
    );
    expect(firstId('predecessor of alan garcia')).toBe('fernando-belaunde');
  });

  test('someone who never held the office has no successor: the name stays first', () => {
    expect(firstId('sucesor de keiko fujimori')).not.toBe('dina-boluarte');
    expect(firstId('keiko fujimori successor')).toBe('keiko-fujimori');
  });
});

describe('glossary search: an event by its place and year', () => {
  const search = createGlossarySearch(glossary);
  const firstId = (query: string) => search.search(query, 5)[0]?.entry.id;

  test('an event by a word of its names and the year it began is that event, not a person it names', () => {
    expect(firstId('que paso en andahuaylas en 2005')).toBe('andahuaylazo');
    expect(firstId('locumba 2000')).toBe('locumbazo');
    // A person's name beside them keeps the person's reading.
    expect(firstId('humala andahuaylas 2005')).not.toBe('andahuaylazo');
  });
});
