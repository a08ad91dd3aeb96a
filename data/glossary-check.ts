import * as v from 'valibot';
import { normalizeKey } from '../core/normalize';
import { AMBIGUOUS_WORDS } from './ambiguous-words';
import { type GlossaryEntry, GlossarySchema } from './glossary-schema';

/** Every form of an entry that is matched on pages: its display term and its aliases. */
export function matchedForms(entry: GlossaryEntry): string[] {
  return [entry.term, ...entry.aliases];
}

/**
 * Validates a glossary beyond its shape: unique ids, related ids that resolve, no matched form
 * claimed twice (after normalization), and the ambiguity rules. Returns readable problems; [] is valid.
 * `knownIds` lets a partial glossary refer to entries that live in another file.
 */
export function checkGlossary(data: unknown, knownIds: Iterable<string> = []): string[] {
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
  const resolvable = new Set([...ids, ...knownIds]);
  const owners = new Map<string, string>();
  for (const entry of entries) {
    for (const id of entry.related) {
      if (!resolvable.has(id)) problems.push(`${entry.id}: related id "${id}" does not exist`);
      if (id === entry.id) problems.push(`${entry.id}: relates to itself`);
    }
    const forms = matchedForms(entry);
    for (const form of entry.caseSensitive ?? []) {
      if (!forms.includes(form))
        problems.push(`${entry.id}: caseSensitive "${form}" is not its term or an alias`);
    }
    const seenInEntry = new Set<string>();
    for (const form of forms) {
      const key = normalizeKey(form);
      if (key.length < 2) problems.push(`${entry.id}: "${form}" is too short to match safely`);
      if (seenInEntry.has(key)) problems.push(`${entry.id}: "${form}" repeats another of its forms`);
      seenInEntry.add(key);
      const owner = owners.get(key);
      if (owner && owner !== entry.id) problems.push(`${entry.id}: "${form}" is already claimed by ${owner}`);
      owners.set(key, entry.id);
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
