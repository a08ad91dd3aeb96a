import { defineExtensionMessaging } from '@webext-core/messaging';
import type { EntryView } from '../core/glossary/entry-view';
import type { Category } from '../core/glossary/schema';
import type { PageTermCount } from '../core/marks/page-terms';
import type { PackedTerms } from '../core/matching/packed-terms';
import type { NotePassage } from '../core/notes/note-model';
import type { ArticleDateClues } from '../core/page-facts/article-date';
import type { GlossaryQuery, NoteAnchorReport, NoteStart, PageDescription, PageStatus } from './schemas';

export type { EntryView, NoteStart, PageStatus };

/**
 * What the content script needs to mark a page: every matchable form, compiled, each entry's category,
 * and which compiled forms are the reader's own (their marks are painted where the page cannot see).
 */
export interface TermIndex {
  /** The compiled term list, packed: a quarter of its JSON size (core/matching/packed-terms.ts). */
  terms: PackedTerms;
  categoryOf: Record<string, Category>;
  privateForms: number[];
  /**
   * Per entry: the words of its proper names, its countries, its introducers and a person's related entries
   * (core/names/entry-facts.ts).
   */
  entryFacts: Record<
    string,
    {
      nameWords: string[];
      countries: string[];
      person: boolean;
      oneInItsCountry: boolean;
      introducedBy?: readonly string[];
      related?: readonly string[];
      president?: true;
      gender?: 'f' | 'm';
    }
  >;
  /** Folded words that name a country or its people, with its ISO code ("irlanda": "IE"). */
  countryWords: Record<string, string>;
  /** The names' longer word lists, folded (core/names/word-lists.ts), by list. */
  wordLists: Record<string, string[]>;
}

/** A note's passage as the content script needs it to find it again. */
export interface PageNote {
  id: string;
  passage: NotePassage;
}

/** A search result as the popup lists it. */
export interface EntrySummary {
  id: string;
  term: string;
  category: Category;
  summary: string;
  /** Guessed from the words of a description: no name or phrase matched (the popup says so). */
  guessed?: boolean;
}

/**
 * The one map of messages between worlds (channels.ts lists the storage items that carry the rest).
 * Whatever a content script sends, as a request or as a reply, is checked against schemas.ts where it
 * arrives.
 */
export interface ProtocolMap {
  // content → background
  /** Every matchable form and each entry's category. */
  getTermIndex(): TermIndex;
  /** One entry for the popover; null for an unknown id. */
  getEntry(entryId: string): EntryView | null;
  /** The publication day ('YYYY-MM-DD') the page's clues tell, or null. */
  readArticleDate(clues: ArticleDateClues): string | null;
  /** The passages of the notes on the sender's page (its URL from the browser: sender.tab.url). */
  getPageNotes(): PageNote[];
  /** Which of those notes were found on the page, and which were not. */
  reportNoteAnchors(report: NoteAnchorReport): void;
  /** Start a note on a passage ("Add note"); opens the notes panel. */
  startNote(start: NoteStart): void;
  /** The reader clicked a note's passage; opens that note in the notes panel. */
  openNote(noteId: string): void;

  // extension pages → background
  /** The popup's search over the reader's glossary (bundled + own terms), best first. */
  searchGlossary(query: GlossaryQuery): EntrySummary[];
  /** Display names of every entry of the reader's glossary, by id (the notes panel names terms). */
  getTermNames(): Record<string, string>;
  /** Notes of this page URL changed; tell its tabs. */
  notesChanged(url: string): void;

  // background → content
  /** Open the popover on the next marked term (keyboard command). */
  showNextTerm(): boolean;
  /** The term list changed (the reader's own terms); read the page again. */
  termIndexChanged(): void;
  /** Explain at the reader's selection one of the entries it may name (context menu "Look up"). */
  showEntryAtSelection(entryIds: string[]): boolean;
  /** The passage selected in this page, for a note (context menu, command). */
  readSelectionForNote(): NoteStart | null;
  /** The notes of the page this tab shows changed: paint them again (sent to those tabs only). */
  refreshNotes(): void;

  // extension pages and background → content (top frame)
  /** What Glosa is doing on this page (popup). */
  getPageStatus(): PageStatus;
  /** The top page's URL and title (no "tabs" permission needed). */
  describePage(): PageDescription;
  /** Scroll the page to a note's passage; false when it is not on the page. */
  scrollToNote(noteId: string): boolean;
  /** The entries marked and shown on the page, in reading order. */
  getPageTerms(): PageTermCount[];
  /** Scroll to the next shown mark of an entry and explain it. */
  showTermOnPage(entryId: string): boolean;
}

export const messenger = defineExtensionMessaging<ProtocolMap>();
