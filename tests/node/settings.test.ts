import { describe, expect, test } from 'vitest';
import { visibleTerms } from '../../core/marks/visible-terms';
import { DEFAULT_SETTINGS, isActiveOn, parseSiteInput, siteKey, withDefaults } from '../../core/settings';

describe('settings', () => {
  test('defaults: on everywhere, every category, every occurrence', () => {
    expect(DEFAULT_SETTINGS.enabled).toBe(true);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect(DEFAULT_SETTINGS.hiddenCategories).toEqual([]);
    expect(DEFAULT_SETTINGS.firstOccurrenceOnly).toBe(false);
  });

  test('settings stored by an older version get the newer fields from the defaults', () => {
    expect(withDefaults({ enabled: false } as never)).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(withDefaults(null)).toEqual(DEFAULT_SETTINGS);
  });

  test('a site is switched off by host name, with or without www. and in any case', () => {
    const settings = withDefaults({ disabledSites: ['elcomercio.pe'] });
    expect(isActiveOn(settings, 'elcomercio.pe')).toBe(false);
    expect(isActiveOn(settings, 'WWW.ElComercio.pe')).toBe(false);
    expect(isActiveOn(settings, 'larepublica.pe')).toBe(true);
    expect(siteKey('www.bbc.co.uk')).toBe('bbc.co.uk');
  });

  test('the global switch wins over every site', () => {
    expect(isActiveOn(withDefaults({ enabled: false }), 'larepublica.pe')).toBe(false);
  });
});

describe('visibleTerms', () => {
  const marks = [
    { entryId: 'ollanta-humala', category: 'person', at: 1 },
    { entryId: 'neoliberalism', category: 'ideology', at: 2 },
    { entryId: 'ollanta-humala', category: 'person', at: 3 },
    { entryId: 'gana-peru', category: 'party', at: 4 },
    { entryId: 'neoliberalism', category: 'ideology', at: 5 },
  ];

  test('everything by default, in order', () => {
    expect(visibleTerms(marks, DEFAULT_SETTINGS).map((mark) => mark.at)).toEqual([1, 2, 3, 4, 5]);
  });

  test('hidden categories drop out', () => {
    const visible = visibleTerms(marks, { ...DEFAULT_SETTINGS, hiddenCategories: ['person', 'party'] });
    expect(visible.map((mark) => mark.at)).toEqual([2, 5]);
  });

  test('first occurrence only keeps the first mark of each entry', () => {
    const visible = visibleTerms(marks, { ...DEFAULT_SETTINGS, firstOccurrenceOnly: true });
    expect(visible.map((mark) => mark.at)).toEqual([1, 2, 4]);
  });

  test('a hidden first occurrence does not hide the entry: its first visible mark shows', () => {
    const mixed = [
      { entryId: 'x', category: 'person', at: 1 },
      { entryId: 'y', category: 'party', at: 2 },
    ];
    const visible = visibleTerms(mixed, { hiddenCategories: ['person'], firstOccurrenceOnly: true });
    expect(visible.map((mark) => mark.at)).toEqual([2]);
  });
});

describe('parseSiteInput', () => {
  test.each([
    ['elcomercio.pe', 'elcomercio.pe'],
    ['  www.ElComercio.pe ', 'elcomercio.pe'],
    ['https://www.bbc.co.uk/mundo/noticias', 'bbc.co.uk'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%s → %s', (input, expected) => {
    expect(parseSiteInput(input)).toBe(expected);
  });

  test.each(['', '   ', 'not a site', 'http://', 'exa mple.com', '<script>.com', 'a..b'])(
    'rejects %j',
    (input) => {
      expect(parseSiteInput(input)).toBeNull();
    },
  );
});
