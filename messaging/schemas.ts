import * as v from 'valibot';
import { EntryIdSchema, NoteIdSchema } from '../core/ids';
import { PassageSchema } from '../core/notes/backup';
import { MAX_SELECTION_ENTRIES } from './message-guards';

/**
 * The shapes of what content scripts send: their requests to the background and their replies to the
 * background and the extension pages. A content script lives in a page that may be hostile, so each is
 * checked where it arrives, and the page it speaks for is taken from the browser (the sender), never
 * from the data. The protocol's types are inferred from these schemas.
 */
export { EntryIdSchema, NoteIdSchema };

const title = v.pipe(v.string(), v.maxLength(2000));

/** What the page knows when a note is started: the passage (if any), the terms in it, the page title. */
export const NoteStartSchema = v.strictObject({
  passage: v.nullable(PassageSchema),
  termIds: v.pipe(v.array(EntryIdSchema), v.maxLength(100)),
  title,
});
export type NoteStart = v.InferOutput<typeof NoteStartSchema>;

/** Which of a page's notes were found on it, and which were not. */
export const NoteAnchorReportSchema = v.strictObject({
  anchored: v.pipe(v.array(NoteIdSchema), v.maxLength(10_000)),
  orphaned: v.pipe(v.array(NoteIdSchema), v.maxLength(10_000)),
});
export type NoteAnchorReport = v.InferOutput<typeof NoteAnchorReportSchema>;

/** The top page's address and title, as its content script reports them. */
export const PageDescriptionSchema = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(8192)),
  title,
});
export type PageDescription = v.InferOutput<typeof PageDescriptionSchema>;

/** What the popup shows about the current page. */
export const PageStatusSchema = v.strictObject({
  hostname: v.pipe(v.string(), v.maxLength(253)),
  active: v.boolean(),
  /** Marked passages currently shown (after the reader's category and occurrence settings). */
  termCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type PageStatus = v.InferOutput<typeof PageStatusSchema>;

const clueText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const optionalText = (max: number) => v.optional(clueText(max));

/**
 * What a page says about its publication date (core/page-facts/article-date.ts), as its content script
 * reads it within bounds (entrypoints/content/page-facts/article-date-clues.ts); the background reads
 * the date from it, so pages do not pay for the date parsers in their content script.
 */
export const ArticleDateCluesSchema = v.strictObject({
  jsonLd: v.pipe(v.array(clueText(200_000)), v.maxLength(30)),
  metas: v.pipe(
    v.array(
      v.strictObject({
        name: optionalText(300),
        property: optionalText(300),
        itemprop: optionalText(300),
        httpEquiv: optionalText(300),
        content: clueText(4_000),
        itemType: optionalText(300),
      }),
    ),
    v.maxLength(500),
  ),
  times: v.pipe(
    v.array(
      v.strictObject({
        datetime: optionalText(300),
        text: clueText(300),
        inHeader: v.boolean(),
        context: optionalText(600),
      }),
    ),
    v.maxLength(60),
  ),
  itempropDates: v.pipe(
    v.array(v.strictObject({ value: clueText(300), itemType: optionalText(300) })),
    v.maxLength(20),
  ),
  url: clueText(8192),
});

/** The entries a looked-up selection may name, the closest first (the page chooses among them). */
export const SelectionEntriesSchema = v.pipe(
  v.array(EntryIdSchema),
  v.minLength(1),
  v.maxLength(MAX_SELECTION_ENTRIES),
);

/** The popup's search: the query, and the entries the reader's page names (most named first). */
export const GlossaryQuerySchema = v.strictObject({
  query: v.pipe(v.string(), v.maxLength(200)),
  /** The language results are shown in (the popup's interface language). */
  language: v.picklist(['en', 'es']),
  onPage: v.pipe(v.array(EntryIdSchema), v.maxLength(2000)),
});
export type GlossaryQuery = v.InferOutput<typeof GlossaryQuerySchema>;

/** The side panel's "Terms on this page". */
/** A glossary entry marked on a page, and how many times it is marked there (core/marks/page-terms.ts). */
const PageTermCountSchema = v.strictObject({
  entryId: EntryIdSchema,
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export const PageTermsSchema = v.pipe(v.array(PageTermCountSchema), v.maxLength(10_000));

/** The data if it has the expected shape, else undefined (the message or reply is then ignored). */
export function validPayload<T extends v.GenericSchema>(
  schema: T,
  data: unknown,
): v.InferOutput<T> | undefined {
  const result = v.safeParse(schema, data);
  return result.success ? result.output : undefined;
}
