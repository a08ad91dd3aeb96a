/**
 * The labelled corpus of short passages (tests/fixtures/names/passages.json) that measures how names are
 * resolved: every mention the glossary's matcher can find in a passage is labelled with the entry it
 * should explain, or "-" when it must not be marked. Labels are written inline: [[Fujimori|keiko-fujimori]],
 * [[García|-]].
 */
import { readFileSync } from 'node:fs';

interface Passage {
  id: string;
  /** The page's language as a reader would tell it: en, es, fr, pt. */
  lang: 'en' | 'es' | 'fr' | 'pt';
  genre: string;
  /** With inline labels; paragraphs separated by a blank line. */
  text: string;
}

interface Label {
  start: number;
  end: number;
  /** The entry the mention should explain, or null when it must not be marked. */
  entryId: string | null;
}

export interface LabelledPassage extends Passage {
  /** The passage as a page shows it (labels removed). */
  plain: string;
  labels: Label[];
}

const LABEL = /\[\[([^|\]]+)\|([^\]]+)\]\]/g;

function unlabel(passage: Passage): LabelledPassage {
  let plain = '';
  const labels: Label[] = [];
  let last = 0;
  for (const match of passage.text.matchAll(LABEL)) {
    const [whole, surface = '', entry = ''] = match;
    plain += passage.text.slice(last, match.index);
    const start = plain.length;
    plain += surface;
    labels.push({ start, end: plain.length, entryId: entry.trim() === '-' ? null : entry.trim() });
    last = (match.index ?? 0) + whole.length;
  }
  plain += passage.text.slice(last);
  return { ...passage, plain, labels };
}

export function loadCorpus(file = 'tests/fixtures/names/passages.json'): LabelledPassage[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as Passage[]).map(unlabel);
}

export interface CorpusScore {
  /** Labelled mentions that should be marked. */
  labelled: number;
  /** Marks naming the labelled entry. */
  right: number;
  /** Marks naming another entry than the label's. */
  wrong: number;
  /** Marks where the label (or no label) says none. */
  falseMarks: number;
  missed: number;
  /** right / every mark made. */
  precision: number;
  /** right / labelled. */
  recall: number;
  /** One line per error: passage id, what was expected, what was marked. */
  problems: string[];
}

/** Scores a resolution over the corpus: each passage's paragraphs resolved as one page. */
export function scoreCorpus(
  corpus: readonly LabelledPassage[],
  resolve: (paragraphs: readonly string[], language: LabelledPassage['lang']) => ResolvedSpan[],
): CorpusScore {
  const score = { labelled: 0, right: 0, wrong: 0, falseMarks: 0, missed: 0, problems: [] as string[] };
  for (const passage of corpus) {
    const paragraphs = passage.plain.split('\n\n');
    const offsets: number[] = [];
    let offset = 0;
    for (const paragraph of paragraphs) {
      offsets.push(offset);
      offset += paragraph.length + 2;
    }
    const marks = resolve(paragraphs, passage.lang).map((mark) => ({
      ...mark,
      start: mark.start + (offsets[mark.paragraph] ?? 0),
      end: mark.end + (offsets[mark.paragraph] ?? 0),
    }));
    const overlapping = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    const report = (what: string) => score.problems.push(`${passage.id}: ${what}`);
    for (const label of passage.labels) {
      const mark = marks.find((candidate) => overlapping(candidate, label));
      const surface = passage.plain.slice(label.start, label.end);
      if (label.entryId === null) {
        if (mark) {
          score.falseMarks++;
          report(`"${surface}" should not be marked, was ${mark.entryId}`);
        }
        continue;
      }
      score.labelled++;
      if (!mark) {
        score.missed++;
        report(`"${surface}" should be ${label.entryId}, was not marked`);
      } else if (mark.entryId !== label.entryId) {
        score.wrong++;
        report(`"${surface}" should be ${label.entryId}, was ${mark.entryId}`);
      } else score.right++;
    }
    for (const mark of marks) {
      if (passage.labels.some((label) => overlapping(mark, label))) continue;
      score.falseMarks++;
      report(`"${passage.plain.slice(mark.start, mark.end)}" (unlabelled) was marked ${mark.entryId}`);
    }
  }
  const made = score.right + score.wrong + score.falseMarks;
  return {
    ...score,
    precision: made === 0 ? 1 : score.right / made,
    recall: score.labelled === 0 ? 1 : score.right / score.labelled,
  };
}

/** A mark as resolveParagraphs gives it. */
export interface ResolvedSpan {
  paragraph: number;
  start: number;
  end: number;
  entryId: string;
}
