import { signal } from '@preact/signals';
import { render } from 'preact';
import { notesDb, requestPersistentStorage } from '../../data/notes-db';
import { glossaryVersionItem } from '../../messaging/channels';
import { messenger } from '../../messaging/protocol';
import { PageTermsSchema, validPayload } from '../../messaging/schemas';
import { trackReadingPage } from './reading-page';
import { SidePanel } from './SidePanel';
import './sidepanel.css';

/** Names of the reader's glossary (bundled + own terms), served by the background, which builds it. */
const termNames = signal<Record<string, string>>({});
const loadTermNames = () =>
  void messenger
    .sendMessage('getTermNames', undefined)
    .then((names) => {
      termNames.value = names;
    })
    .catch(() => {});
loadTermNames();
glossaryVersionItem.watch(loadTermNames);
// Reading the signal here makes whatever renders a name re-render when the names change.
const termName = (termId: string) => termNames.value[termId] ?? termId;

void requestPersistentStorage();

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
      loadPageTerms={async (page) =>
        validPayload(
          PageTermsSchema,
          await messenger.sendMessage('getPageTerms', undefined, { tabId: page.tabId, frameId: 0 }),
        ) ?? []
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
