import { articleDateFrom } from '../../core/page-facts/article-date';
import { messenger } from '../../messaging/protocol';
import { ArticleDateCluesSchema, validPayload } from '../../messaging/schemas';

/** Reads pages' publication dates from the clues their content scripts send ("Since this article"). */
export function registerPageFactsHandlers(): void {
  messenger.onMessage('readArticleDate', ({ data }) => {
    const clues = validPayload(ArticleDateCluesSchema, data);
    if (!clues) return null;
    try {
      return articleDateFrom(clues)?.date ?? null;
    } catch {
      // Whatever a page wrote, a date it cannot tell is no date.
      return null;
    }
  });
}
