/**
 * The style rules of data/GLOSSARY-STYLE.md that a program can check: its lists are read from the file,
 * so the rules and the check cannot drift apart.
 */
import { readFileSync } from 'node:fs';

function listBetween(markdown: string, name: string): string[] {
  const match = new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`).exec(markdown);
  if (!match?.[1]) throw new Error(`GLOSSARY-STYLE.md has no ${name} list`);
  const items = match[1]
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(items)];
}

const STYLE = readFileSync('data/GLOSSARY-STYLE.md', 'utf8');
export const LABELS = listBetween(STYLE, 'labels');
const ATTRIBUTION = listBetween(STYLE, 'attribution');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words or phrases, any case, accents as written. */
const phrase = (words: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'iu');
const LABEL_PATTERNS = LABELS.map((label) => [label, phrase(label)] as const);
const ATTRIBUTION_PATTERNS = ATTRIBUTION.map(phrase);

/** Sentences of a text: split after . ! ? ; followed by a space, keeping abbreviations like "U.S." whole. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+(?=[A-ZÁÉÍÓÚÑ¿¡"“«(])/u);
}

/** The labels a sentence uses without saying whose word they are (nor quoting them). */
export function unattributedLabels(sentence: string): string[] {
  if (ATTRIBUTION_PATTERNS.some((pattern) => pattern.test(sentence))) return [];
  return LABEL_PATTERNS.filter(([label, pattern]) => {
    if (!pattern.test(sentence)) return false;
    const quoted = new RegExp(`["“«'‘][^"”»’]*${escapeRegExp(label)}[^"“«’]*["”»'’]`, 'iu');
    return !quoted.test(sentence);
  }).map(([label]) => label);
}

/** Lower-case words of a text that are not names or numbers (a capitalized word inside a sentence is a name). */
function commonWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    sentence.split(/[^\p{L}]+/u).forEach((word, index) => {
      if (word.length < 3) return;
      if (index > 0 && word[0] !== word[0]?.toLowerCase()) return;
      words.add(word.toLowerCase());
    });
  }
  return words;
}

/** The share of the English text's common words that the Spanish one repeats word for word. */
export function sharedWording(english: string, spanish: string): number {
  const en = commonWords(english);
  if (en.size === 0) return 0;
  const es = commonWords(spanish);
  let shared = 0;
  for (const word of en) if (es.has(word)) shared++;
  return shared / en.size;
}
