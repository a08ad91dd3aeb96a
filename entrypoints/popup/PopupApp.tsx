import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { messagesFor } from '../../components/messages';
import { optionId, SearchResults } from '../../components/SearchResults';
import { TermCard } from '../../components/TermCard';
import { mergeGlossary, type ReaderEntry } from '../../core/glossary/own-terms';
import { normalizePageUrl } from '../../core/page-url';
import { createGlossarySearch } from '../../core/search/search';
import { siteKey, withDefaults } from '../../core/settings';
import { glossary } from '../../data/glossary';
import { pendingLookupItem } from '../../data/lookup-store';
import { storePendingNote } from '../../data/notes-session';
import { ownTermsDb } from '../../data/own-terms-db';
import { settingsItem } from '../../data/settings-store';
import { useLiveSignal } from '../../hooks/live-signal';
import { useSettings } from '../../hooks/use-settings';
import { messenger, type PageStatus } from '../../messaging/protocol';
import { currentPage } from './current-page';
import { openSidePanel } from './open-side-panel';

const RESULTS_ID = 'glosa-results';
const RESULT_LIMIT = 30;

/** The reader's page (address and title), where its content script can say; null elsewhere. */
async function describeReaderPage(tabId: number | undefined): Promise<{ url: string; title: string } | null> {
  if (tabId === undefined) return null;
  const described = await messenger
    .sendMessage('describePage', undefined, { tabId, frameId: 0 })
    .catch(() => null);
  const url = normalizePageUrl(described?.url);
  return url ? { url, title: described?.title || url } : null;
}

/** The toolbar popup: search the glossary, read an entry, and switch Glosa for the current site. */
export function PopupApp() {
  const settings = useSettings();
  const messages = messagesFor(settings.value.language, navigator.language);
  const own = useLiveSignal(() => ownTermsDb().entries.toArray(), [], []);
  const entries = useMemo(() => mergeGlossary(glossary, own.value), [own.value]);
  const byId = useMemo(() => new Map(entries.map((entry) => [entry.id, entry])), [entries]);
  const search = useMemo(() => createGlossarySearch(entries), [entries]);

  const query = useSignal('');
  const activeIndex = useSignal(0);
  const trail = useSignal<string[]>([]);
  const status = useSignal<PageStatus | null | undefined>(undefined);
  // Found once the popup opens: later, an opened panel would count as the most recent tab.
  const readerTabId = useSignal<number | undefined>(undefined);
  const searchBox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.value.theme;
    document.documentElement.lang = messages === messagesFor('es', '') ? 'es' : 'en';
  }, [settings.value.theme, messages]);

  useEffect(() => {
    void pendingLookupItem.getValue().then((pending) => {
      if (!pending) return;
      query.value = pending;
      void pendingLookupItem.setValue(null);
    });
  }, []);

  // Re-ask the page whenever the settings change (a site toggle changes what it marks).
  useEffect(() => {
    let current = true;
    // The page applies new settings on its next frame; ask after it has.
    const timer = setTimeout(() => {
      void currentPage().then((page) => {
        if (!current) return;
        status.value = page?.status ?? null;
        readerTabId.value = page?.tabId;
      });
    }, 50);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [settings.value]);

  const hits = query.value.trim().length >= 2 ? search.search(query.value, RESULT_LIMIT) : [];
  const shownEntry: ReaderEntry | undefined = byId.get(trail.value.at(-1) ?? '');

  const open = (id: string) => {
    trail.value = [...trail.value, id];
  };
  const backToResults = () => {
    trail.value = [];
    requestAnimationFrame(() => searchBox.current?.focus());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      activeIndex.value = (activeIndex.value + step + hits.length) % hits.length;
      document.getElementById(optionId(RESULTS_ID, activeIndex.value))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      const hit = hits[activeIndex.value] ?? hits[0];
      if (hit) open(hit.entry.id);
    }
  };

  const toggleSite = async () => {
    const site = status.value && siteKey(status.value.hostname);
    if (!site) return;
    const current = withDefaults(await settingsItem.getValue());
    const disabledSites = current.disabledSites.includes(site)
      ? current.disabledSites.filter((other) => other !== site)
      : [...current.disabledSites, site];
    await settingsItem.setValue({ ...current, disabledSites });
  };

  /**
   * Starts a note about an entry in the notes panel, as the popover's "Add note" does: the panel takes
   * the pending note into its editor. The panel opens first, while the click still counts as a user
   * action; the note is tied to the reader's page when there is one (else the panel's page at saving).
   */
  const addNoteAboutTerm = (entryId: string) => {
    const opening = openSidePanel();
    void (async () => {
      const page = await describeReaderPage(readerTabId.value).catch(() => null);
      await storePendingNote(page?.url ?? '', page?.title ?? '', { passage: null, termIds: [entryId] });
      // Where no panel could open (no user action), the popup stays, rather than vanish with nothing shown.
      if (await opening.then(() => true).catch(() => false)) window.close();
    })();
  };

  const site = status.value ? siteKey(status.value.hostname) : '';
  const siteOff = site !== '' && settings.value.disabledSites.includes(site);

  return (
    <main>
      <header>
        <h1>Glosa</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {messages.popup.openSettings}
        </button>
      </header>

      <section class="page-status" aria-live="polite">
        {status.value === null && <p class="muted">{messages.popup.notOnThisPage}</p>}
        {status.value && (
          <>
            <span>{siteOff ? messages.popup.offForSite(site) : messages.popup.onForSite(site)}</span>
            {!siteOff && <span class="muted">{messages.popup.termsOnPage(status.value.termCount)}</span>}
          </>
        )}
        <div class="page-status__actions">
          {status.value && (
            <button type="button" aria-pressed={siteOff} onClick={() => void toggleSite()}>
              {siteOff ? messages.popup.turnOnForSite : messages.popup.turnOffForSite}
            </button>
          )}
          <button type="button" onClick={() => void openSidePanel().then(() => window.close())}>
            {messages.popup.openNotes}
          </button>
        </div>
      </section>

      {shownEntry ? (
        <section class="entry-view">
          <button type="button" onClick={backToResults}>
            ← {messages.popup.backToResults}
          </button>
          <TermCard
            key={shownEntry.id}
            entry={shownEntry}
            related={shownEntry.related.flatMap((id) => {
              const other = byId.get(id);
              return other ? [{ id, term: other.term }] : [];
            })}
            messages={messages}
            headingId="glosa-entry-term"
            onOpenRelated={open}
          />
          <button type="button" class="entry-view__add-note" onClick={() => addNoteAboutTerm(shownEntry.id)}>
            {messages.addNoteAboutTerm}
          </button>
        </section>
      ) : (
        <>
          <label class="visually-hidden" for="glosa-search">
            {messages.popup.searchLabel}
          </label>
          <input
            ref={searchBox}
            id="glosa-search"
            type="search"
            aria-controls={hits.length > 0 ? RESULTS_ID : undefined}
            aria-autocomplete="list"
            aria-activedescendant={hits.length > 0 ? optionId(RESULTS_ID, activeIndex.value) : undefined}
            placeholder={messages.popup.searchPlaceholder}
            value={query.value}
            // biome-ignore lint/a11y/noAutofocus: the popup exists to search; its field takes the keyboard
            autoFocus
            onInput={(event) => {
              query.value = (event.target as HTMLInputElement).value;
              activeIndex.value = 0;
            }}
            onKeyDown={onKeyDown}
          />
          {hits.length > 0 && (
            <SearchResults
              id={RESULTS_ID}
              items={hits.map(({ entry }) => entry)}
              activeIndex={activeIndex.value}
              messages={messages}
              onChoose={open}
              onHover={(index) => {
                activeIndex.value = index;
              }}
            />
          )}
          {query.value.trim().length >= 2 && hits.length === 0 && (
            <p class="muted" role="status">
              {messages.popup.noResults(query.value.trim())}
            </p>
          )}
        </>
      )}
    </main>
  );
}
