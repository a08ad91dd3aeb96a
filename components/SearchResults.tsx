import type { Category } from '../core/glossary/schema';

interface SearchResultItem {
  id: string;
  term: string;
  category: Category;
  summary: string;
}

export interface SearchResultsProps {
  id: string;
  items: readonly SearchResultItem[];
  activeIndex: number;
  /** The listbox's accessible name. */
  label: string;
  categories: Record<Category, string>;
  onChoose(id: string): void;
  onHover(index: number): void;
}

/** The option ids, so the search box can point at the active one (aria-activedescendant). */
export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

/** Results as a listbox (focus stays in the search box, which points at the active option): each option starts with the entry's term, then its category and summary. */
export function SearchResults({
  id,
  items,
  activeIndex,
  label,
  categories,
  onChoose,
  onHover,
}: SearchResultsProps) {
  return (
    <div id={id} class="results" role="listbox" aria-label={label}>
      {items.map((item, index) => (
        <div
          key={item.id}
          id={optionId(id, index)}
          role="option"
          tabIndex={-1}
          aria-selected={index === activeIndex}
          class={index === activeIndex ? 'result result--active' : 'result'}
          onClick={() => onChoose(item.id)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onChoose(item.id);
          }}
          onMouseMove={() => onHover(index)}
        >
          <span class="result__term">{item.term}</span>{' '}
          <span class="result__category">{categories[item.category]}</span>
          <span class="result__summary">{item.summary}</span>
        </div>
      ))}
    </div>
  );
}
