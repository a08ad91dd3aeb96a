import { describe, expect, test } from 'vitest';
import { EMPTY_DRAFT, type NoteTarget, receiveStartedNote } from '../../core/notes/draft';

const target = (exact: string, url = 'https://news.example/a'): NoteTarget => ({
  url,
  title: 'A page',
  passage: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
  termIds: [],
});

describe('a note started on a page, arriving at the draft', () => {
  test('an empty draft takes it', () => {
    expect(receiveStartedNote(EMPTY_DRAFT, target('Gana Perú'))).toEqual({
      draft: { ...EMPTY_DRAFT, target: target('Gana Perú') },
      offer: null,
    });
  });

  test('a draft with only a passage takes the new one (nothing the reader wrote is at stake)', () => {
    const draft = { ...EMPTY_DRAFT, target: target('old') };
    expect(receiveStartedNote(draft, target('new')).draft.target).toEqual(target('new'));
  });

  test.each([
    ['text', { body: 'My thoughts', tags: '' }],
    ['tags', { body: '', tags: 'peru' }],
  ])('a draft with %s keeps its target: the new one is only offered', (_what, typed) => {
    const draft = { ...typed, target: target('old') };
    const received = receiveStartedNote(draft, target('new', 'https://other.example/b'));
    expect(received.draft).toBe(draft);
    expect(received.offer).toEqual(target('new', 'https://other.example/b'));
  });

  test('the same passage again changes nothing and offers nothing', () => {
    const draft = { body: 'My thoughts', tags: '', target: target('same') };
    expect(receiveStartedNote(draft, target('same'))).toEqual({ draft, offer: null });
  });
});
