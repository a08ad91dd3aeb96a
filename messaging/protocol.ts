import { defineExtensionMessaging } from '@webext-core/messaging';
import type { RelatedTerm } from '../components/TermCard';
import type { MatcherTerm } from '../core/matcher';
import type { Category, GlossaryEntry } from '../data/glossary-schema';

/** What the content script needs to mark a page: every matchable form, and each entry's category. */
export interface TermIndex {
  terms: MatcherTerm[];
  categoryOf: Record<string, Category>;
}

/** One entry as a card shows it: the entry and the display names of its related entries. */
export interface EntryView {
  entry: GlossaryEntry;
  related: RelatedTerm[];
}

/** The one map of messages between the page world and the background. */
export interface ProtocolMap {
  /** content → background: every matchable form and each entry's category. */
  getTermIndex(): TermIndex;
  /** content → background: one entry for the popover; null for an unknown id. */
  getEntry(entryId: string): EntryView | null;
  /** background → content: open the popover on the next marked term (keyboard command). */
  showNextTerm(): boolean;
}

export const messenger = defineExtensionMessaging<ProtocolMap>();
