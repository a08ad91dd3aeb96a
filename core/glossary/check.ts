import * as v from 'valibot';
import { normalizeKey } from '../matching/normalize';
import { isPartialDate } from '../partial-date';
import { AMBIGUOUS_WORDS } from './common-words';
import { DATED_CATEGORIES, type GlossaryEntry, GlossarySchema } from './schema';

/** Every form of an entry that is matched on pages: its display term and its aliases. */
function matchedForms(entry: Pick<GlossaryEntry, 'term' | 'aliases'>): string[] {
  return [entry.term, ...entry.aliases];
}

export interface CheckOptions {
  /** Ids of entries that live in another file, which `related` may name. */
  knownIds?: Iterable<string>;
  /**
   * The editorial standard of the bundled glossary (data/GLOSSARY-STYLE.md): Spanish text, a timeline
   * for dated categories, two sources, a review date. Reader's packs are not held to it.
   */
  editorial?: boolean;
}

/** The editorial rules of one entry that the schema alone cannot say. */
function editorialProblems(entry: GlossaryEntry): string[] {
  const problems: string[] = [];
  if (!entry.es) problems.push(`${entry.id}: es (Spanish summary and details) is missing`);
  else {
    if (entry.es.summary.trim() === entry.summary.trim())
      problems.push(`${entry.id}: es.summary is the English summary`);
    if (entry.es.details.trim() === entry.details.trim())
      problems.push(`${entry.id}: es.details is the English details`);
  }
  if (DATED_CATEGORIES.has(entry.category) && (entry.timeline ?? []).length === 0)
    problems.push(`${entry.id}: a ${entry.category} needs a timeline`);
  if (entry.sources.length < 2) problems.push(`${entry.id}: needs at least two sources`);
  if (!entry.reviewed) problems.push(`${entry.id}: reviewed (YYYY-MM-DD) is missing`);
  return problems;
}

function timelineProblems(entry: GlossaryEntry): string[] {
  const problems: string[] = [];
  let previous = '';
  for (const event of entry.timeline ?? []) {
    if (!isPartialDate(event.date)) problems.push(`${entry.id}: timeline date ${event.date} does not exist`);
    // Partial dates sort by their prefix: "2011" before "2011-06" before "2011-06-05".
    if (event.date < previous)
      problems.push(`${entry.id}: timeline date ${event.date} comes before ${previous}; keep it in order`);
    if (event.es.trim() === event.text.trim())
      problems.push(`${entry.id}: timeline ${event.date}: es is the English text`);
    previous = event.date;
  }
  if (entry.reviewed && !isPartialDate(entry.reviewed))
    problems.push(`${entry.id}: reviewed date ${entry.reviewed} does not exist`);
  return problems;
}

/** Each kind of name must be one of the entry's forms. */
function nameKindProblems(entry: GlossaryEntry, forms: readonly string[]): string[] {
  const problems: string[] = [];
  const lists: [string, readonly string[]][] = [
    ['caseSensitive', entry.caseSensitive ?? []],
    ['short', entry.short ?? []],
    ...Object.entries(entry.common ?? {}).map(([language, nouns]): [string, readonly string[]] => [
      `common.${language}`,
      nouns ?? [],
    ]),
  ];
  for (const [list, listed] of lists) {
    for (const form of listed) {
      if (!forms.includes(form)) problems.push(`${entry.id}: ${list} "${form}" is not its term or an alias`);
    }
  }
  const short = entry.short ?? [];
  for (const form of entry.knownAlone ?? [])
    if (!short.includes(form))
      problems.push(`${entry.id}: knownAlone "${form}" is not one of its short forms`);
  return problems;
}

/**
 * Validates a glossary beyond its shape: unique ids, related ids that resolve, no full name claimed
 * twice (after normalization; short forms such as a shared surname may be), kinds of names that are
 * the entry's forms, the ambiguity rules, and with `editorial` the bundled glossary's standard.
 * Returns readable problems; [] is valid.
 */
export function checkGlossary(data: unknown, options: CheckOptions = {}): string[] {
  const parsed = v.safeParse(GlossarySchema, data);
  if (!parsed.success) {
    return parsed.issues.map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.') ?? '(root)';
      return `${path}: ${issue.message}`;
    });
  }
  const entries = parsed.output;
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) problems.push(`${entry.id}: duplicate id`);
    ids.add(entry.id);
  }
  const resolvable = new Set([...ids, ...(options.knownIds ?? [])]);
  /** Normalized form → the entries claiming it, and whether each claims it as a short form. */
  const owners = new Map<string, { id: string; short: boolean }[]>();
  for (const entry of entries) {
    for (const id of entry.related) {
      if (!resolvable.has(id)) problems.push(`${entry.id}: related id "${id}" does not exist`);
      if (id === entry.id) problems.push(`${entry.id}: relates to itself`);
    }
    const forms = matchedForms(entry);
    problems.push(...nameKindProblems(entry, forms), ...timelineProblems(entry));
    if (options.editorial) problems.push(...editorialProblems(entry));
    const short = new Set(entry.short ?? []);
    const seenInEntry = new Set<string>();
    for (const form of forms) {
      const key = normalizeKey(form);
      if (key.length < 2) problems.push(`${entry.id}: "${form}" is too short to match safely`);
      if (seenInEntry.has(key)) problems.push(`${entry.id}: "${form}" repeats another of its forms`);
      seenInEntry.add(key);
      const claims = owners.get(key) ?? [];
      const other = claims.find((claim) => claim.id !== entry.id);
      if (other && !(other.short && short.has(form)))
        problems.push(
          `${entry.id}: "${form}" is already claimed by ${other.id}` +
            ' (a form may be shared only as a short form of every entry that has it)',
        );
      claims.push({ id: entry.id, short: short.has(form) });
      owners.set(key, claims);
      const rule = AMBIGUOUS_WORDS[key];
      if (rule === 'never')
        problems.push(`${entry.id}: "${form}" is a common word and may not match on its own`);
      if (rule === 'case-sensitive' && !entry.caseSensitive?.includes(form)) {
        problems.push(`${entry.id}: "${form}" is a common word; list it in caseSensitive`);
      }
    }
  }
  return problems;
}
