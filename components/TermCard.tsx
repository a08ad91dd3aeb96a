import { useState } from 'preact/hooks';
import type { RelatedTerm } from '../core/glossary/entry-view';
import { type ExplanationLanguage, eventText, explainedText } from '../core/glossary/explanation';
import type { GlossaryEntry, TimelineEvent } from '../core/glossary/schema';
import { eventsSinceArticle, formatPartialDate } from '../core/page-facts/since-article';
import type { CardStrings } from './strings/card';
import { EXPLANATION_STRINGS } from './strings/explanation';

export interface TermCardProps {
  entry: GlossaryEntry;
  related: readonly RelatedTerm[];
  /** The interface's words (buttons, headings of the card's parts). */
  strings: CardStrings;
  /** The explanation's language: summary, details, category, timeline. */
  language: ExplanationLanguage;
  /** The publication day ('YYYY-MM-DD') of the article the reader is on, when the page tells it. */
  articleDate?: string | undefined;
  /** The id of the heading, so a surrounding dialog can be named by it. */
  headingId?: string;
  onOpenRelated(id: string): void;
  onAddNote?(event: MouseEvent): void;
}

/** Only http(s) links are followed; anything else is shown as plain text. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Events shown before "Show all": what happened next, and the latest two (where things stand). */
function fewEvents<T>(events: readonly T[]): readonly T[] {
  return events.length <= 3 ? events : [events[0] as T, ...events.slice(-2)];
}

/** "Since this article": the entry's timeline after the article's day, or one line saying nothing. */
function SinceArticle({
  timeline,
  articleDate,
  language,
}: {
  timeline: readonly TimelineEvent[];
  articleDate: string;
  language: ExplanationLanguage;
}) {
  const [showAll, setShowAll] = useState(false);
  const text = EXPLANATION_STRINGS[language];
  const events = eventsSinceArticle(timeline, articleDate);
  const heading = text.sinceArticle(formatPartialDate(articleDate, language));
  const shown = showAll ? events : fewEvents(events);
  return (
    <section class="term-card__since" aria-label={heading}>
      <h3>{heading}</h3>
      {events.length === 0 ? (
        <p class="term-card__nothing-since">{text.nothingSince}</p>
      ) : (
        <ol>
          {shown.map((event) => (
            <li key={`${event.date} ${event.text}`}>
              <span class="term-card__event-date">{formatPartialDate(event.date, language)}</span>{' '}
              {eventText(event, language)}
            </li>
          ))}
        </ol>
      )}
      {events.length > shown.length || showAll ? (
        <button
          type="button"
          class="term-card__link"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? text.showFewerEvents : text.showAllEvents(events.length)}
        </button>
      ) : null}
    </section>
  );
}

/**
 * One glossary entry: the same card in the popover and the popup. The explanation (summary, details,
 * category, timeline) is in its own language, the interface around it in the interface's; the actions
 * come right after the summary, so a tall card never hides them. All text is text.
 */
export function TermCard({
  entry,
  related,
  strings,
  language,
  articleDate,
  headingId,
  onOpenRelated,
  onAddNote,
}: TermCardProps) {
  const [expanded, setExpanded] = useState(false);
  const { summary, details } = explainedText(entry, language);
  const hasDetails = details.trim() !== '';
  return (
    <div class="term-card" lang={language}>
      <p class="term-card__category">
        {EXPLANATION_STRINGS[language].categories[entry.category]}
        {/* The period is written in English only: a Spanish explanation leaves it out. */}
        {entry.period && language === 'en' ? ` · ${entry.period}` : ''}
      </p>
      <h2 class="term-card__term" id={headingId}>
        {entry.term}
      </h2>
      {entry.aliases.length > 0 && (
        <p class="term-card__aliases">
          {strings.alsoKnownAs}: {entry.aliases.slice(0, 4).join(', ')}
        </p>
      )}
      <p class="term-card__summary">{summary}</p>
      {hasDetails || onAddNote ? (
        <div class="term-card__actions">
          {hasDetails && (
            <button
              type="button"
              class="term-card__link term-card__more"
              aria-expanded={expanded}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? strings.less : strings.more}
            </button>
          )}
          {onAddNote && (
            <button type="button" class="term-card__link term-card__add-note" onClick={onAddNote}>
              {strings.addNote}
            </button>
          )}
        </div>
      ) : null}
      {expanded && <p class="term-card__details">{details}</p>}
      {articleDate && entry.timeline && entry.timeline.length > 0 ? (
        <SinceArticle timeline={entry.timeline} articleDate={articleDate} language={language} />
      ) : null}
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
    </div>
  );
}
