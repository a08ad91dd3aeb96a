import { describe, expect, test } from 'vitest';
import { articleDateFrom } from '../../core/page-facts/article-date';
import { isEntryId, isSelectionEntries } from '../../messaging/message-guards';
import {
  ArticleDateCluesSchema,
  EntryIdSchema,
  NoteAnchorReportSchema,
  NoteIdSchema,
  NoteStartSchema,
  SelectionEntriesSchema,
  validPayload,
} from '../../messaging/schemas';

const passage = {
  quote: { exact: 'Sendero Luminoso', prefix: 'the ', suffix: ' war' },
  position: { start: 4, end: 20 },
};
const uuid = '0b7c3e1e-2f4a-4c1d-9a51-7d2f0c9e1a22';

describe('payloads from content scripts', () => {
  test('well-formed ones pass unchanged', () => {
    const start = { passage, termIds: ['sendero-luminoso'], title: 'A page' };
    expect(validPayload(NoteStartSchema, start)).toEqual(start);
    expect(validPayload(NoteStartSchema, { ...start, passage: null })).toEqual({ ...start, passage: null });
    expect(validPayload(NoteAnchorReportSchema, { anchored: [uuid], orphaned: [] })).toEqual({
      anchored: [uuid],
      orphaned: [],
    });
    expect(validPayload(EntryIdSchema, 'gana-peru')).toBe('gana-peru');
    expect(validPayload(NoteIdSchema, uuid)).toBe(uuid);
  });

  test.each([
    ['a forged page address', { passage, termIds: [], title: 'x', url: 'https://bank.example/' }],
    [
      'a passage that ends before it starts',
      { passage: { ...passage, position: { start: 9, end: 2 } }, termIds: [], title: '' },
    ],
    ['an HTML entry id', { passage: null, termIds: ['<img src=x>'], title: '' }],
    ['too many terms', { passage: null, termIds: Array.from({ length: 101 }, () => 'x'), title: '' }],
    ['a huge title', { passage: null, termIds: [], title: 'x'.repeat(2001) }],
    ['not an object', 'startNote'],
    ['nothing', undefined],
  ])('a note start with %s is refused', (_name, payload) => {
    expect(validPayload(NoteStartSchema, payload)).toBeUndefined();
  });

  test.each([
    ['not a list', { anchored: 'all', orphaned: [] }],
    ['ids that are not note ids', { anchored: ['../../etc'], orphaned: [] }],
    ['extra fields', { anchored: [], orphaned: [], url: 'https://elsewhere.example/' }],
  ])('an anchor report with %s is refused', (_name, payload) => {
    expect(validPayload(NoteAnchorReportSchema, payload)).toBeUndefined();
  });

  test.each([42, '', 'Gana Perú', 'x'.repeat(201), null])('entry id %j is refused', (payload) => {
    expect(validPayload(EntryIdSchema, payload)).toBeUndefined();
  });
});

describe('what the background sends content scripts, checked without the schema library', () => {
  const candidates: unknown[] = [
    'keiko-fujimori',
    'own-ronda-1a2b3c4d',
    'a',
    'x'.repeat(200),
    'x'.repeat(201),
    '',
    'Keiko-Fujimori',
    'keiko--fujimori',
    '-keiko',
    'keiko fujimori',
    'gana-perú',
    42,
    null,
    undefined,
    {},
    ['keiko-fujimori'],
  ];

  test.each(candidates)('an entry id check agrees with the schema: %j', (value) => {
    expect(isEntryId(value)).toBe(validPayload(EntryIdSchema, value) !== undefined);
  });

  test('a selection’s entries check agrees with the schema, on every list of up to 11 of them', () => {
    const lists: unknown[] = [[], 'keiko-fujimori', { 0: 'keiko-fujimori', length: 1 }];
    for (let length = 1; length <= 11; length++) {
      lists.push(Array.from({ length }, (_, index) => `entry-${index}`));
      for (const bad of candidates.filter((value) => !isEntryId(value)))
        lists.push([...Array.from({ length: length - 1 }, (_, index) => `entry-${index}`), bad]);
    }
    for (const list of lists)
      expect(isSelectionEntries(list), JSON.stringify(list)).toBe(
        validPayload(SelectionEntriesSchema, list) !== undefined,
      );
  });
});

describe('a page’s date clues, read in the background', () => {
  const clues = {
    jsonLd: ['{"@type":"NewsArticle","datePublished":"2011-04-14"}'],
    metas: [{ property: 'article:published_time', content: '2011-04-14T08:00:00-05:00' }],
    times: [{ datetime: '2011-04-14', text: '14 April 2011', inHeader: true }],
    itempropDates: [],
    url: 'https://news.example/2011/04/14/runoff',
  };

  test('as the content script reads them: accepted, and the background reads the day', () => {
    const valid = validPayload(ArticleDateCluesSchema, clues);
    expect(valid).toEqual(clues);
    expect(valid && articleDateFrom(valid)?.date).toBe('2011-04-14');
  });

  test.each([
    ['more JSON-LD than the reader collects', { ...clues, jsonLd: Array(31).fill('{}') }],
    ['an oversized meta', { ...clues, metas: [{ name: 'date', content: 'x'.repeat(4001) }] }],
    ['an unknown field', { ...clues, cookies: 'a=1' }],
    ['a time without its header flag', { ...clues, times: [{ text: '2011' }] }],
  ])('%s is refused', (_what, forged) => {
    expect(validPayload(ArticleDateCluesSchema, forged)).toBeUndefined();
  });
});
