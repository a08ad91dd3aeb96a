import { describe, expect, test } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../core/notes-backup';
import { notesToBackup, notesToMarkdown, notesToWebAnnotations } from '../../core/notes-export';
import { parseBackup } from '../../core/notes-import';
import { sampleNote } from './notes-fixtures';

const termName = (id: string) => ({ 'keiko-fujimori': 'Keiko Fujimori' })[id] ?? id;
const NOW = new Date('2026-01-02T03:04:05.000Z');

function validBackup() {
  return notesToBackup(
    [sampleNote(), sampleNote({ url: 'https://other.example/x', passage: undefined })],
    NOW,
  );
}
const json = (value: unknown) => JSON.stringify(value);

describe('JSON backup', () => {
  test('a backup round-trips every field of every note', () => {
    const notes = [sampleNote(), sampleNote({ passage: undefined, tags: [], termIds: [] })];
    const parsed = parseBackup(json(notesToBackup(notes, NOW)));
    expect(parsed).toEqual({ ok: true, notes });
  });

  const full = validBackup();
  const first = full.notes[0] as Record<string, unknown>;
  const withFirst = (changes: Record<string, unknown>) =>
    json({ ...full, notes: [{ ...first, ...changes }] });
  const text = json(full);
  const badFiles: [string, string, RegExp][] = [
    ['an empty file', '', /empty/],
    ['white space only', '  \n ', /empty/],
    ['a truncated file', text.slice(0, text.length / 2), /not valid JSON/],
    ['a file cut one character short', text.slice(0, -1), /not valid JSON/],
    ['binary noise', '\u0000\u0001PK\u0003\u0004', /not valid JSON/],
    ['an HTML page', '<!doctype html><p>hello</p>', /not valid JSON/],
    ['a JSON array', json([first]), /not a Glosa notes backup/],
    ['a JSON string', json('glosa'), /not a Glosa notes backup/],
    ['JSON null', 'null', /not a Glosa notes backup/],
    [
      'another tool’s export (Hypothesis-like)',
      json({ total: 1, rows: [{ text: 'x' }] }),
      /not a Glosa notes backup/,
    ],
    [
      'a Web Annotation export',
      json(notesToWebAnnotations([sampleNote()], termName)),
      /not a Glosa notes backup/,
    ],
    ['a newer backup version', json({ ...full, version: 2 }), /newer version/],
    ['a missing notes list', json({ ...full, notes: undefined }), /damaged/],
    ['notes that is not a list', json({ ...full, notes: {} }), /damaged/],
    ['a note without an id', withFirst({ id: undefined }), /damaged/],
    ['an id that is not a UUID', withFirst({ id: 'abc' }), /damaged.*UUID/],
    ['a javascript: URL', withFirst({ url: 'javascript:alert(1)' }), /damaged/],
    ['a body that is a number', withFirst({ body: 42 }), /damaged/],
    ['tags that are not strings', withFirst({ tags: [1, 2] }), /damaged/],
    ['too many tags', withFirst({ tags: Array.from({ length: 50 }, (_, i) => `t${i}`) }), /damaged/],
    ['a body far too long', withFirst({ body: 'x'.repeat(200_000) }), /damaged/],
    ['a negative time', withFirst({ createdAt: -5 }), /damaged/],
    ['updated before created', withFirst({ createdAt: 2000, updatedAt: 1000 }), /damaged/],
    [
      'a passage ending before it starts',
      withFirst({
        passage: { quote: { exact: 'a', prefix: '', suffix: '' }, position: { start: 9, end: 1 } },
      }),
      /damaged/,
    ],
    ['an unknown field (foreign data)', withFirst({ html: '<img src=x onerror=alert(1)>' }), /damaged/],
    ['the same id twice', json({ ...full, notes: [first, first] }), /twice/],
    ['a bad export date', json({ ...full, exportedAt: 'yesterday' }), /damaged/],
  ];

  test.each(badFiles)('refuses %s, with a clear message, importing nothing', (_label, file, message) => {
    const parsed = parseBackup(file);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(message);
      expect(parsed.message).toMatch(/Nothing was imported/);
    }
  });

  test('at least twenty kinds of bad file are covered', () => {
    expect(badFiles.length).toBeGreaterThanOrEqual(20);
  });

  test('an oversized file is refused by its size, before its text is parsed', () => {
    const parsed = parseBackup(text, MAX_BACKUP_BYTES + 1);
    expect(parsed).toEqual({ ok: false, message: expect.stringMatching(/too large/) });
  });
});

describe('Markdown and Web Annotation exports', () => {
  test('Markdown groups by page: title, URL, quote as a blockquote, note, tags and terms by name', () => {
    const markdown = notesToMarkdown(
      [
        sampleNote({ body: 'Line one\nLine <b>two</b>' }),
        sampleNote({ url: 'https://other.example/x', title: 'Other' }),
      ],
      termName,
      NOW,
    );
    expect(markdown).toContain('## Peru votes again\n\n<https://news.example/peru-2011>');
    expect(markdown).toContain('> Keiko Fujimori ran on her father’s record.');
    expect(markdown).toContain('Line one  \nLine \\<b\\>two\\</b\\>');
    expect(markdown).toContain('Tags: #elections #peru');
    expect(markdown).toContain('Terms: Keiko Fujimori');
    expect(markdown).toContain('## Other');
  });

  test('Web Annotation JSON-LD: one Annotation per note with TextQuote and TextPosition selectors', () => {
    const note = sampleNote();
    const collection = notesToWebAnnotations([note], termName) as {
      '@context': string;
      total: number;
      first: { items: Record<string, unknown>[] };
    };
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.total).toBe(1);
    const [annotation] = collection.first.items;
    expect(annotation).toMatchObject({
      id: `urn:uuid:${note.id}`,
      type: 'Annotation',
      target: {
        source: note.url,
        selector: [
          { type: 'TextQuoteSelector', exact: note.passage?.quote.exact },
          { type: 'TextPositionSelector', start: 120, end: 162 },
        ],
      },
    });
    expect(annotation?.body).toContainEqual({ type: 'TextualBody', value: 'elections', purpose: 'tagging' });
    expect(annotation?.body).toContainEqual(
      expect.objectContaining({ type: 'TextualBody', value: note.body, purpose: 'commenting' }),
    );
  });
});
