import { signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { render } from 'preact';
import { glossary } from '../../data/glossary';
import { notesDb, requestPersistentStorage } from '../../data/notes-db';
import { ownTermsDb } from '../../data/own-terms-db';
import { messenger } from '../../messaging/protocol';
import { exposeNotesBench } from './bench-hook';
import { trackReadingPage } from './reading-page';
import { SidePanel } from './SidePanel';
import './sidepanel.css';

const bundledNames = new Map(glossary.map((entry) => [entry.id, entry.term]));
/** The reader's own terms are marked on pages too, so the panel names them as well. */
const ownNames = signal(new Map<string, string>());
liveQuery(() => ownTermsDb().entries.toArray()).subscribe({
  next: (entries) => {
    ownNames.value = new Map(entries.map((entry) => [entry.id, entry.term]));
  },
  error: () => {},
});
// Reading the signal here makes whatever renders a name re-render when the reader's terms change.
const termName = (termId: string) => ownNames.value.get(termId) ?? bundledNames.get(termId) ?? termId;

void requestPersistentStorage();
exposeNotesBench();

const root = document.getElementById('app');
if (root) {
  render(
    <SidePanel
      db={notesDb()}
      readingPage={trackReadingPage()}
      termName={termName}
      onNotesChanged={(url) => void messenger.sendMessage('notesChanged', url).catch(() => {})}
      onShowPassage={(page, noteId) =>
        void messenger
          .sendMessage('scrollToNote', noteId, { tabId: page.tabId, frameId: 0 })
          .catch(() => false)
      }
      loadPageTerms={(page) =>
        messenger.sendMessage('getPageTerms', undefined, { tabId: page.tabId, frameId: 0 })
      }
      onShowTerm={(page, entryId) =>
        void messenger
          .sendMessage('showTermOnPage', entryId, { tabId: page.tabId, frameId: 0 })
          .catch(() => false)
      }
    />,
    root,
  );
}
