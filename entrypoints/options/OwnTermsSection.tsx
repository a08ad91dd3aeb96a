import { useSignal } from '@preact/signals';
import { type OptionsStrings, packRefusalText } from '../../components/strings/options';
import { storageFailureText } from '../../components/strings/storage';
import { MAX_PACK_BYTES, type OwnEntry } from '../../core/glossary/own-terms';
import { CATEGORIES, type Category } from '../../core/glossary/schema';
import {
  deleteOwnEntry,
  exportPack,
  importPack,
  listOwnEntries,
  saveOwnEntry,
  type WriteResult,
} from '../../data/own-terms-store';
import { useLiveSignal } from '../../hooks/live-signal';
import { saveFile } from '../../platform/save-file';

interface Draft {
  term: string;
  aliases: string;
  category: Category;
  summary: string;
}

const EMPTY: Draft = { term: '', aliases: '', category: 'concept', summary: '' };

export interface OwnTermsSectionProps {
  text: OptionsStrings;
  /**
   * After every change, before it is reported saved: records it where the background and pages see it
   * (they rebuild and read again), so a tab closed on "Saved" loses nothing.
   */
  onChanged(): Promise<void>;
}

/** Add, edit and delete the reader's own terms; export and import them as a glossary pack. */
export function OwnTermsSection({ text, onChanged }: OwnTermsSectionProps) {
  // undefined until the first read: "no terms yet" must not show while they are still loading.
  const entries = useLiveSignal<OwnEntry[] | undefined>(() => listOwnEntries(), [], undefined);
  const draft = useSignal<Draft>(EMPTY);
  const editing = useSignal<string | undefined>(undefined);
  const problem = useSignal('');
  const notice = useSignal('');

  const report = async (result: WriteResult, success: string) => {
    if (result.ok) await onChanged().catch(() => {});
    problem.value = result.ok
      ? ''
      : 'refusal' in result
        ? packRefusalText(result.refusal, text)
        : text.storageFailed(storageFailureText(result.failure, text.storage));
    notice.value = result.ok ? success : '';
    return result.ok;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const term = draft.value.term.trim();
    const summary = draft.value.summary.trim();
    const missing = !term ? text.termRequired : !summary ? text.summaryRequired : '';
    if (missing) {
      problem.value = missing;
      return;
    }
    const aliases = draft.value.aliases
      .split(',')
      .map((alias) => alias.trim())
      .filter((alias) => alias !== '' && alias !== term);
    const result = await saveOwnEntry(
      { term, aliases, category: draft.value.category, summary },
      editing.value,
    );
    if (await report(result, text.saved)) {
      draft.value = EMPTY;
      editing.value = undefined;
    }
  };

  const edit = (entry: OwnEntry) => {
    editing.value = entry.id;
    draft.value = {
      term: entry.term,
      aliases: entry.aliases.join(', '),
      category: entry.category,
      summary: entry.summary,
    };
    document.getElementById('own-term')?.focus();
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // An oversized file is refused by its size alone, before its text is read.
    const result =
      file.size > MAX_PACK_BYTES
        ? ({ ok: false, refusal: { reason: 'tooLarge', maxBytes: MAX_PACK_BYTES } } as const)
        : await importPack(await file.text());
    await report(result, result.ok ? text.imported(result.count) : '');
  };

  const field = (key: keyof Draft) => ({
    value: draft.value[key],
    onInput: (event: Event) => {
      draft.value = { ...draft.value, [key]: (event.target as HTMLInputElement).value };
    },
  });

  return (
    <fieldset>
      <legend>{text.ownTerms}</legend>
      <p class="muted">{text.ownTermsHelp}</p>
      <form class="term-form" onSubmit={(event) => void submit(event)}>
        <label>
          {text.term}
          <input id="own-term" type="text" maxLength={120} {...field('term')} />
        </label>
        <label>
          {text.aliases} <span class="muted">({text.aliasesHelp})</span>
          <input type="text" {...field('aliases')} />
        </label>
        <label>
          {text.category}
          <select {...field('category')}>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {text.categories[category]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.summary}
          <textarea rows={3} maxLength={600} {...field('summary')} />
        </label>
        <div class="row">
          <button type="submit">{editing.value ? text.updateTerm : text.saveTerm}</button>
          {editing.value && (
            <button
              type="button"
              onClick={() => {
                editing.value = undefined;
                draft.value = EMPTY;
              }}
            >
              {text.cancel}
            </button>
          )}
        </div>
      </form>
      <p role="alert">{problem.value}</p>
      <p role="status">{notice.value}</p>
      {entries.value === undefined ? null : entries.value.length === 0 ? (
        <p class="muted own-terms-empty">{text.noOwnTerms}</p>
      ) : (
        <ul class="list" aria-label={text.ownTerms}>
          {entries.value.map((entry) => (
            <li key={entry.id}>
              <span>
                <span class="own-term__name">{entry.term}</span>{' '}
                <span class="muted">{text.categories[entry.category]}</span>
              </span>
              <span class="row">
                <button type="button" onClick={() => edit(entry)}>
                  {text.edit(entry.term)}
                </button>
                <button
                  type="button"
                  onClick={() => void deleteOwnEntry(entry.id).then((result) => report(result, ''))}
                >
                  {text.remove(entry.term)}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        <button
          type="button"
          onClick={() =>
            void exportPack().then((pack) =>
              saveFile({ name: 'glosa-terms.json', type: 'application/json', text: pack }),
            )
          }
        >
          {text.exportPack}
        </button>
        <label class="row">
          <span>{text.importPack}</span>
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => void importFile(event.target as HTMLInputElement)}
          />
        </label>
      </div>
    </fieldset>
  );
}
