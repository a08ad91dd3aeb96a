import { describe, expect, test } from 'vitest';
import { glossary } from '../../data/glossary';
import { LABELS, sentencesOf, sharedWording, unattributedLabels } from './glossary-style';

/** Above this share of the English wording, a Spanish text reads as a copy rather than its own text. */
const MAX_SHARED_WORDING = 0.35;

/** Every piece of an entry's text a reader sees, named for the failure message. */
function textsOf(entry: (typeof glossary)[number]): [string, string][] {
  return [
    ['summary', entry.summary],
    ['details', entry.details],
    ['es.summary', entry.es?.summary ?? ''],
    ['es.details', entry.es?.details ?? ''],
    ...(entry.timeline ?? []).flatMap((event): [string, string][] => [
      [`timeline ${event.date}`, event.text],
      [`timeline ${event.date} es`, event.es],
    ]),
  ];
}

describe('the style check itself', () => {
  test('finds the labels GLOSSARY-STYLE.md lists', () => {
    expect(LABELS).toEqual(expect.arrayContaining(['regime', 'radical', 'terrorist', 'populista']));
  });

  test.each([
    ['The regime closed Congress.', ['regime']],
    ['A radical, populist leader.', ['radical', 'populist']],
    ['El régimen cerró el Congreso.', ['régimen']],
  ])('flags an unattributed label: %s', (sentence, labels) => {
    expect(unattributedLabels(sentence)).toEqual(labels);
  });

  test.each([
    'Critics called the government a regime.',
    'The United States designated it a terrorist organization in 1997.',
    'Sus detractores lo calificaron de populista.',
    'He described his rule as a "revolutionary regime".',
    'A regimental parade.',
  ])('accepts an attributed, quoted or unrelated word: %s', (sentence) => {
    expect(unattributedLabels(sentence)).toEqual([]);
  });

  test('measures a Spanish text copied from the English as shared wording', () => {
    const english = 'Former army officer and nationalist politician who was president of Peru.';
    expect(sharedWording(english, english)).toBeGreaterThan(MAX_SHARED_WORDING);
    expect(
      sharedWording(english, 'Militar retirado y político nacionalista que presidió el Perú.'),
    ).toBeLessThan(MAX_SHARED_WORDING);
  });
});

describe.each(glossary.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
  test('uses contested labels only with whose word they are', () => {
    const found = textsOf(entry).flatMap(([field, text]) =>
      sentencesOf(text).flatMap((sentence) =>
        unattributedLabels(sentence).map((label) => `${field}: "${label}" in: ${sentence}`),
      ),
    );
    expect(found).toEqual([]);
  });

  test('has Spanish text written for Spanish readers, not the English wording', () => {
    expect(sharedWording(entry.summary, entry.es?.summary ?? entry.summary)).toBeLessThan(MAX_SHARED_WORDING);
    expect(sharedWording(entry.details, entry.es?.details ?? entry.details)).toBeLessThan(MAX_SHARED_WORDING);
  });
});
