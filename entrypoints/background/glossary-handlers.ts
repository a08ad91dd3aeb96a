import { termsFromEntries } from '../../core/terms';
import { glossary } from '../../data/glossary';
import { type EntryView, messenger, type TermIndex } from '../../messaging/protocol';

function buildTermIndex(): TermIndex {
  const categoryOf: TermIndex['categoryOf'] = {};
  for (const entry of glossary) categoryOf[entry.id] = entry.category;
  return { terms: termsFromEntries(glossary), categoryOf };
}

const entriesById = new Map(glossary.map((entry) => [entry.id, entry]));

function entryView(entryId: unknown): EntryView | null {
  if (typeof entryId !== 'string') return null;
  const entry = entriesById.get(entryId);
  if (!entry) return null;
  const related = entry.related.flatMap((id) => {
    const other = entriesById.get(id);
    return other ? [{ id, term: other.term }] : [];
  });
  return { entry, related };
}

/** Answers the content script's questions about the glossary. */
export function registerGlossaryHandlers(): void {
  let termIndex: TermIndex | undefined;
  messenger.onMessage('getTermIndex', () => {
    termIndex ??= buildTermIndex();
    return termIndex;
  });
  messenger.onMessage('getEntry', ({ data }) => entryView(data));
}
