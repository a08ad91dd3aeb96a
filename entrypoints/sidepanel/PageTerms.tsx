import type { NotesStrings } from '../../components/strings/notes';
import type { PageTermCount } from '../../core/marks/page-terms';

export interface PageTermsProps {
  text: NotesStrings;
  terms: readonly PageTermCount[];
  termName(termId: string): string;
  /** Scrolls the page to the term's next occurrence and explains it there. */
  onShowTerm?(entryId: string): void;
}

/** "Terms on this page": the glossary terms marked on the reading page, with counts, in reading order. */
export function PageTerms({ text, terms, termName, onShowTerm }: PageTermsProps) {
  return (
    <section class="page-terms" aria-labelledby="page-terms-heading">
      <h3 id="page-terms-heading">{text.termsOnPage}</h3>
      {terms.length === 0 ? (
        <p class="notes-app__empty">{text.noTermsOnPage}</p>
      ) : (
        <ul class="page-terms__list">
          {terms.map(({ entryId, count }) => {
            const name = termName(entryId);
            return (
              <li key={entryId}>
                <button
                  type="button"
                  title={text.showTermOnPage(name)}
                  disabled={!onShowTerm}
                  onClick={() => onShowTerm?.(entryId)}
                >
                  {name} · {count}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
