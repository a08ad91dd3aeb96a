import type { Matcher, TermMatch } from '../matching/matcher';
import { languageOfText, type PageLanguage } from '../page-facts/page-language';
import { mentionContext } from './mention-context';
import { type NameFacts, type Reading, readMention } from './resolve';

/**
 * How each match of a page is read (core/names/resolve.ts), for one matcher, page language and set of
 * entries. A full proper name that only one entry has, with no capitals to check, is read at once; the
 * rest look at the forms they share and at the words around them.
 */
export function matchReader(
  matcher: Matcher,
  language: PageLanguage,
  names: NameFacts,
): (text: string, match: TermMatch) => Reading {
  // Readings are never changed once made: a full name's, most of a page's, is shared by its mentions.
  const fullNames = new Map<string, Reading>();
  return (text, match) => {
    const form = match.form === undefined ? undefined : matcher.form(match.form);
    if (form && !form.short && !form.caseSensitive && !form.nounOf && !form.country) {
      let reading = fullNames.get(form.entryId);
      if (!reading) {
        reading = { kind: 'strong', entryId: form.entryId, proper: true };
        fullNames.set(form.entryId, reading);
      }
      return reading;
    }
    const forms = matcher.formsMatching(text, match).map((index) => matcher.form(index));
    // A common noun of another language than the page's: a paragraph in that language may quote it.
    // Only names are read by the words around them: a common noun or a country (most of a page's
    // matches besides full names) is decided by its forms alone, and on a long page the words around
    // every mention are most of the reading's cost.
    let foreignNoun = false;
    let byContext = false;
    for (const one of forms) {
      if (one.nounOf && one.nounOf.length > 0 && !one.nounOf.includes(language)) foreignNoun = true;
      if (!one.country && (one.caseSensitive || one.short || !one.nounOf || one.nounOf.length === 0))
        byContext = true;
    }
    const here = foreignNoun ? (blockLanguage(text) ?? language) : language;
    return readMention(
      forms,
      byContext ? mentionContext(text, match.start, match.end) : undefined,
      here,
      names,
    );
  };
}

let lastBlock: { text: string; language: PageLanguage | undefined } | undefined;

/**
 * The language a block's own function words lead with (at least two, more than any other): enough to
 * read one noun by, though a block is too short for the page-wide certainty of languageOfText.
 */
function blockLanguage(text: string): PageLanguage | undefined {
  if (lastBlock?.text !== text) {
    const ranked = Object.entries(languageOfText(text).hits).sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    const leads = first !== undefined && first[1] >= 2 && first[1] > (second?.[1] ?? 0);
    lastBlock = { text, language: leads ? (first[0] as PageLanguage) : undefined };
  }
  return lastBlock.language;
}
