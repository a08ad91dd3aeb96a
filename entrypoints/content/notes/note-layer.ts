import type { NotePassage } from '../../../core/notes/note-model';
import { anchorPassage, passageAt } from '../../../core/notes/quote-anchoring';
import { messenger, type NoteStart, type PageNote } from '../../../messaging/protocol';
import { HOST_TAG } from '../host/host-tag';
import type { PrivateMarks } from '../host/private-marks';
import { caretAt, pointIsOnRange } from '../interact/hit-test';
import { isReaderGesture } from '../interact/reader-gesture';
import { NotePageText } from './note-page-text';

/** Page changes are re-read for notes after the page has been quiet this long. */
const REANCHOR_DELAY_MS = 600;

interface AnchoredNote {
  id: string;
  range: Range;
}

/**
 * The page side of notes: finds each note's passage again (core/notes/quote-anchoring), paints the found
 * ones in Glosa's closed shadow root (which passages carry a note is the reader's business, not the
 * page's), reports the ones not found, opens a note when the reader clicks its passage, and reads the
 * passage for a new note. It never opens the database: the background answers for it.
 */
export class NoteLayer {
  private notes: PageNote[] = [];
  /** Kept in our own array: Firefox content scripts cannot iterate a Highlight. */
  private anchored: AnchoredNote[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly controller = new AbortController();
  private readonly observer = new MutationObserver((records) => this.onMutations(records));
  private disposed = false;

  constructor(
    private readonly doc: Document,
    private readonly privateMarks?: Pick<PrivateMarks, 'set'>,
  ) {
    doc.addEventListener('click', this.onClick, {
      capture: true,
      passive: true,
      signal: this.controller.signal,
    });
  }

  /** Fetches this page's notes from the background and paints them; called again when they change. */
  async refresh(): Promise<void> {
    const notes = await messenger.sendMessage('getPageNotes', undefined).catch(() => [] as PageNote[]);
    if (this.disposed) return;
    this.notes = notes;
    this.observer.disconnect();
    if (notes.length > 0) {
      this.observer.observe(this.doc.documentElement, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    }
    await this.anchorAll();
  }

  /** A new note's passage: the selection if the reader made one, else the sentence around `around`. */
  passageForNote(around?: Range): NoteStart {
    const title = this.doc.title;
    const text = new NotePageText(this.doc.body ?? this.doc.documentElement);
    const selection = this.doc.getSelection();
    const selected =
      selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
    const offsets = (selected && text.offsetsOf(selected)) ?? (around && text.sentenceAround(around));
    const passage: NotePassage | null = offsets
      ? (passageAt(text.text, offsets.start, offsets.end) ?? null)
      : null;
    return { passage, termIds: [], title };
  }

  /** Scrolls to a note's passage; false when it is not on the page. */
  scrollTo(noteId: string): boolean {
    const found = this.anchored.find((note) => note.id === noteId);
    const element = found?.range.startContainer.parentElement;
    if (!found || !element) return false;
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  }

  dispose(): void {
    this.disposed = true;
    this.controller.abort();
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.privateMarks?.set('notes', 'note', []);
  }

  private async anchorAll(): Promise<void> {
    // Most pages have no notes: reading the whole page's text for nothing costs hundreds of ms on a long one.
    const text =
      this.notes.length > 0 ? new NotePageText(this.doc.body ?? this.doc.documentElement) : undefined;
    const anchored: AnchoredNote[] = [];
    const orphaned: string[] = [];
    for (const note of text ? this.notes : []) {
      const anchor = text && anchorPassage(text.text, note.passage);
      const range = anchor && text?.rangeFor(anchor.start, anchor.end);
      if (range) anchored.push({ id: note.id, range });
      else orphaned.push(note.id);
    }
    anchored.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    this.anchored = anchored;
    this.privateMarks?.set(
      'notes',
      'note',
      anchored.map((note) => note.range),
    );
    await messenger
      .sendMessage('reportNoteAnchors', { anchored: anchored.map((note) => note.id), orphaned })
      .catch(() => {});
  }

  private noteAt(x: number, y: number): AnchoredNote | undefined {
    const caret = caretAt(this.doc, x, y);
    if (!caret) return undefined;
    return this.anchored.find((note) => {
      try {
        return note.range.comparePoint(caret.node, caret.offset) === 0 && pointIsOnRange(note.range, x, y);
      } catch {
        return false;
      }
    });
  }

  private readonly onClick = (event: MouseEvent): void => {
    // Only the reader opens a note: a click the page dispatched, or one on Glosa's own layer, does not.
    if (!isReaderGesture(event) || this.anchored.length === 0) return;
    if ((event.target as Node | null)?.nodeName === HOST_TAG) return;
    const selection = this.doc.getSelection();
    if (selection && !selection.isCollapsed) return; // the reader is selecting, not opening
    const note = this.noteAt(event.clientX, event.clientY);
    // Sent at once, while the click still counts as a user action (the background opens the panel).
    if (note) void messenger.sendMessage('openNote', note.id).catch(() => {});
  };

  private onMutations(records: MutationRecord[]): void {
    const ownOnly = records.every(
      (record) => record.target.nodeName === HOST_TAG || record.target.parentNode?.nodeName === HOST_TAG,
    );
    if (ownOnly) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.anchorAll(), REANCHOR_DELAY_MS);
  }
}
