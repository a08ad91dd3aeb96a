import { useState } from 'preact/hooks';
import type { RelatedTerm } from '../core/glossary/entry-view';
import type { GlossaryEntry } from '../core/glossary/schema';
import type { CardStrings } from './strings/card';

export interface TermCardProps {
  entry: GlossaryEntry;
  related: readonly RelatedTerm[];
  strings: CardStrings;
  /** The id of the heading, so a surrounding dialog can be named by it. */
  headingId?: string;
  onOpenRelated(id: string): void;
  onAddNote?(event: MouseEvent): void;
}

/** Only http(s) links are followed; anything else is shown as plain text. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** One glossary entry: the same card in the popover, the popup and the side panel. All text is text. */
export function TermCard({ entry, related, strings, headingId, onOpenRelated, onAddNote }: TermCardProps) {
  const [expanded, setExpanded] = useState(false);
  return (
    <div class="term-card">
      <p class="term-card__category">
        {strings.categories[entry.category]}
        {entry.period ? ` · ${entry.period}` : ''}
      </p>
      <h2 class="term-card__term" id={headingId}>
        {entry.term}
      </h2>
      {entry.aliases.length > 0 && (
        <p class="term-card__aliases">
          {strings.alsoKnownAs}: {entry.aliases.slice(0, 4).join(', ')}
        </p>
      )}
      <p class="term-card__summary">{entry.summary}</p>
      {expanded && <p class="term-card__details">{entry.details}</p>}
      {entry.details.trim() !== '' && (
        <button
          type="button"
          class="term-card__more"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? strings.less : strings.more}
        </button>
      )}
      {related.length > 0 && (
        <section class="term-card__related" aria-label={strings.related}>
          <h3>{strings.related}</h3>
          <ul>
            {related.map((item) => (
              <li key={item.id}>
                <button type="button" onClick={() => onOpenRelated(item.id)}>
                  {item.term}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {entry.sources.length > 0 && (
        <section class="term-card__sources" aria-label={strings.sources}>
          <h3>{strings.sources}</h3>
          <ul>
            {entry.sources.map((source) => (
              <li key={source.url}>
                {isWebUrl(source.url) ? (
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {onAddNote && (
        <button type="button" class="term-card__add-note" onClick={onAddNote}>
          {strings.addNote}
        </button>
      )}
    </div>
  );
}
