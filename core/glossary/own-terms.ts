import * as v from 'valibot';
import { EntryIdSchema } from '../ids';
import { normalizeKey } from '../matching/normalize';
import { CATEGORIES, type Category, type GlossaryEntry } from './schema';

/** A term the reader added. Stored in the extension's database; merged with the bundled glossary. */
export interface OwnEntry {
  id: string;
  term: string;
  aliases: string[];
  /** Forms that name this term only on a page that introduced it (see the glossary's `short`). */
  short?: string[];
  category: Category;
  summary: string;
  updatedAt: number;
}

/**
 * An entry as the reader sees it: bundled, the reader's own, or bundled with the reader's summary.
 * `ownForms` are the names the reader wrote (all of an own term's, the added ones of an overridden entry).
 */
export type ReaderEntry = GlossaryEntry & {
  origin: 'bundled' | 'own' | 'overridden';
  ownForms?: string[];
};

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

/**
 * A glossary pack: the bundled glossary's schema (data/glossary.json), with the fields a reader's own
 * term may leave out (details, related, sources) optional.
 */
const PackEntrySchema = v.object({
  id: v.optional(EntryIdSchema),
  term: text(120),
  aliases: v.pipe(v.array(text(120)), v.maxLength(50)),
  category: v.picklist(CATEGORIES),
  summary: text(600),
  details: v.optional(v.string()),
  related: v.optional(v.array(v.string())),
  sources: v.optional(v.array(v.object({ title: v.string(), url: v.string() }))),
  period: v.optional(v.string()),
  caseSensitive: v.optional(v.array(v.string())),
  short: v.optional(v.pipe(v.array(text(120)), v.maxLength(50))),
});
const PackSchema = v.pipe(v.array(PackEntrySchema), v.maxLength(5_000));
/** Larger files are refused before parsing. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

/** Why a pack file was refused: a code the options page words in the reader's language. */
export type PackRefusal =
  | { reason: 'tooLarge'; maxBytes: number }
  | { reason: 'notJson' }
  | { reason: 'notPack'; at: string }
  | { reason: 'claimedTwice'; form: string };

export type PackResult = { ok: true; entries: OwnEntry[] } | { ok: false; refusal: PackRefusal };

function slug(term: string): string {
  return (
    normalizeKey(term)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'term'
  );
}

export function newOwnEntryId(
  term: string,
  random: () => string = () => crypto.randomUUID().slice(0, 8),
): string {
  return `own-${slug(term)}-${random()}`;
}

/** Reads a pack file's text: why it is refused, or entries ready to store. Never partially. */
export function parsePack(fileText: string, now: number): PackResult {
  if (fileText.length > MAX_PACK_BYTES)
    return { ok: false, refusal: { reason: 'tooLarge', maxBytes: MAX_PACK_BYTES } };
  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch {
    return { ok: false, refusal: { reason: 'notJson' } };
  }
  const parsed = v.safeParse(PackSchema, data);
  if (!parsed.success) {
    const at = parsed.issues[0]?.path?.map((item) => String(item.key)).join('.') ?? '';
    return { ok: false, refusal: { reason: 'notPack', at } };
  }
  /** Normalized form → whether every term claiming it so far claims it as a short form. */
  const seen = new Map<string, boolean>();
  const entries: OwnEntry[] = [];
  for (const item of parsed.output) {
    const short = item.short?.filter((form) => form === item.term || item.aliases.includes(form)) ?? [];
    for (const form of [item.term, ...item.aliases]) {
      const key = normalizeKey(form);
      const isShort = short.includes(form);
      const claimedShort = seen.get(key);
      // Two terms may share a form only as a short form of both (two people with one surname).
      if (claimedShort !== undefined && !(claimedShort && isShort))
        return { ok: false, refusal: { reason: 'claimedTwice', form } };
      seen.set(key, isShort);
    }
    entries.push({
      id: item.id?.startsWith('own-') ? item.id : newOwnEntryId(item.term),
      term: item.term,
      aliases: item.aliases,
      ...(short.length > 0 ? { short } : {}),
      category: item.category,
      summary: item.summary,
      updatedAt: now,
    });
  }
  return { ok: true, entries };
}

/** The reader's terms as a pack file (the same shape it imports). */
export function packOf(entries: readonly OwnEntry[]): string {
  const pack = entries.map(({ id, term, aliases, short, category, summary }) => ({
    id,
    term,
    aliases,
    ...(short ? { short } : {}),
    category,
    summary,
  }));
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/**
 * The glossary the reader sees. An own term whose name is a bundled entry's term or alias replaces that
 * entry's summary and adds its other names; any other own term is a new entry, listed first so its
 * names win where they collide with bundled aliases.
 */
export function mergeGlossary(bundled: readonly GlossaryEntry[], own: readonly OwnEntry[]): ReaderEntry[] {
  const bundledByForm = new Map<string, GlossaryEntry>();
  for (const entry of bundled) {
    for (const form of [entry.term, ...entry.aliases]) bundledByForm.set(normalizeKey(form), entry);
  }
  const overrides = new Map<string, OwnEntry>();
  const added: ReaderEntry[] = [];
  for (const entry of own) {
    const target = bundledByForm.get(normalizeKey(entry.term));
    if (target) {
      overrides.set(target.id, entry);
      continue;
    }
    added.push({
      ...entry,
      details: '',
      related: [],
      sources: [],
      origin: 'own',
      ownForms: [entry.term, ...entry.aliases],
    });
  }
  const merged: ReaderEntry[] = bundled.map((entry) => {
    const override = overrides.get(entry.id);
    if (!override) return { ...entry, origin: 'bundled' };
    const known = new Set([entry.term, ...entry.aliases].map(normalizeKey));
    const extra = override.aliases.filter((alias) => !known.has(normalizeKey(alias)));
    return {
      ...entry,
      summary: override.summary,
      // The reader's summary is the summary in every language: it replaces the Spanish one too.
      ...(entry.es ? { es: { ...entry.es, summary: override.summary } } : {}),
      aliases: [...entry.aliases, ...extra],
      origin: 'overridden',
      ownForms: extra,
    };
  });
  return [...added, ...merged];
}
