/**
 * The date many news sites put in an article's path (/2011/04/14/, /2011-04-14-slug, /20110414/), the
 * last clue to a page's publication date. Only the path is read: query strings carry search and
 * tracking parameters, and host names carry no dates.
 */
import { isRealDay } from '../partial-date';
import { monthFromWord, type WrittenDate } from './written-date';

/** Path segments after which an all-digit segment is a record number, not a date folder. */
const ID_SEGMENTS = new Set([
  'a',
  'amp',
  'article',
  'articles',
  'articulo',
  'articulos',
  'id',
  'item',
  'n',
  'nota',
  'notas',
  'noticia',
  'noticias',
  'p',
  'post',
  'posts',
  'stories',
  'story',
  'v',
  'video',
  'videos',
]);

/** A separator around a date in a path: a slash, a dash, an underscore, a dot, or either end. */
const BEFORE = '(?<=^|[/_.-])';
const AFTER = '(?=$|[/_.-])';

interface Found {
  date: WrittenDate;
  index: number;
}

/**
 * The first date in the URL's path, full or partial ("/2011/04/" alone is April 2011), or null.
 *
 * Read as dates: /2011/04/14/ (also /2011/4/14/), /2011/apr/14/, /2011/0414/, a dashed or underscored
 * 2011-04-14 anywhere between separators, /2011/04/110414_slug (the year and month folders, then the
 * same date as YYMMDD), 20110414 as a whole segment or at the start of one (/20110414-slug/), and
 * 201104141030 or 20110414103000 (a date and a real time) anywhere between separators.
 *
 * Not read, because they are far more often record numbers: eight digits at the end of a slug
 * (/story-20110414), eight digits right after an "id", "noticia", "article"… segment, and any run of
 * digits longer or shorter than those above (/20110414123/). Impossible days are never dates.
 */
export function dateInUrlPath(url: string): WrittenDate | null {
  let path: string;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return null;
  }
  // A hostile URL can be long; dates sit near the start of a path.
  path = path.slice(0, 1000);
  const found: Found[] = [];
  const add = (index: number, year: number, month: number, day?: number) => {
    if (day === undefined) {
      if (month >= 1 && month <= 12) found.push({ index, date: { year, month } });
    } else if (isRealDay(year, month, day)) {
      found.push({ index, date: { year, month, day } });
    }
  };
  const each = (pattern: string, onMatch: (match: RegExpExecArray) => void) => {
    for (const match of path.matchAll(new RegExp(pattern, 'g'))) onMatch(match);
  };

  each(`${BEFORE}(\\d{4})/(\\d{1,2})/(\\d{1,2})${AFTER}`, (m) =>
    add(m.index, num(m[1]), num(m[2]), num(m[3])),
  );
  each(`${BEFORE}(\\d{4})/([a-z]{3,9})/(\\d{1,2})${AFTER}`, (m) => {
    const month = monthFromWord(m[2] ?? '');
    if (month) add(m.index, num(m[1]), month, num(m[3]));
  });
  each(`${BEFORE}(\\d{4})/(\\d{2})(\\d{2})${AFTER}`, (m) => add(m.index, num(m[1]), num(m[2]), num(m[3])));
  each(`${BEFORE}(\\d{4})([-_])(\\d{2})\\2(\\d{2})${AFTER}`, (m) =>
    add(m.index, num(m[1]), num(m[3]), num(m[4])),
  );
  each(`${BEFORE}(\\d{4})/(\\d{2})/(\\d{2})(\\d{2})(\\d{2})(?=[_-])`, (m) => {
    // BBC-style /2011/04/110414_slug: the six digits must repeat the year and month folders.
    if (num(m[3]) === num(m[1]) % 100 && m[4] === m[2]) add(m.index, num(m[1]), num(m[2]), num(m[5]));
  });
  each(`(?<=^|/)(\\d{4})(\\d{2})(\\d{2})(?=$|/|[_-](?!\\d))`, (m) => {
    const previous = path.slice(0, m.index).split('/').at(-2) ?? '';
    if (!ID_SEGMENTS.has(previous)) add(m.index, num(m[1]), num(m[2]), num(m[3]));
  });
  each(`${BEFORE}(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})?${AFTER}`, (m) => {
    const hours = num(m[4]);
    const minutes = num(m[5]);
    const seconds = m[6] === undefined ? 0 : num(m[6]);
    if (hours <= 23 && minutes <= 59 && seconds <= 59) add(m.index, num(m[1]), num(m[2]), num(m[3]));
  });
  each(`${BEFORE}(\\d{4})/(\\d{1,2})${AFTER}`, (m) => add(m.index, num(m[1]), num(m[2])));

  // Earliest in the path first; at the same place, a full date before the partial one it starts with.
  found.sort((a, b) => a.index - b.index || (b.date.day ?? 0) - (a.date.day ?? 0));
  const first = found[0]?.date;
  if (!first || first.day !== undefined) return first ?? null;
  // Month folders first (/2011/04/…): a later full date counts only if it falls in that month.
  const inMonth = found.find(
    ({ date }) => date.day !== undefined && date.year === first.year && date.month === first.month,
  );
  return inMonth?.date ?? first;
}

function num(text: string | undefined): number {
  return Number.parseInt(text ?? '', 10);
}
