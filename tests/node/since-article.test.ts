import { describe, expect, it, test } from 'vitest';
import type { TimelineEvent } from '../../core/glossary/schema';
import { eventsSinceArticle, formatPartialDate } from '../../core/page-facts/since-article';
import { isRealDay, PARTIAL_DATE } from '../../core/partial-date';
import { Random } from './text-noise';

const event = (date: string, text = `event of ${date}`): TimelineEvent => ({
  date,
  text,
  es: `evento de ${date}`,
});
const dates = (events: readonly { date: string }[]) => events.map((item) => item.date);

describe('eventsSinceArticle', () => {
  const timeline = [
    event('2006'),
    event('2006-06-04'),
    event('2011'),
    event('2011-04'),
    event('2011-04-10'),
    event('2011-04-14'),
    event('2011-04-15'),
    event('2011-06'),
    event('2011-06-05'),
    event('2012'),
    event('2016-04-10'),
  ];

  test('only events certainly after the article’s day', () => {
    expect(dates(eventsSinceArticle(timeline, '2011-04-14'))).toEqual([
      '2011-04-15',
      '2011-06',
      '2011-06-05',
      '2012',
      '2016-04-10',
    ]);
  });

  it.each([
    ['2011', '2011-04-14', false, 'the year may mean January'],
    ['2012', '2011-12-31', true, 'the next year'],
    ['2011-04', '2011-04-14', false, 'the month may mean the 1st'],
    ['2011-04', '2011-03-31', true, 'the next month'],
    ['2011-05', '2011-04-30', true, 'the next month'],
    ['2011-04-14', '2011-04-14', false, 'the same day may be earlier that day'],
    ['2011-04-15', '2011-04-14', true, 'the next day'],
    ['2010-12-31', '2011-01-01', false, 'the day before'],
  ])('%s after an article of %s: %s (%s)', (date, article, expected) => {
    expect(eventsSinceArticle([event(date)], article).length).toBe(expected ? 1 : 0);
  });

  test('in date order, equal dates in their timeline order', () => {
    const shuffled = [event('2014', 'b'), event('2012-05-01'), event('2014', 'c'), event('2013-02')];
    expect(eventsSinceArticle(shuffled, '2011-04-14').map((item) => `${item.date} ${item.text}`)).toEqual([
      '2012-05-01 event of 2012-05-01',
      '2013-02 event of 2013-02',
      '2014 b',
      '2014 c',
    ]);
  });

  test('the events are returned as they are (Spanish text and all)', () => {
    const [first] = eventsSinceArticle([event('2012')], '2011-04-14');
    expect(first).toEqual({ date: '2012', text: 'event of 2012', es: 'evento de 2012' });
  });

  test('nothing since: an empty list (the popover says so in one line)', () => {
    expect(eventsSinceArticle(timeline, '2020-01-01')).toEqual([]);
    expect(eventsSinceArticle([], '2011-04-14')).toEqual([]);
  });

  it.each(['', '2011', '2011-04', '2011-02-30', '14/04/2011', 'nonsense'])(
    'an article date that is not a real day (%j) gives nothing',
    (article) => {
      expect(eventsSinceArticle(timeline, article)).toEqual([]);
    },
  );

  it.each(['2011-13', '2011-02-30', '11', '2011-6', 'June 2012', ''])(
    'an event dated %j is left out',
    (date) => {
      expect(eventsSinceArticle([event(date)], '2000-01-01')).toEqual([]);
    },
  );

  test('property: returned events are exactly the valid ones whose earliest day is after the article', () => {
    const random = new Random(11);
    const randomDate = () => {
      const year = String(1990 + random.int(40));
      const month = String(1 + random.int(13)).padStart(2, '0');
      const day = String(1 + random.int(31)).padStart(2, '0');
      return random.pick([year, `${year}-${month}`, `${year}-${month}-${day}`]);
    };
    const earliest = (date: string) =>
      date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
    const valid = (date: string) => {
      if (!PARTIAL_DATE.test(date)) return false;
      const [year, month, day] = date.split('-').map(Number);
      return day === undefined || isRealDay(year ?? 0, month ?? 0, day);
    };
    for (let run = 0; run < 1_000; run++) {
      const events = Array.from({ length: random.int(12) }, () => event(randomDate()));
      let article = randomDate();
      while (article.length !== 10 || !valid(article)) article = randomDate();
      const since = eventsSinceArticle(events, article);
      const expected = events.filter((item) => valid(item.date) && earliest(item.date) > article);
      expect(new Set(since)).toEqual(new Set(expected));
      expect(since.length).toBe(expected.length);
      for (let k = 1; k < since.length; k++) {
        expect(earliest(since[k - 1]?.date ?? '') <= earliest(since[k]?.date ?? '')).toBe(true);
      }
    }
  });
});

describe('formatPartialDate', () => {
  it.each([
    ['2011-04-14', 'en', '14 April 2011'],
    ['2011-04-14', 'es', '14 de abril de 2011'],
    ['2011-06-05', 'en', '5 June 2011'],
    ['2011-06-01', 'es', '1 de junio de 2011'],
    ['2011-09-30', 'es', '30 de septiembre de 2011'],
    ['2011-06', 'en', 'June 2011'],
    ['2011-06', 'es', 'junio de 2011'],
    ['2011-12', 'es', 'diciembre de 2011'],
    ['2011', 'en', '2011'],
    ['2011', 'es', '2011'],
    ['2012-02-29', 'en', '29 February 2012'],
  ] as const)('%s in %s → %s', (date, language, expected) => {
    expect(formatPartialDate(date, language)).toBe(expected);
  });

  it.each(['', 'nonsense', '2011-13', '2011-02-30', '14/04/2011'])(
    'a malformed date %j is shown as it is',
    (date) => {
      expect(formatPartialDate(date, 'en')).toBe(date);
      expect(formatPartialDate(date, 'es')).toBe(date);
    },
  );
});
