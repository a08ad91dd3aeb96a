import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { render as renderWithoutAct } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOTES_STRINGS } from '../../components/strings/notes';
import type { PageTermCount } from '../../core/marks/page-terms';
import { notesToBackup } from '../../core/notes/export';
import { loadDraft } from '../../data/draft-store';
import { NotesDatabase } from '../../data/notes-db';
import { addNote } from '../../data/notes-store';
import { settingsItem } from '../../data/settings-store';
import { NotesApp, type NotesAppProps } from '../../entrypoints/sidepanel/NotesApp';
import type { ReadingPage } from '../../entrypoints/sidepanel/reading-page';
import { SidePanel } from '../../entrypoints/sidepanel/SidePanel';
import { noteAnchorsItem, pendingNoteItem } from '../../messaging/channels';

const PAGE: ReadingPage = { tabId: 7, url: 'https://news.example/peru-2011', title: 'Peru votes again' };
const termName = (id: string) => ({ 'keiko-fujimori': 'Keiko Fujimori', 'gana-peru': 'Gana Perú' })[id] ?? id;

const databases: NotesDatabase[] = [];
function freshDb(): NotesDatabase {
  const db = new NotesDatabase(`panel-${crypto.randomUUID()}`);
  databases.push(db);
  return db;
}
afterEach(async () => {
  cleanup();
  for (const db of databases.splice(0)) await db.delete();
});

function renderPanel(
  db: NotesDatabase,
  page: ReadingPage | null = PAGE,
  changed: string[] = [],
  extra: Partial<NotesAppProps> = {},
) {
  const readingPage = signal<ReadingPage | null>(page);
  const view = render(
    <NotesApp
      db={db}
      readingPage={readingPage}
      text={NOTES_STRINGS.en}
      termName={termName}
      onNotesChanged={(url) => changed.push(url)}
      {...extra}
    />,
  );
  return { ...view, readingPage };
}

async function writeNote(body: string, tags = '') {
  fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: body } });
  if (tags) fireEvent.input(screen.getByRole('textbox', { name: 'Tags' }), { target: { value: tags } });
  fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
  await screen.findByText('Note saved.');
}

const articles = () => screen.queryAllByRole('article');

describe('side panel: writing notes', () => {
  test('a saved note is listed as an article on this page; the editor empties; open tabs are told', async () => {
    const db = freshDb();
    const changed: string[] = [];
    renderPanel(db, PAGE, changed);
    await writeNote('Humala moved to the centre after 2006.', 'peru, Elections');
    await waitFor(() => expect(articles()).toHaveLength(1));
    const [card] = articles();
    expect(card?.textContent).toContain('Humala moved to the centre after 2006.');
    expect(card?.textContent).toContain('#peru');
    expect(card?.textContent).toContain('#elections');
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('');
    expect(changed).toEqual([PAGE.url]);
    const [stored] = await db.notes.toArray();
    expect(stored).toMatchObject({ url: PAGE.url, title: PAGE.title, tags: ['peru', 'elections'] });
  });

  test('note text with HTML in it is shown literally, never as markup', async () => {
    const db = freshDb();
    renderPanel(db);
    const html = '<img src=x onerror="alert(1)"><b>bold</b> & <script>alert(2)</script>';
    await writeNote(html);
    await waitFor(() => expect(articles()[0]?.textContent).toContain(html));
    expect(document.querySelector('img, b, script')).toBeNull();
  });

  test('a failed write shows a clear alert and keeps the text being typed', async () => {
    const db = freshDb();
    renderPanel(db);
    await waitFor(() => expect(screen.getByText('No notes on this page yet.')).toBeTruthy());
    db.close();
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'Do not lose me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    const alert = await screen.findByText(/could not be saved/);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(alert.textContent).toMatch(/database is closed.*text is still here/);
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe(
      'Do not lose me',
    );
  });

  test('the note being typed survives closing and reopening the panel', async () => {
    const db = freshDb();
    const first = renderPanel(db);
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'Half a thought' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags' }), { target: { value: 'drafts' } });
    await waitFor(async () => expect((await loadDraft(db))?.body).toBe('Half a thought'));
    // Kept in the extension's own database, not in extension storage, which content scripts can read.
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Half a thought');
    first.unmount();
    renderPanel(db);
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe(
        'Half a thought',
      ),
    );
    expect((screen.getByRole('textbox', { name: 'Tags' }) as HTMLInputElement).value).toBe('drafts');
  });

  test('a draft an earlier version kept in extension storage moves into the database', async () => {
    const db = freshDb();
    await fakeBrowser.storage.local.set({ noteDraft: { body: 'From before', tags: '', target: null } });
    renderPanel(db);
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe(
        'From before',
      ),
    );
    expect(await fakeBrowser.storage.local.get('noteDraft')).toEqual({});
    expect((await loadDraft(db))?.body).toBe('From before');
  });

  test('a passage started on a page while the reader types another note is offered, never taken silently', async () => {
    const db = freshDb();
    renderPanel(db);
    const start = (exact: string, title: string) =>
      pendingNoteItem.setValue({
        url: PAGE.url,
        title,
        passage: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
        termIds: [],
        at: Date.now(),
      });
    await start('Keiko Fujimori lost by a narrow margin.', 'First story');
    await screen.findByText('Keiko Fujimori lost by a narrow margin.');
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), {
      target: { value: 'My thoughts on Keiko' },
    });
    await start('Ollanta Humala won the runoff.', 'Second story');
    const offer = await screen.findByText(/A new passage from “Second story” arrived/);
    // Nothing changed yet: the reader's text and its passage stay as they were.
    expect(screen.getByText('Keiko Fujimori lost by a narrow margin.')).toBeTruthy();
    expect(screen.queryByText('Ollanta Humala won the runoff.')).toBeNull();
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe(
      'My thoughts on Keiko',
    );
    fireEvent.click(within(offer).getByRole('button', { name: 'Keep this note as it is' }));
    expect(screen.queryByText(/A new passage from/)).toBeNull();
    expect(screen.getByText('Keiko Fujimori lost by a narrow margin.')).toBeTruthy();

    await start('Ollanta Humala won the runoff.', 'Second story');
    const again = await screen.findByText(/A new passage from “Second story” arrived/);
    fireEvent.click(within(again).getByRole('button', { name: 'Use it for this note' }));
    await screen.findByText('Ollanta Humala won the runoff.');
    expect(screen.queryByText('Keiko Fujimori lost by a narrow margin.')).toBeNull();
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe(
      'My thoughts on Keiko',
    );
  });

  test('a note started on the page arrives with its passage and terms, and is saved with them', async () => {
    const db = freshDb();
    renderPanel(db);
    const passage = {
      quote: { exact: 'Gana Perú won the first round.', prefix: 'In April, ', suffix: ' Then came June.' },
      position: { start: 10, end: 40 },
    };
    await pendingNoteItem.setValue({
      url: PAGE.url,
      title: PAGE.title,
      passage,
      termIds: ['gana-peru'],
      at: Date.now(),
    });
    await screen.findByText('Gana Perú won the first round.');
    await writeNote('A coalition, really.');
    const [stored] = await db.notes.toArray();
    expect(stored?.passage).toEqual(passage);
    expect(stored?.termIds).toEqual(['gana-peru']);
    expect(await pendingNoteItem.getValue()).toBeNull();
    await waitFor(() => expect(articles()[0]?.textContent).toContain('Gana Perú'));
  });
});

describe('side panel: editing, deleting, finding', () => {
  test('edit changes the text; delete removes the note; Undo brings it back', async () => {
    const db = freshDb();
    renderPanel(db);
    await writeNote('First version');
    const card = await waitFor(() => {
      const found = articles()[0];
      if (!found) throw new Error('no card');
      return found;
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Edit note' }), {
      target: { value: 'Second version' },
    });
    fireEvent.input(within(articles()[0] as HTMLElement).getByRole('textbox', { name: 'Tags' }), {
      target: { value: 'revised' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(articles()[0]?.textContent).toContain('Second version'));
    expect(articles()[0]?.textContent).toContain('#revised');

    fireEvent.click(within(articles()[0] as HTMLElement).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(articles()).toHaveLength(0));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(articles()).toHaveLength(1));
    expect(articles()[0]?.textContent).toContain('Second version');
  });

  test('"All notes": search as you type over words, tags and terms; group by page or by term', async () => {
    const db = freshDb();
    await addNote(db, {
      url: PAGE.url,
      title: PAGE.title,
      termIds: ['keiko-fujimori'],
      body: 'Mining canon',
      tags: ['economy'],
    });
    await addNote(db, {
      url: 'https://other.example/b',
      title: 'Other page',
      termIds: [],
      body: 'Runoff polls',
      tags: ['polls'],
    });
    renderPanel(db);
    fireEvent.click(screen.getByRole('tab', { name: 'All notes' }));
    await waitFor(() => expect(articles()).toHaveLength(2));
    expect(screen.getByRole('region', { name: 'Peru votes again' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Other page' })).toBeTruthy();

    const search = screen.getByRole('searchbox', { name: 'Search notes' });
    fireEvent.input(search, { target: { value: 'min' } });
    await waitFor(() => expect(articles()).toHaveLength(1));
    expect(articles()[0]?.textContent).toContain('Mining canon');
    fireEvent.input(search, { target: { value: 'poll' } });
    await waitFor(() => expect(articles()[0]?.textContent).toContain('Runoff polls'));
    fireEvent.input(search, { target: { value: 'keiko' } });
    await waitFor(() => expect(articles()[0]?.textContent).toContain('Mining canon'));
    fireEvent.input(search, { target: { value: 'nothing like it' } });
    await screen.findByText('No notes match.');

    fireEvent.input(search, { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Group by' }), { target: { value: 'term' } });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Keiko Fujimori' })).toBeTruthy());
    expect(screen.getByRole('region', { name: 'No term' })).toBeTruthy();
  });

  test('"This page" follows the reading page; a note whose passage was not found says so', async () => {
    const db = freshDb();
    const passage = {
      quote: { exact: 'Gone sentence.', prefix: '', suffix: '' },
      position: { start: 0, end: 14 },
    };
    const orphan = await addNote(db, {
      url: PAGE.url,
      title: PAGE.title,
      termIds: [],
      body: 'About a gone sentence',
      tags: [],
      passage,
    });
    await addNote(db, {
      url: 'https://other.example/b',
      title: 'Other page',
      termIds: [],
      body: 'Elsewhere',
      tags: [],
    });
    const { readingPage } = renderPanel(db);
    await waitFor(() => expect(articles()).toHaveLength(1));
    await noteAnchorsItem.setValue({ [String(PAGE.tabId)]: { url: PAGE.url, orphaned: [orphan.id] } });
    await screen.findByText('Not found on this page');
    readingPage.value = { tabId: 8, url: 'https://other.example/b', title: 'Other page' };
    await waitFor(() => expect(articles()[0]?.textContent).toContain('Elsewhere'));
    expect(screen.queryByText('Not found on this page')).toBeNull();
  });

  test('two open panels stay in sync', async () => {
    const db = freshDb();
    const other = new NotesDatabase(db.name);
    databases.push(other);
    const first = renderPanel(db).container as HTMLElement;
    const second = document.createElement('div');
    document.body.append(second);
    render(<NotesApp db={other} readingPage={signal(PAGE)} text={NOTES_STRINGS.en} termName={termName} />, {
      container: second,
    });
    fireEvent.input(within(first).getByRole('textbox', { name: 'Note' }), {
      target: { value: 'Seen in both panels' },
    });
    fireEvent.click(within(first).getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(within(second).queryAllByRole('article')).toHaveLength(1));
    expect(within(second).getByRole('article').textContent).toContain('Seen in both panels');
  });

  test('a note started the moment a panel shows is taken there, even when another open panel clears it at once', async () => {
    // No act(): the panel is shown as the browser shows it, its effects left for after the first paint.
    const box = document.createElement('div');
    document.body.append(box);
    renderWithoutAct(
      <NotesApp db={freshDb()} readingPage={signal(PAGE)} text={NOTES_STRINGS.en} termName={termName} />,
      box,
    );
    const started = {
      url: PAGE.url,
      title: PAGE.title,
      passage: null,
      termIds: ['gana-peru'],
      at: Date.now(),
    };
    await pendingNoteItem.setValue(started);
    await pendingNoteItem.setValue(null); // the other panel took it
    await waitFor(() =>
      expect(box.querySelector('.notes-app__target')?.textContent).toMatch(/About Gana Perú/),
    );
    renderWithoutAct(null, box);
    box.remove();
  });
});

/** Chooses a file in the panel's hidden file input, as the Import button does. */
function importFile(name: string, text: string) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    value: [new File([text], name, { type: 'application/json' })],
    configurable: true,
  });
  fireEvent.change(input);
}

describe('side panel: import', () => {
  test('a bad file gets a clear alert and changes nothing', async () => {
    const db = freshDb();
    await addNote(db, { url: PAGE.url, title: PAGE.title, termIds: [], body: 'Keep me', tags: [] });
    const before = await db.notes.toArray();
    renderPanel(db);
    importFile('backup.json', '{"format":"glosa-notes-backup","version":1,"notes":[{"id":');
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toMatch(/not valid JSON.*Nothing was imported/));
    expect(await db.notes.toArray()).toEqual(before);
  });

  test('a good backup is imported and listed', async () => {
    const db = freshDb();
    renderPanel(db);
    const note = {
      id: crypto.randomUUID(),
      url: PAGE.url,
      title: PAGE.title,
      termIds: [],
      body: 'From the backup',
      tags: ['restored'],
      createdAt: 1000,
      updatedAt: 1000,
    };
    importFile('backup.json', JSON.stringify(notesToBackup([note])));
    await screen.findByText(/Imported 1 new note/);
    await waitFor(() => expect(articles()[0]?.textContent).toContain('From the backup'));
  });
});

describe('side panel: terms on this page', () => {
  test("lists the page's terms with counts in reading order; a click asks the page to show the term", async () => {
    const shown: [number, string][] = [];
    const terms: PageTermCount[] = [
      { entryId: 'keiko-fujimori', count: 3 },
      { entryId: 'gana-peru', count: 1 },
    ];
    renderPanel(freshDb(), PAGE, [], {
      loadPageTerms: async (page) => (page.tabId === PAGE.tabId ? terms : []),
      onShowTerm: (page, entryId) => shown.push([page.tabId, entryId]),
    });
    const list = await screen.findByRole('region', { name: 'Terms on this page' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Keiko Fujimori · 3', 'Gana Perú · 1']);
    fireEvent.click(within(list).getByRole('button', { name: 'Keiko Fujimori · 3' }));
    expect(shown).toEqual([[PAGE.tabId, 'keiko-fujimori']]);
  });

  test('a page with no marked terms says so; a page that cannot answer shows no list', async () => {
    const { unmount } = renderPanel(freshDb(), PAGE, [], { loadPageTerms: async () => [] });
    await screen.findByText('No glossary terms are marked on this page.');
    unmount();
    renderPanel(freshDb(), PAGE, [], { loadPageTerms: () => Promise.reject(new Error('no content script')) });
    await screen.findByText('No notes on this page yet.');
    expect(screen.queryByRole('region', { name: 'Terms on this page' })).toBeNull();
  });
});

describe('side panel: a note started about a term (popup)', () => {
  test('the draft names the term; saved on the reading page, tied to the term', async () => {
    const db = freshDb();
    renderPanel(db);
    await pendingNoteItem.setValue({
      url: '',
      title: '',
      passage: null,
      termIds: ['gana-peru'],
      at: Date.now(),
    });
    await screen.findByText(/About Gana Perú/);
    await writeNote('Their alliance with Perú Posible.');
    const [stored] = await db.notes.toArray();
    expect(stored).toMatchObject({ url: PAGE.url, title: PAGE.title, termIds: ['gana-peru'] });
    await waitFor(() => expect(articles()[0]?.textContent).toContain('Gana Perú'));
  });
});

describe('side panel: language and theme', () => {
  test('in Spanish every label is Spanish, and saving says so in Spanish', async () => {
    const db = freshDb();
    renderPanel(db, PAGE, [], { text: NOTES_STRINGS.es });
    expect(screen.getByRole('heading', { name: 'Notas de Glosa' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Esta página' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exportar' })).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Nota' }), { target: { value: 'Segunda vuelta' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Etiquetas' }), { target: { value: 'perú' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar nota' }));
    await screen.findByText('Nota guardada.');
    const card = await waitFor(() => {
      const found = articles()[0];
      if (!found) throw new Error('no card');
      return found;
    });
    expect(within(card).getByRole('button', { name: 'Editar' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Eliminar' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Save note|This page|No notes/);
  });

  test('with the language set to Spanish, a refused backup is explained in Spanish and changes nothing', async () => {
    const db = freshDb();
    const kept = await addNote(db, {
      url: PAGE.url,
      title: PAGE.title,
      termIds: [],
      body: 'Keep me',
      tags: [],
    });
    const before = await db.notes.toArray();
    await settingsItem.setValue({ ...(await settingsItem.getValue()), language: 'es' });
    render(<SidePanel db={db} readingPage={signal(PAGE)} termName={termName} />);
    await screen.findByRole('button', { name: 'Importar' });
    const { words: _words, ...stored } = kept;
    const backup = notesToBackup([
      stored,
      { ...stored, id: crypto.randomUUID(), url: 'ftp://files.example/x' },
    ]);
    importFile('copia.json', JSON.stringify(backup, null, 2));
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(alert.textContent).toBe(
        'Esta copia de seguridad está dañada: «url» de la nota 2 no es una página http o https. No se importó nada.',
      ),
    );
    importFile('copia.json', '{\n  "format": "glosa-notes-backup",\n  "version": 1\n  "notes": []\n}');
    await waitFor(() =>
      expect(alert.textContent).toBe(
        'Este archivo no es JSON válido (el error está cerca de la línea 4): puede estar dañado o incompleto. No se importó nada.',
      ),
    );
    expect(await db.notes.toArray()).toEqual(before);
  });

  test('the panel follows the language and theme settings live', async () => {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), language: 'es', theme: 'dark' });
    render(<SidePanel db={freshDb()} readingPage={signal(PAGE)} termName={termName} />);
    await screen.findByRole('button', { name: 'Guardar nota' });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(document.documentElement.lang).toBe('es');
    expect(document.title).toBe('Notas de Glosa');

    await settingsItem.setValue({ ...(await settingsItem.getValue()), language: 'en', theme: 'light' });
    await screen.findByRole('button', { name: 'Save note' });
    expect(screen.getByRole('textbox', { name: 'Note' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
    expect(document.title).toBe('Glosa notes');
  });
});
