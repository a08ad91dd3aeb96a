import * as v from 'valibot';

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

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));
const kebabId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case'));
const httpsUrl = v.pipe(
  v.string(),
  v.url('source url must be a well-formed URL'),
  v.startsWith('https://', 'source url must use https'),
);

export const SourceSchema = v.strictObject({ title: nonEmpty, url: httpsUrl });

export const EntrySchema = v.strictObject({
  id: kebabId,
  /** Display form, accents included. Also matched on pages. */
  term: nonEmpty,
  /** Every other form a page may use. Case, accents, hyphen/space and apostrophe variants are normalization's job. */
  aliases: v.array(nonEmpty),
  /**
   * Forms (from `term` or `aliases`) that match only with exactly this capitalization, because in
   * lower case they are ordinary words: "Sendero" (a path), "Correa" (a strap), "Toledo" (a city).
   * Words that are ambiguous whatever their case (the verb "gana") are simply never aliases alone.
   */
  caseSensitive: v.optional(v.array(nonEmpty)),
  category: v.picklist(CATEGORIES),
  summary: v.pipe(nonEmpty, v.maxLength(300, 'summary must be at most 300 characters')),
  details: nonEmpty,
  related: v.array(kebabId),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'every entry needs a source')),
  period: v.optional(nonEmpty),
});

export type GlossaryEntry = v.InferOutput<typeof EntrySchema>;
export const GlossarySchema = v.array(EntrySchema);
