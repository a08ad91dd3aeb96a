import * as v from 'valibot';
import { EntryIdSchema } from '../ids';
import { PARTIAL_DATE } from '../partial-date';

/** The fixed set of categories an entry may belong to (also the per-category highlight names). */
export const CATEGORIES = [
  'person',
  'party',
  'organization',
  'movement',
  'ideology',
  'concept',
  'policy',
  'event',
  'institution',
  'place',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Categories whose entries carry a timeline: things that happen, win, lose, are founded or end. */
export const DATED_CATEGORIES: ReadonlySet<Category> = new Set([
  'person',
  'party',
  'organization',
  'movement',
  'event',
]);

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));
const httpsUrl = v.pipe(
  v.string(),
  v.url('source url must be a well-formed URL'),
  v.startsWith('https://', 'source url must use https'),
);

const partialDate = v.pipe(v.string(), v.regex(PARTIAL_DATE, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'));
const fullDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'reviewed must be YYYY-MM-DD'));

const SourceSchema = v.strictObject({ title: nonEmpty, url: httpsUrl });

const SpanishTextSchema = v.strictObject({
  summary: v.pipe(nonEmpty, v.maxLength(300, 'es.summary must be at most 300 characters')),
  details: nonEmpty,
});

const TimelineEventSchema = v.strictObject({
  date: partialDate,
  /** What happened, in English, one short sentence. */
  text: v.pipe(nonEmpty, v.maxLength(240, 'a timeline text must be at most 240 characters')),
  /** The same event in Spanish. */
  es: v.pipe(nonEmpty, v.maxLength(240, 'a timeline es must be at most 240 characters')),
});

/** Common nouns among the entry's forms, by the language they are words of ("coup": en). */
const CommonNounsSchema = v.strictObject({
  en: v.optional(v.array(nonEmpty)),
  es: v.optional(v.array(nonEmpty)),
  pt: v.optional(v.array(nonEmpty)),
  fr: v.optional(v.array(nonEmpty)),
});

const EntrySchema = v.strictObject({
  id: EntryIdSchema,
  /** Display form, accents included. Also matched on pages. */
  term: nonEmpty,
  /** Every other form a page may use. Case, accents, hyphen/space and apostrophe variants are normalization's job. */
  aliases: v.array(nonEmpty),
  /**
   * Forms (from `term` or `aliases`) that match only with exactly this capitalization, because in
   * lower case they are ordinary words or phrases: "Sendero" (a path), "Gana Perú" (wins Peru).
   */
  caseSensitive: v.optional(v.array(nonEmpty)),
  /**
   * Short forms: a surname or first name alone, an acronym, a bare party name several countries use, a
   * name that is also a place, product or landmark. They name the entry only on a page that introduces
   * it by one of its other (full) forms (core/names/resolve.ts). A form also in `common` is an everyday
   * word as well ("coup", "golpe"): it names the entry, too, where its paragraph names glossary entries
   * on a page about their world.
   */
  short: v.optional(v.array(nonEmpty)),
  /**
   * Short forms readers know alone, a surname no one else in the news has ("Lula", "Boluarte",
   * "Bolsonaro"): they name the entry on a page about the glossary's world without its full name, unless
   * the page names another person by that surname ("Eduardo Bolsonaro"). Each is one of `short`.
   */
  knownAlone: v.optional(v.array(nonEmpty)),
  /** Forms that are common nouns of a language; they match on pages of that language only. */
  common: v.optional(CommonNounsSchema),
  /**
   * A thing its country has one of (its 2026 election, its agrarian reform, its Gen Z protests) whose
   * short forms other countries use for their own: like a party's or an institution's, they name the entry
   * on a page mostly about its country, in a paragraph naming no other.
   */
  oneInItsCountry: v.optional(v.literal(true)),
  /** Countries the entry belongs to (ISO 3166-1 alpha-2): a page naming them is about its world. */
  countries: v.optional(
    v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'countries are ISO codes: PE, BO…'))),
  ),
  category: v.picklist(CATEGORIES),
  summary: v.pipe(nonEmpty, v.maxLength(300, 'summary must be at most 300 characters')),
  details: nonEmpty,
  /** The entry for a Spanish-speaking reader: the same facts, written in Spanish. */
  es: v.optional(SpanishTextSchema),
  /** Dated events a reader of an older article needs to know happened since, oldest first. */
  timeline: v.optional(v.array(TimelineEventSchema)),
  related: v.array(EntryIdSchema),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'every entry needs a source')),
  period: v.optional(nonEmpty),
  /** When an editor last checked the entry against its sources. */
  reviewed: v.optional(fullDate),
});

export type GlossaryEntry = v.InferOutput<typeof EntrySchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export const GlossarySchema = v.array(EntrySchema);
