import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { PageTermCount } from '../../core/marks/page-terms';
import type { ReadingPage } from './reading-page';

/**
 * The page's marks change as it loads more (infinite scroll, late content) and as settings change, and a
 * page cannot message the panel; so the panel asks again this often while it is visible.
 */
const PAGE_TERMS_REFRESH_MS = 2_000;

/** The glossary terms marked on the reading page, with counts, in reading order; null until it answers. */
export function usePageTerms(
  page: ReadingPage | null,
  loadPageTerms: ((page: ReadingPage) => Promise<PageTermCount[]>) | undefined,
): Signal<PageTermCount[] | null> {
  const terms = useSignal<PageTermCount[] | null>(null);
  useEffect(() => {
    terms.value = null;
    if (!page || !loadPageTerms) return;
    let stopped = false;
    const refresh = async () => {
      if (document.visibilityState === 'hidden') return;
      const answer = await loadPageTerms(page).catch(() => null);
      if (stopped || !answer) return;
      if (JSON.stringify(answer) !== JSON.stringify(terms.peek())) terms.value = answer;
    };
    void refresh();
    const timer = setInterval(() => void refresh(), PAGE_TERMS_REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [page?.tabId, page?.url, loadPageTerms]);
  return terms;
}
