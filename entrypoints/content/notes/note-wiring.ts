import { messenger, type NoteStart } from '../../../messaging/protocol';
import type { PrivateMarks } from '../host/private-marks';
import { NoteLayer } from './note-layer';

export interface PageNotes {
  /** The popover's "Add note": the selection or the term's sentence goes to the side panel. */
  addNote(termId: string, anchor: Range): void;
  dispose(): void;
}

/**
 * Notes belong to the top document (its URL files them); frames only pass "Add note" on, without a
 * passage, since their text is not the page's.
 */
export function wirePageNotes(privateMarks: PrivateMarks): PageNotes {
  const isTop = window === window.top;
  const layer = isTop ? new NoteLayer(document, privateMarks) : undefined;
  const unlisten: (() => void)[] = [];
  if (layer) {
    void layer.refresh();
    unlisten.push(
      // Sent only to the tabs the background knows show a page whose notes changed.
      messenger.onMessage('refreshNotes', () => layer.refresh()),
      messenger.onMessage('describePage', () => ({ url: location.href, title: document.title })),
      messenger.onMessage('readSelectionForNote', () => layer.passageForNote()),
      messenger.onMessage('scrollToNote', ({ data }) => layer.scrollTo(String(data))),
    );
  }
  return {
    addNote(termId, anchor) {
      const start: NoteStart = layer?.passageForNote(anchor) ?? {
        passage: null,
        termIds: [],
        title: document.title,
      };
      start.termIds = [termId];
      void messenger.sendMessage('startNote', start).catch(() => {});
    },
    dispose() {
      layer?.dispose();
      for (const stop of unlisten) {
        try {
          stop();
        } catch {
          // The listener died with the old extension context.
        }
      }
    },
  };
}
