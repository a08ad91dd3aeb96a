import { describe, expect, test } from 'vitest';
import { importRefusalText, NOTES_STRINGS } from '../../components/strings/notes';
import { MAX_BACKUP_BYTES } from '../../core/notes/backup';
import { notesToBackup, notesToMarkdown, notesToWebAnnotations } from '../../core/notes/export';
import { type BackupProblem, type ImportRefusal, parseBackup } from '../../core/notes/import';
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
  const pretty = JSON.stringify(full, null, 2);
  const titleLine = pretty.split('\n').findIndex((line) => line.includes('"title"')) + 1;
  const damaged = (
    problem: BackupProblem,
    field: string,
    more: { note?: number; limit?: number } = {},
  ): ImportRefusal => ({ reason: 'damaged', problem, field, ...more });
  const badFiles: [string, string, ImportRefusal][] = [
    ['an empty file', '', { reason: 'empty' }],
    ['white space only', '  \n ', { reason: 'empty' }],
    ['a truncated file', text.slice(0, text.length / 2), { reason: 'notJson' }],
    ['a file cut one character short', text.slice(0, -1), { reason: 'notJson' }],
    [
      'a backup edited by hand, a comma lost',
      pretty.replace('"title": "Peru votes again",', '"title": "Peru votes again"'),
      { reason: 'notJson', line: titleLine + 1 },
    ],
    ['binary noise', '\u0000\u0001PK\u0003\u0004', { reason: 'notJson' }],
    ['an HTML page', '<!doctype html><p>hello</p>', { reason: 'notJson' }],
    ['a JSON array', json([first]), { reason: 'notBackup' }],
    ['a JSON string', json('glosa'), { reason: 'notBackup' }],
    ['JSON null', 'null', { reason: 'notBackup' }],
    [
      'another tool’s export (Hypothesis-like)',
      json({ total: 1, rows: [{ text: 'x' }] }),
      { reason: 'notBackup' },
    ],
    [
      'a Web Annotation export',
      json(notesToWebAnnotations([sampleNote()], termName)),
      { reason: 'notBackup' },
    ],
    ['a newer backup version', json({ ...full, version: 2 }), { reason: 'newerVersion' }],
    ['an unknown older version', json({ ...full, version: 0 }), damaged('unknownValue', 'version')],
    ['a missing notes list', json({ ...full, notes: undefined }), damaged('missing', 'notes')],
    ['notes that is not a list', json({ ...full, notes: {} }), damaged('notList', 'notes')],
    [
      'a note that is not an object',
      json({ ...full, notes: [first, null] }),
      damaged('notObject', '', { note: 2 }),
    ],
    ['a note without an id', withFirst({ id: undefined }), damaged('missing', 'id', { note: 1 })],
    ['an id that is not a UUID', withFirst({ id: 'abc' }), damaged('notUuid', 'id', { note: 1 })],
    [
      'a javascript: URL',
      withFirst({ url: 'javascript:alert(1)' }),
      damaged('notWebPage', 'url', { note: 1 }),
    ],
    ['a URL that is no address', withFirst({ url: 'the front page' }), damaged('notUrl', 'url', { note: 1 })],
    ['a body that is a number', withFirst({ body: 42 }), damaged('notText', 'body', { note: 1 })],
    ['tags that are not strings', withFirst({ tags: [1, 2] }), damaged('notText', 'tags[0]', { note: 1 })],
    ['an empty tag', withFirst({ tags: ['peru', ''] }), damaged('empty', 'tags[1]', { note: 1 })],
    [
      'too many tags',
      withFirst({ tags: Array.from({ length: 50 }, (_, i) => `t${i}`) }),
      damaged('tooMany', 'tags', { note: 1, limit: 20 }),
    ],
    [
      'a term id that is a name',
      withFirst({ termIds: ['Keiko Fujimori'] }),
      damaged('badTermId', 'termIds[0]', { note: 1 }),
    ],
    [
      'a body far too long',
      withFirst({ body: 'x'.repeat(200_000) }),
      damaged('tooLong', 'body', { note: 1, limit: 20_000 }),
    ],
    [
      'a time written as a date',
      withFirst({ createdAt: '2011-06-05' }),
      damaged('notNumber', 'createdAt', { note: 1 }),
    ],
    ['a negative time', withFirst({ createdAt: -5 }), damaged('negative', 'createdAt', { note: 1 })],
    [
      'a time with a fraction',
      withFirst({ createdAt: 1.5 }),
      damaged('notWholeNumber', 'createdAt', { note: 1 }),
    ],
    [
      'a time past the last date JavaScript knows',
      withFirst({ createdAt: 1e20, updatedAt: 1e20 }),
      damaged('tooBig', 'createdAt', { note: 1 }),
    ],
    [
      'updated before created',
      withFirst({ createdAt: 2000, updatedAt: 1000 }),
      damaged('updatedBeforeCreated', '', { note: 1 }),
    ],
    [
      'a passage ending before it starts',
      withFirst({
        passage: { quote: { exact: 'a', prefix: '', suffix: '' }, position: { start: 9, end: 1 } },
      }),
      damaged('endsBeforeStart', 'passage', { note: 1 }),
    ],
    [
      'a passage without its position',
      withFirst({ passage: { quote: { exact: 'a', prefix: '', suffix: '' } } }),
      damaged('missing', 'passage.position', { note: 1 }),
    ],
    [
      'an empty quote',
      withFirst({
        passage: { quote: { exact: '', prefix: '', suffix: '' }, position: { start: 1, end: 1 } },
      }),
      damaged('empty', 'passage.quote.exact', { note: 1 }),
    ],
    [
      'an unknown field (foreign data)',
      withFirst({ html: '<img src=x onerror=alert(1)>' }),
      damaged('unknownField', 'html', { note: 1 }),
    ],
    [
      'the same id twice',
      json({ ...full, notes: [first, full.notes[1], first] }),
      { reason: 'duplicateId', id: first.id as string, note: 3 },
    ],
    ['a bad export date', json({ ...full, exportedAt: 'yesterday' }), damaged('badDate', 'exportedAt')],
  ];

  test.each(badFiles)('refuses %s, saying why, importing nothing', (_label, file, refusal) => {
    expect(parseBackup(file)).toEqual({ ok: false, refusal });
  });

  test('at least thirty kinds of bad file are covered, every reason and every problem among them', () => {
    expect(badFiles.length).toBeGreaterThanOrEqual(30);
    const reasons = new Set(badFiles.map(([, , refusal]) => refusal.reason));
    expect([...reasons].sort()).toEqual(
      ['damaged', 'duplicateId', 'empty', 'newerVersion', 'notBackup', 'notJson'].sort(),
    );
    const problems = new Set(
      badFiles.flatMap(([, , refusal]) => (refusal.reason === 'damaged' ? [refusal.problem] : [])),
    );
    expect([...problems].sort()).toEqual(
      Object.keys(NOTES_STRINGS.en.backupProblems)
        .filter((problem) => problem !== 'invalid')
        .sort(),
    );
  });

  test('an oversized file is refused by its size, before its text is parsed', () => {
    const parsed = parseBackup(text, MAX_BACKUP_BYTES + 1);
    expect(parsed).toEqual({
      ok: false,
      refusal: { reason: 'tooLarge', bytes: MAX_BACKUP_BYTES + 1, maxBytes: MAX_BACKUP_BYTES },
    });
  });

  test.each([
    ['English', NOTES_STRINGS.en, 'Nothing was imported.'],
    ['Spanish', NOTES_STRINGS.es, 'No se importó nada.'],
  ] as const)(
    'every refusal reads as one %s sentence that says nothing was imported',
    (_language, table, nothing) => {
      for (const [label, , refusal] of badFiles) {
        const sentence = importRefusalText(refusal, table);
        expect(sentence, label).toMatch(new RegExp(`^[A-ZÁÉÍÓÚ].*\\. ${nothing}$`, 'u'));
        expect(sentence, label).not.toMatch(/undefined|NaN|\[object/);
      }
    },
  );

  test('refusals name the fault in the reader’s language', () => {
    const refusalOf = (file: string) => {
      const parsed = parseBackup(file);
      if (parsed.ok) throw new Error('accepted');
      return parsed.refusal;
    };
    const url = refusalOf(
      json({ ...full, notes: [first, { ...first, id: crypto.randomUUID(), url: 'ftp://x.example' }] }),
    );
    expect(importRefusalText(url, NOTES_STRINGS.en)).toBe(
      'This backup is damaged: “url” in note 2 is not an http or https page. Nothing was imported.',
    );
    expect(importRefusalText(url, NOTES_STRINGS.es)).toBe(
      'Esta copia de seguridad está dañada: «url» de la nota 2 no es una página http o https. No se importó nada.',
    );
    const long = refusalOf(withFirst({ body: 'x'.repeat(20_001) }));
    expect(importRefusalText(long, NOTES_STRINGS.en)).toMatch(
      /“body” in note 1 is longer than 20000 characters/,
    );
    expect(importRefusalText(long, NOTES_STRINGS.es)).toMatch(
      /«body» de la nota 1 tiene más de 20000 caracteres/,
    );
    const line = refusalOf('{\n  "format": "glosa-notes-backup",\n  "version": 1\n  "notes": []\n}');
    expect(importRefusalText(line, NOTES_STRINGS.es)).toMatch(/cerca de la línea 4/);
    const large = parseBackup('', 52.5 * 1024 * 1024);
    if (large.ok) throw new Error('accepted');
    expect(importRefusalText(large.refusal, NOTES_STRINGS.en)).toMatch(
      /\(52\.5 MB; a backup is at most 50 MB\)/,
    );
    expect(importRefusalText(large.refusal, NOTES_STRINGS.es)).toMatch(
      /\(52,5 MB; una copia ocupa como máximo 50 MB\)/,
    );
  });
});

describe('addresses in a backup', () => {
  const backupWith = (url: string) => json(notesToBackup([{ ...sampleNote(), url }], NOW));

  test('are filed as Glosa files them: no fragment, tracking parameters or credentials', () => {
    const parsed = parseBackup(backupWith('https://reader:secret@news.example/a?utm_source=x&id=3#comments'));
    expect(parsed.ok && parsed.notes[0]?.url).toBe('https://news.example/a?id=3');
  });

  test.each([
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'ftp://files.example/x',
  ])('refuse what is not an http(s) page: %s', (url) => {
    const parsed = parseBackup(backupWith(url));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(importRefusalText(parsed.refusal, NOTES_STRINGS.en)).toMatch(/http or https page/);
  });
});

describe('Markdown and Web Annotation exports', () => {
  test('a hostile address in a note cannot break out of its link into the Markdown', () => {
    const url = 'https://news.example/a>b c\n# Not a heading <img src=x onerror=alert(1)>';
    const markdown = notesToMarkdown([sampleNote({ url })], termName, NOW);
    const link = markdown.split('\n').find((line) => line.startsWith('<https://news.example/')) ?? '';
    expect(link).toBe(
      '<https://news.example/a%3Eb%20c%0A#%20Not%20a%20heading%20%3Cimg%20src=x%20onerror=alert(1)%3E>',
    );
    expect(markdown.split('\n').filter((line) => line.startsWith('# '))).toEqual(['# Glosa notes']);
    expect(markdown).not.toContain('<img');
  });

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
