import type { Signal } from '@preact/signals';
import type { NotesStrings } from '../../components/strings/notes';

export type View = 'page' | 'all';

/** "This page" / "All notes" as a tab list: arrow keys move between the two. */
export function ViewTabs({ text, view }: { text: NotesStrings; view: Signal<View> }) {
  const tab = (id: View, label: string) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={view.value === id}
      aria-controls={`panel-${id}`}
      tabIndex={view.value === id ? 0 : -1}
      onClick={() => {
        view.value = id;
      }}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
          const next: View = id === 'page' ? 'all' : 'page';
          view.value = next;
          document.getElementById(`tab-${next}`)?.focus();
        }
      }}
    >
      {label}
    </button>
  );
  return (
    <div role="tablist" aria-label={text.whichNotes} class="notes-app__tabs">
      {tab('page', text.thisPage)}
      {tab('all', text.allNotes)}
    </div>
  );
}
