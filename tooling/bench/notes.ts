/**
 * Notes benchmark in Node: 10,000 notes with fake-indexeddb standing in for the browser's IndexedDB (an
 * in-memory, single-threaded implementation: real IndexedDB timings differ; bench/notes-browser.ts runs
 * the same measurements in Chromium). Also makes the workload both runs share: a backup of 10,000 notes.
 */
import 'fake-indexeddb/auto';
import { notesToBackup } from '../../core/notes/export';
import type { NoteFields } from '../../core/notes/note-model';
import { ENGLISH_WORDS, Random, SPANISH_WORDS } from '../../tests/node/text-noise';
import { measureNotes, NOTE_COUNT, type NotesBenchResult } from './notes-measure';

const TERM_IDS = ['keiko-fujimori', 'ollanta-humala', 'gana-peru', 'neoliberalism', 'sendero-luminoso'];
const TAGS = ['peru', 'elections', 'mining', 'economy', 'history', 'media', 'congress'];

const SYLLABLES = [
  'ca',
  'ma',
  'ri',
  'no',
  'te',
  'lo',
  'pu',
  'san',
  'der',
  'vi',
  'go',
  'ter',
  'al',
  'es',
  'mon',
  'tu',
];

/**
 * Note vocabulary: the news words of the matcher bench plus 4,000 made-up words, drawn with a Zipf
 * law as real prose is: a few words are everywhere, most are rare.
 */
function vocabulary(random: Random): string[] {
  const words = [...ENGLISH_WORDS, ...SPANISH_WORDS];
  while (words.length < 4_000 + ENGLISH_WORDS.length) {
    let word = '';
    for (let i = 0, n = 2 + random.int(3); i < n; i++) word += random.pick(SYLLABLES);
    words.push(word);
  }
  return words;
}

function zipfPicker(random: Random, words: readonly string[]): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) {
    total += 1 / rank;
    cumulative.push(total);
  }
  return () => {
    const target = random.float() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return words[low] ?? '';
  };
}

let pickWord: () => string = () => '';

function sentence(_random: Random, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(pickWord());
  return parts.join(' ');
}

function generateNotes(count: number, random: Random): NoteFields[] {
  const notes: NoteFields[] = [];
  for (let index = 0; index < count; index++) {
    const named = random.chance(0.1) ? ' Fujimori' : random.chance(0.1) ? ' mining' : '';
    const exact = `${sentence(random, 14)}${named}.`;
    const time = 1_700_000_000_000 + index * 60_000;
    notes.push({
      id: crypto.randomUUID(),
      url: `https://news.example/article-${index % 800}`,
      title: `Article ${index % 800}: ${sentence(random, 5)}`,
      passage: {
        quote: { exact, prefix: sentence(random, 5).slice(0, 32), suffix: sentence(random, 5).slice(0, 32) },
        position: { start: index, end: index + exact.length },
      },
      termIds: random.chance(0.5) ? [random.pick(TERM_IDS)] : [],
      body: `${sentence(random, 25)}${random.chance(0.05) ? ' campaign canon' : ''}`,
      tags: random.chance(0.6)
        ? [random.pick(TAGS), random.pick(TAGS)].filter((tag, i, all) => all.indexOf(tag) === i)
        : [],
      createdAt: time,
      updatedAt: time,
    });
  }
  return notes;
}

/** The backup both runs import: 10,000 notes, the same every time (seeded). */
export function notesBackupText(): string {
  const random = new Random(4);
  pickWord = zipfPicker(random, vocabulary(random));
  return JSON.stringify(notesToBackup(generateNotes(NOTE_COUNT, random)));
}

export async function runNotesBench(
  options: { quick?: boolean } = {},
): Promise<NotesBenchResult & { notes: string[] }> {
  return {
    ...(await measureNotes(notesBackupText(), options)),
    notes: [
      'measured in Node with fake-indexeddb (in-memory IndexedDB), not in a browser; rendering the list is not included',
      'a search returns the first 100 matches newest first, with the total; words of 1 letter and stop words are not indexed',
      'fake-indexeddb keeps each index as a sorted array (every insert shifts it): the write step is dominated by the ~25 search words per note, an index cost real IndexedDB (LevelDB in Chromium, SQLite in Firefox) does not have in that form',
    ],
  };
}
