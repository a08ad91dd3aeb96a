import { describe, expect, test } from 'vitest';
import { firstWord, lettersBefore, nextWord, possessorBefore } from '../../core/names/word-patterns';
import { Random } from './text-noise';

// The regular expressions the hand-written readers stand for (core/names/word-patterns.ts). The next
// word's connector is a whole word here, as it is meant to be: the pattern once read "del Castillo" as
// "de" + "l".
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/u;
const LETTERS_AT_END = /\p{L}+$/u;
const NEXT_WORD =
  /^[ \t\u00a0]+((?:(?:de|del|of|do|da|dos|das)[ \t\u00a0]+|d['’][ \t\u00a0]*)(?:(?:la|el|los|las|the|a|o)[ \t\u00a0]+)?)?([\p{L}\p{M}][\p{L}\p{M}'’-]*)/iu;
const POSSESSOR = /(\p{Lu}[\p{L}\p{M}]*)['’]s(?:[ \t\u00a0]+\p{Ll}[\p{L}\p{M}-]*){0,2}[ \t\u00a0]+$/u;

function expectedNext(text: string, from: number) {
  const found = NEXT_WORD.exec(text.slice(from, from + 60));
  return found?.[2] ? { word: found[2], afterOf: (found[1] ?? '') !== '' } : undefined;
}

/** Pieces that make the patterns' hard cases likely: connectors, articles, possessives, spaces of every kind, marks, capitals beyond ASCII, astral letters, lone surrogates. */
const PIECES = [
  ' ',
  ' ',
  ' ',
  '\t',
  '\u00a0',
  '\n',
  '.',
  ',',
  '-',
  "'",
  '’',
  's',
  "'s",
  '’s',
  'de',
  'De',
  'DEL',
  'del',
  'do',
  'dos',
  'das',
  'da',
  'of',
  'd',
  "d'",
  'd’',
  'la',
  'el',
  'los',
  'las',
  'The',
  'the',
  'a',
  'o',
  'Humala',
  'Keiko',
  'party',
  'small',
  'Perú',
  'Pe\u0301ru',
  'élan',
  'Élan',
  'ñ',
  'Ñ',
  '\u0301',
  'σ',
  'Σ',
  'ǅ',
  '中国',
  'Ⅳ',
  '𝐀',
  '𝐚',
  '\ud835',
  '\udc00',
  '1',
  '(',
  '“',
  '”',
  'x',
];

function randomText(random: Random): string {
  let text = '';
  const length = 1 + random.int(14);
  for (let index = 0; index < length; index++) text += random.pick(PIECES);
  return text;
}

describe('words around a mention, read by hand as their regular expressions read them', () => {
  test('the same answers as the expressions on 20,000 random texts, at every position', () => {
    const random = new Random(2026);
    const differences: string[] = [];
    const differ = (what: string, text: string, at: number, got: unknown, wanted: unknown) => {
      if (JSON.stringify(got) !== JSON.stringify(wanted))
        differences.push(
          `${what} ${JSON.stringify(text)} at ${at}: ${JSON.stringify(got)} ≠ ${JSON.stringify(wanted)}`,
        );
    };
    for (let round = 0; round < 20_000 && differences.length < 5; round++) {
      const text = randomText(random);
      differ('first word', text, 0, firstWord(text), WORD.exec(text)?.[0] ?? '');
      for (let at = 0; at <= text.length; at++) {
        const floor = Math.max(0, at - 6);
        differ(
          'letters before',
          text,
          at,
          lettersBefore(text, at, floor),
          LETTERS_AT_END.exec(text.slice(floor, at))?.[0] ?? '',
        );
        differ('next word', text, at, nextWord(text, at), expectedNext(text, at));
        differ(
          'possessor',
          text,
          at,
          possessorBefore(text, at),
          POSSESSOR.exec(text.slice(Math.max(0, at - 60), at))?.[1],
        );
      }
    }
    expect(differences).toEqual([]);
  });

  test('a connector is a whole word: "del Castillo", "dos Santos", "delgado"', () => {
    expect(nextWord(' del Castillo', 0)).toEqual({ word: 'Castillo', afterOf: true });
    expect(nextWord(' dos Santos', 0)).toEqual({ word: 'Santos', afterOf: true });
    expect(nextWord(' delgado y', 0)).toEqual({ word: 'delgado', afterOf: false });
    expect(nextWord(' de la Torre', 0)).toEqual({ word: 'Torre', afterOf: true });
    expect(nextWord(' d’Estaing', 0)).toEqual({ word: 'Estaing', afterOf: true });
    expect(nextWord(' de la.', 0)).toEqual({ word: 'la', afterOf: true });
    expect(nextWord('Fujimori', 0)).toBeUndefined();
  });

  test('possessors: "Ireland’s small Workers Party", not three small words away', () => {
    const text = 'In Ireland’s small Workers Party';
    expect(possessorBefore(text, text.indexOf('Workers'))).toBe('Ireland');
    const far = 'Peru’s very small new Party';
    expect(possessorBefore(far, far.indexOf('Party'))).toBeUndefined();
    const astral = 'the 𝐀lpha’s party ';
    expect(possessorBefore(astral, astral.length)).toBe('𝐀lpha');
  });
});
