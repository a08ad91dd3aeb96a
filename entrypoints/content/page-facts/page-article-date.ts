import { messenger } from '../../../messaging/protocol';
import { readArticleDateClues } from './article-date-clues';

let known: { url: string; date: Promise<string | undefined> } | undefined;

/**
 * The publication day ('YYYY-MM-DD') of the article the document shows: its clues are read here, the
 * date in the background (core/page-facts/article-date.ts). Asked the first time an explanation needs
 * it, and again only when the address changes (a single-page app's navigation).
 */
export function pageArticleDate(doc: Document): Promise<string | undefined> {
  const url = doc.location?.href ?? doc.URL;
  if (known?.url !== url) {
    let date: Promise<string | undefined>;
    try {
      date = messenger
        .sendMessage('readArticleDate', readArticleDateClues(doc, url))
        .then((answer) => (typeof answer === 'string' ? answer : undefined))
        .catch(() => undefined);
    } catch {
      // A page's markup can be anything: no date is better than no explanation.
      date = Promise.resolve(undefined);
    }
    known = { url, date };
  }
  return known.date;
}
