import { defineExtensionMessaging } from '@webext-core/messaging';
import type { RelatedTerm } from '../components/TermCard';
import type { Category, GlossaryEntry } from '../core/glossary/schema';
import type { PageTermCount } from '../core/marks/page-terms';
import type { CompiledTerms } from '../core/matching/matcher';
import type { NotePassage } from '../core/notes/note-model';

/** What the content script needs to mark a page: every matchable form, compiled, and each entry's category. */
export interface TermIndex {
  compiled: CompiledTerms;
  categoryOf: Record<string, Category>;
}

/** One entry as a card shows it: the entry and the display names of its related entries. */
export interface EntryView {
  entry: GlossaryEntry;
  related: RelatedTerm[];
}

/** What the popup shows about the current page. */
export interface PageStatus {
  hostname: string;
  active: boolean;
  /** Marked passages currently shown (after the reader's category and occurrence settings). */
  termCount: number;
}

/** The one map of messages between the page world and the background. */
export interface ProtocolMap {
  /** content → background: every matchable form and each entry's category. */
  getTermIndex(): TermIndex;
  /** content → background: one entry for the popover; null for an unknown id. */
  getEntry(entryId: string): EntryView | null;
  /** background → content: open the popover on the next marked term (keyboard command). */
  showNextTerm(): boolean;
  /** extension pages → background: the reader's own terms changed; rebuild and tell the tabs. */
  ownTermsChanged(): void;
  /** background → content: the term list changed (the reader's own terms); read the page again. */
  termIndexChanged(): void;
  /** popup → content: what Glosa is doing on this page. */
  getPageStatus(): PageStatus;
  /** background → content: explain an entry at the reader's selection (context menu "Look up"). */
  showEntryAtSelection(entryId: string): boolean;

  // Notes
  /** content → background: the passages of the notes on the sender's page (URL from sender.tab.url). */
  getPageNotes(): PageNote[];
  /** content → background: which of those notes were found on the page, and which were not. */
  reportNoteAnchors(report: NoteAnchorReport): void;
  /** content → background: start a note on a passage ("Add note"); opens the side panel. */
  startNote(start: NoteStart): void;
  /** content → background: the reader clicked a note's passage; opens that note in the side panel. */
  openNote(noteId: string): void;
  /** background → content: the passage selected in this page, for a note (context menu, command). */
  readSelectionForNote(): NoteStart | null;
  /** background → content: the notes of this page URL changed; a page showing it paints them again. */
  refreshNotes(url: string): void;
  /** side panel / background → content: the top page's URL and title (no "tabs" permission needed). */
  describePage(): PageDescription;
  /** side panel → background: notes of this page URL changed; tell its tabs. */
  notesChanged(url: string): void;
  /** side panel → content: scroll the page to a note's passage; false when it is not on the page. */
  scrollToNote(noteId: string): boolean;
  /** side panel → content (top frame): the entries marked and shown on the page, in reading order. */
  getPageTerms(): PageTermCount[];
  /** side panel → content (top frame): scroll to the next shown mark of an entry and explain it. */
  showTermOnPage(entryId: string): boolean;
}

// Notes
/** A note's passage as the content script needs it to find it again. */
export interface PageNote {
  id: string;
  passage: NotePassage;
}

export interface NoteAnchorReport {
  anchored: string[];
  orphaned: string[];
}

export interface PageDescription {
  url: string;
  title: string;
}

/** What the page knows when a note is started: the passage (if any), the terms in it, the page title. */
export interface NoteStart {
  passage: NotePassage | null;
  termIds: string[];
  title: string;
}

export const messenger = defineExtensionMessaging<ProtocolMap>();
