import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { optionId, SearchResults } from '../../components/SearchResults';
import { uiLanguage } from '../../components/strings/language';
import { POPUP_STRINGS } from '../../components/strings/popup';
import { TermCard } from '../../components/TermCard';
import { siteKey, withDefaults } from '../../core/settings';
import { settingsItem } from '../../data/settings-store';
import { useSettings } from '../../hooks/use-settings';
import { pendingLookupItem, storePendingNote } from '../../messaging/channels';
import { type EntrySummary, type EntryView, messenger, type PageStatus } from '../../messaging/protocol';
import { openNotesPanel } from '../../platform/notes-panel';
import { describeTab } from '../../platform/reader-tab';
import { entriesOnReaderPage, readerPageStatus } from './reader-page';

const RESULTS_ID = 'glosa-results';
/** Shorter queries list nothing: one letter matches half the glossary. */
const MIN_QUERY = 2;

/** The toolbar popup: search the glossary, read an entry, and switch Glosa for the current site. */
export function PopupApp() {
  const settings = useSettings();
  const language = uiLanguage(settings.value.language, navigator.language);
  const text = POPUP_STRINGS[language];

  const query = useSignal('');
  const hits = useSignal<EntrySummary[]>([]);
  const activeIndex = useSignal(0);
  const trail = useSignal<string[]>([]);
  const shown = useSignal<EntryView | null>(null);
  const status = useSignal<PageStatus | null | undefined>(undefined);
  // Found once the popup opens: later, an opened panel would count as the most recent tab.
  const readerTabId = useSignal<number | undefined>(undefined);
  /** Entries the reader's page names, most named first: they lead among entries sharing a name. */
  const onPage = useSignal<string[]>([]);
  const searchBox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.value.theme;
    document.documentElement.lang = language;
  }, [settings.value.theme, language]);

  useEffect(() => {
    void pendingLookupItem.getValue().then((pending) => {
      if (!pending) return;
      query.value = pending;
      void pendingLookupItem.setValue(null);
    });
  }, []);

  // The background searches the reader's glossary; only the answer to the latest query is shown.
  const typed = query.value;
  const pageEntries = onPage.value;
  useEffect(() => {
    if (typed.trim().length < MIN_QUERY) {
      hits.value = [];
      return;
    }
    let current = true;
    void messenger
      .sendMessage('searchGlossary', {
        query: typed.slice(0, 200),
        language,
        onPage: pageEntries.slice(0, 2000),
      })
      .catch(() => [])
      .then((found) => {
        if (current) hits.value = found;
      });
    return () => {
      current = false;
    };
  }, [typed, pageEntries, language]);

  const shownId = trail.value.at(-1);
  useEffect(() => {
    shown.value = null;
    if (!shownId) return;
    let current = true;
    void messenger
      .sendMessage('getEntry', shownId)
      .catch(() => null)
      .then((view) => {
        if (current) shown.value = view;
      });
    return () => {
      current = false;
    };
  }, [shownId]);

  // Re-ask the page whenever the settings change (a site toggle changes what it marks).
  useEffect(() => {
    let current = true;
    // The page applies new settings on its next frame; ask after it has.
    const timer = setTimeout(() => {
      void readerPageStatus().then((page) => {
        if (!current) return;
        status.value = page?.status ?? null;
        readerTabId.value = page?.tabId;
        if (page?.status.active)
          void entriesOnReaderPage(page.tabId).then((entries) => {
            if (current) onPage.value = entries;
          });
      });
    }, 50);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [settings.value]);

  const open = (id: string) => {
    trail.value = [...trail.value, id];
  };
  const backToResults = () => {
    trail.value = [];
    requestAnimationFrame(() => searchBox.current?.focus());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const list = hits.value;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      activeIndex.value = (activeIndex.value + step + list.length) % list.length;
      document.getElementById(optionId(RESULTS_ID, activeIndex.value))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      const hit = list[activeIndex.value] ?? list[0];
      if (hit) open(hit.id);
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
    const opening = openNotesPanel(undefined);
    void (async () => {
      const tabId = readerTabId.value;
      const page = tabId === undefined ? null : await describeTab(tabId).catch(() => null);
      await storePendingNote(page?.url ?? '', page?.title ?? '', { passage: null, termIds: [entryId] });
      // Where no panel could open (no user action), the popup stays, rather than vanish with nothing shown.
      if (await opening.then(() => true).catch(() => false)) window.close();
    })();
  };

  const site = status.value ? siteKey(status.value.hostname) : '';
  const siteOff = site !== '' && settings.value.disabledSites.includes(site);
  const view = shown.value;

  return (
    <main>
      <header>
        <h1>Glosa</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {text.openSettings}
        </button>
      </header>

      <section class="page-status" aria-live="polite">
        {status.value === null && <p class="muted">{text.notOnThisPage}</p>}
        {status.value && (
          <>
            <span>{siteOff ? text.offForSite(site) : text.onForSite(site)}</span>
            {!siteOff && <span class="muted">{text.termsOnPage(status.value.termCount)}</span>}
          </>
        )}
        <div class="page-status__actions">
          {status.value && (
            <button type="button" aria-pressed={siteOff} onClick={() => void toggleSite()}>
              {siteOff ? text.turnOnForSite : text.turnOffForSite}
            </button>
          )}
          <button type="button" onClick={() => void openNotesPanel(undefined).then(() => window.close())}>
            {text.openNotes}
          </button>
        </div>
      </section>

      {shownId ? (
        view && (
          <section class="entry-view">
            <button type="button" onClick={backToResults}>
              ← {text.backToResults}
            </button>
            <TermCard
              key={view.entry.id}
              entry={view.entry}
              related={view.related}
              strings={text.card}
              language={language}
              headingId="glosa-entry-term"
              onOpenRelated={open}
            />
            <button
              type="button"
              class="entry-view__add-note"
              onClick={() => addNoteAboutTerm(view.entry.id)}
            >
              {text.card.addNoteAboutTerm}
            </button>
          </section>
        )
      ) : (
        <>
          <label class="visually-hidden" for="glosa-search">
            {text.searchLabel}
          </label>
          <input
            ref={searchBox}
            id="glosa-search"
            type="search"
            aria-controls={hits.value.length > 0 ? RESULTS_ID : undefined}
            aria-autocomplete="list"
            aria-activedescendant={
              hits.value.length > 0 ? optionId(RESULTS_ID, activeIndex.value) : undefined
            }
            placeholder={text.searchPlaceholder}
            value={query.value}
            // biome-ignore lint/a11y/noAutofocus: the popup exists to search; its field takes the keyboard
            autoFocus
            onInput={(event) => {
              query.value = (event.target as HTMLInputElement).value;
              activeIndex.value = 0;
            }}
            onKeyDown={onKeyDown}
          />
          {hits.value[0]?.guessed && <p class="muted guess-note">{text.guessedResults}</p>}
          {hits.value.length > 0 && (
            <SearchResults
              id={RESULTS_ID}
              items={hits.value}
              activeIndex={activeIndex.value}
              label={text.results}
              categories={text.card.categories}
              onChoose={open}
              onHover={(index) => {
                activeIndex.value = index;
              }}
            />
          )}
          {query.value.trim().length >= MIN_QUERY && hits.value.length === 0 && (
            <p class="muted" role="status">
              {text.noResults(query.value.trim())}
            </p>
          )}
        </>
      )}
    </main>
  );
}
