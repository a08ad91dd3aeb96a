/**
 * A note as Glosa stores it. The passage it is tied to is described twice, as the W3C Web Annotation
 * model does: by its words with some context (TextQuote) and by where it was in the page's text
 * (TextPosition). The quote is what re-anchoring trusts; the position only breaks ties.
 */
import { normalizeKey } from '../matching/normalize';

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

interface TextPositionSelector {
  start: number;
  end: number;
}

/** A passage of a page: quote and position over the page text (see page-text in the content script). */
export interface NotePassage {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Note {
  id: string;
  /** Normalized page URL (core/page-url). */
  url: string;
  title: string;
  passage?: NotePassage;
  termIds: string[];
  body: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  /**
   * Search keys: folded words of body, quote, title, tags and terms (multiEntry index). Empty for an
   * imported note until the import's backlog has been worked through (data/notes-store fillPendingWords).
   */
  words: string[];
}

export type NoteFields = Omit<Note, 'words'>;

/** Context kept on each side of a quote. */
export const QUOTE_CONTEXT_CHARS = 32;
export const MAX_BODY_CHARS = 20_000;
export const MAX_TAGS = 20;
export const MAX_TAG_CHARS = 40;

/**
 * Words too common to search by, in the languages Glosa's articles are written in. Leaving them out
 * of the index keeps it (and every write) a third smaller; a query made only of them lists everything.
 */
const STOP_WORDS = new Set(
  `the of and to in is that for on was with he as it by at from his an were are which this be has had have not but
  its who they been their one all would there more when also than into some could over our we you your she her
  el la los las de del en un una que por con para como pero mas sus su se al lo le es son fue ha era este esta`.split(
    /\s+/,
  ),
);

/** Folded search words (case, accents folded); words shorter than 2 characters and stop words are left out. */
export function searchWords(text: string): string[] {
  return normalizeKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && !STOP_WORDS.has(word));
}

/** Every word a search may start from, deduplicated. Term ids are kebab-case: their parts count too. */
export function wordsOfNote(note: NoteFields): string[] {
  // One folding pass over all the note's text: folding is the costly part (10,000 notes on import).
  const parts = [note.body, note.title, note.passage?.quote.exact ?? '', ...note.tags, ...note.termIds];
  return [...new Set(searchWords(parts.join('\n')))];
}

export function withWords(note: NoteFields): Note {
  return { ...note, words: wordsOfNote(note) };
}

const workedOutWords = new WeakMap<Note, string[]>();

/**
 * Whether a note has no search words stored: an imported note's may not be written yet (a note whose
 * text has no words counts too, and costs nothing to work out).
 */
export function lacksStoredWords(note: Note): boolean {
  return note.words.length === 0;
}

/** A note's search words: as stored, or worked out from its text (once) while none are stored. */
export function searchWordsOf(note: Note): readonly string[] {
  if (!lacksStoredWords(note)) return note.words;
  let words = workedOutWords.get(note);
  if (!words) {
    words = wordsOfNote(note);
    workedOutWords.set(note, words);
  }
  return words;
}

/** Tags as typed ("peru, elections  2011" or "#peru #elections"): trimmed, lower case, unique. */
export function parseTags(input: string): string[] {
  const tags = new Set<string>();
  for (const raw of input.split(/[,\s#]+/)) {
    const tag = raw.trim().toLowerCase().slice(0, MAX_TAG_CHARS);
    if (tag) tags.add(tag);
    if (tags.size >= MAX_TAGS) break;
  }
  return [...tags];
}
