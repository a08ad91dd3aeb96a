import { describe, expect, test } from 'vitest';
import { dayInQuery, eventStart, sameDay } from '../../core/search/event-dates';
import { createGlossarySearch } from '../../core/search/search';
import { searchKey } from '../../core/search/search-text';
import { glossary } from '../../data/glossary';

describe('the day a query names', () => {
  test.each([
    ['7 december 2022', { day: 7, month: 12, year: 2022 }],
    ['7 de diciembre de 2022', { day: 7, month: 12, year: 2022 }],
    ['que paso el 5 de abril', { day: 5, month: 4, year: undefined }],
    ['1er avril 1992', { day: 1, month: 4, year: 1992 }],
    ['28 de julho de 2024', { day: 28, month: 7, year: 2024 }],
    ['5 setiembre', { day: 5, month: 9, year: undefined }],
    // Month first, as English writes it.
    ['December 7, 2022', { day: 7, month: 12, year: 2022 }],
    ['what happened on april 5th 1992', { day: 5, month: 4, year: 1992 }],
    ['may 15', { day: 15, month: 5, year: undefined }],
    // Day first in figures, as Spanish, Portuguese and French write it; a year in two digits.
    ['30/09/2019', { day: 30, month: 9, year: 2019 }],
    ['5-4-1992', { day: 5, month: 4, year: 1992 }],
    ['5/4/92', { day: 5, month: 4, year: 1992 }],
    ['captura 12 septiembre 92', { day: 12, month: 9, year: 1992 }],
    ['7 de diciembre 22', { day: 7, month: 12, year: 2022 }],
  ])('%s', (query, day) => {
    expect(dayInQuery(searchKey(query))).toEqual(day);
  });

  test.each([
    '2022',
    '40 de abril',
    'ley 32107',
    '7 de nada',
    'keiko',
    'may 2021',
    'mayo 45',
    '31/13/2019',
    '12 2019',
  ])('none in "%s"', (query) => {
    expect(dayInQuery(searchKey(query))).toBeUndefined();
  });
});

describe('the day an event began', () => {
  test('from its period written out, else its first timeline date', () => {
    expect(eventStart('5 April 1992', undefined)).toEqual({ day: 5, month: 4, year: 1992 });
    expect(eventStart('1–4 January 2005', '2005-01-01')).toEqual({ day: 1, month: 1, year: 2005 });
    expect(eventStart(undefined, '2022-12-07')).toEqual({ day: 7, month: 12, year: 2022 });
    expect(eventStart('1980–2000', '1980-05')).toBeUndefined();
  });

  test('a day without a year is that day in any year; with one, only that year', () => {
    const start = { day: 5, month: 4, year: 1992 };
    expect(sameDay({ day: 5, month: 4 }, start)).toBe(true);
    expect(sameDay({ day: 5, month: 4, year: 1992 }, start)).toBe(true);
    expect(sameDay({ day: 5, month: 4, year: 1993 }, start)).toBe(false);
    expect(sameDay({ day: 6, month: 4 }, start)).toBe(false);
  });
});

describe('glossary search: an event by the day it began', () => {
  const search = createGlossarySearch(glossary);
  const firstId = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['what happened in peru on 7 december 2022', 'castillo-self-coup-2022'],
    ['7 de diciembre de 2022', 'castillo-self-coup-2022'],
    ['5 de abril', 'autogolpe-1992'],
    ['que paso el 5 de abril de 1992', 'autogolpe-1992'],
    ['que paso el 28 de julio de 2024', 'venezuela-2024-election'],
  ])('"%s" finds %s first', (query, expected) => {
    expect(firstId(query)).toBe(expected);
  });

  test('a name beside the day keeps the name first', () => {
    expect(firstId('boluarte 7 de diciembre')).toBe('dina-boluarte');
  });
});
