import {
  firstAtOrAfter,
  gatherMentions,
  introducedInBlock,
  type PageMentions,
  PEOPLE_BESIDE,
} from './page-mentions';
import type { FormFacts, NameFacts, Reading } from './read-mention';

/**
 * Which glossary entry a mention names, decided the way a careful reader decides it: from what the page
 * says. One pass over the page's mentions, in reading order, after the matcher's one pass over its text.
 *
 * - A full name with the evidence it needs (its own capitals where capitals matter) names its entry and
 *   introduces it.
 * - A short form (a surname alone, an acronym, a party name several countries use, a name that is also a
 *   place) names an entry only on a page that introduces that entry: by its full proper name, or by a
 *   common noun on a page about the glossary's world. Among several introduced candidates, the nearest
 *   introduction before it in its paragraph decides; else the one the page has named most so far.
 * - A short form next to a given name, initial or surname that is not the entry's is another person:
 *   nothing, and it introduces nothing. A page that gives those words to that person before it names the
 *   entry is about that person: the same words alone name the entry nowhere on it.
 * - A case-sensitive name at a sentence start, in a capitals line (a headline) or written all in capitals
 *   has no capitals to prove it: it names its entry only on a page about the glossary's world.
 * - A common noun names its entry only on pages of its own language.
 * - A party, alliance or movement of another country ("Ireland's Workers Party", "el Frente Amplio de
 *   Costa Rica") is not the entry; a name that runs on into a longer one ("Copa Mercosur", "Lava Jato
 *   Express") names the entry only on a page about its world.
 */

/** How many entries related to a person a page must name in full for their surname alone to be theirs. */
const RELATED_NAMED = 2;
/** And for a given name or a nickname alone ("Nadine"), which others bear more often. */
const GIVEN_NAME_RELATED = 3;

/** The page-wide decision for one mention. */
export interface Decision {
  entryId: string | null;
  /** Other introduced entries the mention could name (the popover offers them). */
  alternatives: readonly string[];
}

/** The decision for mention `index` of a page, given the page's facts. */
export function decideMention(page: PageMentions, index: number): Decision {
  const reading = page.readings[index];
  if (!reading) return { entryId: null, alternatives: [] };
  if (reading.kind === 'strong' && reading.needsTopic)
    return {
      entryId: page.aboutItsWorld(reading.entryId, reading.needsTopic === 'country') ? reading.entryId : null,
      alternatives: [],
    };
  if (reading.kind === 'strong')
    return {
      entryId: page.fullNameGivenAway(reading.entryId, index) ? null : reading.entryId,
      alternatives: [],
    };
  if (reading.kind !== 'weak') return { entryId: null, alternatives: [] };
  if (reading.owned) {
    // Its country beside it names it, unless the page gave these words to something else first ("APP
    // (asociaciones público-privadas) … las APP peruanas").
    const namesake = givenAwayAs(page, reading.owned, reading.surface);
    const givenFirst = namesake !== undefined && namesake.at < firstIntroduction(page, reading.owned);
    return { entryId: givenFirst ? null : reading.owned, alternatives: [] };
  }
  const block = page.blocks?.[index];
  // An everyday word ("golpe") needs names in its own block; a term of several words ("segunda vuelta"
  // under a results table) a page mostly about its world (not a sports page with a politics sidebar).
  // So is one the page already used beside names ("venceu o segundo turno" by the winner's name, then
  // "a participação no segundo turno").
  const inNamingBlock =
    page.onTopic &&
    ((reading.words === 'several' &&
      (page.mostlyNaming || reading.nouns.some((entryId) => page.nounBesideNames(entryId)))) ||
      page.namingBlocks.has(block));
  const candidates =
    reading.words === 'several'
      ? reading.candidates.filter((entryId) => !page.namesAnotherCountrys(entryId, index))
      : reading.candidates;
  return decideWeak(
    { candidates, nouns: reading.nouns },
    (entryId) => {
      if (page.fullNameGivenAway(entryId, index)) return undefined;
      // "Pero Barrios Altos no quiere ser solo un lugar de duelo": on a page that names the place as a
      // place, a sentence that speaks of no crime names the place.
      if (reading.told === false && page.namedAsPlace.has(entryId)) return undefined;
      // "lo juzgan por La Cantuta y Barrios Altos": on a page about the glossary's world, a sentence that
      // speaks of a crime, a trial or a ruling names the crime known by that place.
      if (reading.told && page.onTopic) return 'noun';
      // A page that gives these words to someone else before it names the entry is about that one:
      // "Álvaro Vargas Llosa (born 1966) … son of Mario Vargas Llosa … Vargas Llosa was born in Lima".
      const introductions = page.introductions.get(entryId);
      const namesake = givenAwayAs(page, entryId, reading.surface);
      const givenAway = namesake !== undefined;
      // A name readers know alone is the entry's before the page gives it away ("Perón … Eva Perón").
      const givenEarlier = givenAway && namesake.at < index;
      // "Beatriz Allende … el expresidente Allende": a head of state's title says which Allende.
      // So too on a page that names that one in full ("el expresidente Álvaro Uribe … sus hijos Tomás y
      // Jerónimo Uribe … el expresidente Uribe").
      // And on a page mostly about their country ("Karina Milei … el presidente Milei").
      const titleFits = () =>
        (page.onTopic || page.properEntries.has(entryId) || page.ofLeadingCountry(entryId)) &&
        !page.fullNameGivenAway(entryId, index);
      if ((reading.presidentTitled ?? reading.governing)?.includes(entryId) && titleFits()) return 'noun';
      // "Karina Milei … el presidente Milei … Milei dijo": once the page calls the head of state by their
      // title and surname, the surname alone is theirs; the relative keeps a given name.
      const titledAt = page.titledAt.get(entryId);
      if (givenAway && candidates.length === 1 && titledAt !== undefined && titledAt < index && titleFits())
        return 'noun';
      // "condenação de Bolsonaro, Eduardo Bolsonaro… Bolsonaro intensificou": a page that called them by
      // the surname alone (and that mention named them) before it named a relative keeps calling them so
      // past the relative's paragraph; the relative keeps a given name. In that paragraph the surname may
      // be the relative's ("la figura de Eva Perón… Perón es citado"). (The earlier mention came before
      // the namesake: no loop.)
      const aloneAt = page.aloneFirstAt.get(entryId);
      if (
        givenEarlier &&
        page.blocks?.[namesake.at] !== block &&
        candidates.length === 1 &&
        aloneAt !== undefined &&
        aloneAt < namesake.at &&
        titleFits() &&
        decideMention(page, aloneAt).entryId === entryId
      )
        return 'noun';
      // "Esther Morales, irmã de Evo Morales … a irmã de Morales": the kin's relative, named in full before.
      if (givenAway && reading.kinOf && candidates.length === 1 && firstIntroduction(page, entryId) < index)
        return 'noun';
      const givenBefore = givenEarlier || (givenAway && !reading.alone?.includes(entryId));
      if (givenBefore && namesake.at < firstIntroduction(page, entryId)) return undefined;
      // "García (desambiguación)": Alan, Gabriel García Márquez, Federico García Lorca, Andy García…
      // Not before the first namesake, on a page that named the entry in full before it ("Daniel Noboa …
      // Noboa … his grandfather Luis Noboa Naranjo … Grupo Noboa").
      const namedBeforeNamesakes = !givenEarlier && firstIntroduction(page, entryId) < index;
      if (givenAway && page.sharedSurnames.has(entryId) && !namedBeforeNamesakes) return undefined;
      if (page.properEntries.has(entryId)) return 'proper';
      if (introductions) {
        // An everyday word ("golpe", "coup") introduced only as a common noun: in that block, or next to
        // names. A price rise is "otro golpe para las familias" a paragraph after "golpe de Estado".
        const everyday = reading.nouns.includes(entryId);
        if (!everyday || inNamingBlock || introducedInBlock(introductions, index, page.blocks)) return 'noun';
      }
      // "el JNE", "PPK", "la CVR": a page about its country writes its acronyms without spelling them out.
      const acronymOfThePage =
        reading.acronym && reading.candidates.length === 1 && page.ofLeadingCountry(entryId);
      if (acronymOfThePage && page.onTopic && !page.namesAnotherCountrys(entryId, index)) return 'noun';
      // "Alberto Fujimori … his daughter Keiko", "Southern Copper … Tía María": one of the entry's
      // introducers (EntryFacts.introducedBy), named in full in the mention's paragraph, introduces it
      // where the mention can name no one else.
      if (
        reading.candidates.length === 1 &&
        !givenEarlier &&
        !reading.acronym &&
        !reading.nouns.includes(entryId) &&
        page.introducerNamedBeside(entryId, index)
      )
        return 'noun';
      // "Lula", "Boluarte": a surname no one else in the news has, on a page about the glossary's world,
      // unless the page gave it to someone else before ("Eva Perón … Perón"; not "Perón … Eva Perón").
      if (
        reading.alone?.includes(entryId) &&
        (page.onTopic || page.ofLeadingCountry(entryId)) &&
        !givenEarlier
      )
        return 'noun';
      // "El Congreso de la República", "the Workers' Party": on a page about its world and country (or
      // one that names someone in full, whose country it names most); so named, it introduces its other
      // short forms ("the Workers' Party (PT)").
      const severalWords = reading.words === 'several' || page.namedInFull.has(entryId);
      if (
        severalWords &&
        (page.onTopic || page.properEntries.size > 0) &&
        page.namesCountryOf(entryId, index)
      )
        return 'noun';
      // "Fujimori 3, Castillo 2, Boluarte 2, Toledo 1, Vizcarra 1": a surname among three or more people
      // of its country that its paragraph names (by a full name, or a surname readers know alone) is one
      // of them too, where it can name no one else of the glossary.
      if (page.onTopic && candidates.length === 1 && page.peopleBeside(entryId, index) >= PEOPLE_BESIDE)
        return 'noun';
      // Named so in one paragraph, the surname is that person's in the others too ("Toledo, Humala,
      // Kuczynski y Vizcarra" in one post, "Vizcarra fue el peor" in the next).
      // Only in a paragraph that names something of the glossary's world itself: "mi cocinero favorito
      // sigue siendo Merino, el del chifa" is no one's.
      if (
        page.onTopic &&
        candidates.length === 1 &&
        !givenEarlier &&
        page.namedAmongPeople.has(entryId) &&
        page.namingBlocks.has(block)
      )
        return 'noun';
      // "Evo llama a … / Morales renunció": a given name and a surname of one person, each alone, on a
      // page about the glossary's world, name that person as their full name would.
      if (page.onTopic && !givenEarlier && page.namedByTwoShortForms.has(entryId)) return 'noun';
      // "Humala … Heredia … the Nationalist Party … Odebrecht": a surname whose person the page relates
      // to RELATED_NAMED entries named in full, more than it relates any other candidate, is theirs; a
      // surname the glossary's people share ("Fujimori", "Humala") needs one: the family is of the
      // glossary's world, the page tells which of them. A given name or a nickname asks for more (below).
      if (
        page.onTopic &&
        !givenEarlier &&
        reading.surnameOf?.includes(entryId) &&
        page.relatedNamed(entryId) >= (candidates.length > 1 ? 1 : RELATED_NAMED) &&
        candidates.every(
          (other) => other === entryId || page.relatedNamed(other) < page.relatedNamed(entryId),
        )
      )
        return 'noun';
      // A given name or a nickname (a person's, capitalized) asks for more: GIVEN_NAME_RELATED of the
      // person's related entries named on the page ("Nadine" beside Humala, Odebrecht and Lava Jato), or
      // a person related to them named in its own paragraph ("Castillo y Keiko").
      if (
        page.onTopic &&
        !givenEarlier &&
        candidates.length === 1 &&
        reading.givenName &&
        (page.relatedNamed(entryId) >= GIVEN_NAME_RELATED || page.relatedInBlock(entryId, index))
      )
        return 'noun';
      return undefined;
    },
    inNamingBlock,
    (entries) => chooseIntroduced(entries, page, index),
  );
}

/** Where the page first gave these very words (`surface`) to someone or something else, if it did. */
function givenAwayAs(
  page: PageMentions,
  entryId: string,
  surface: FormFacts | undefined,
): { readonly at: number } | undefined {
  const namesake = page.namesakes.get(entryId);
  return namesake !== undefined && namesake.surface === surface ? namesake : undefined;
}

/** The reading index of the page's first introduction of the entry, or infinity. */
function firstIntroduction(page: PageMentions, entryId: string): number {
  return page.introductions.get(entryId)?.[0] ?? Number.POSITIVE_INFINITY;
}

/** Decides every mention of a page given in reading order (see gatherMentions). */
export function resolveMentions(
  readings: readonly Reading[],
  names: NameFacts,
  blocks?: readonly unknown[],
): Decision[] {
  const page = gatherMentions(readings, names, blocks);
  return readings.map((_, index) => decideMention(page, index));
}

/**
 * A short form's entry: among its candidates, those the page introduces (by a full proper name, or by a
 * common noun), and where the page is about the glossary's world (`onTopic`: the page, and the mention's
 * own block) the ones it names as a common noun of the page's language; the nearest introduction deciding.
 */
function decideWeak(
  reading: { candidates: readonly string[]; nouns: readonly string[] },
  introducedBy: (entryId: string) => 'proper' | 'noun' | undefined,
  onTopic: boolean,
  nearest: (entries: readonly string[]) => string,
): Decision {
  const introduced = reading.candidates.filter(
    (entryId) => introducedBy(entryId) !== undefined || (onTopic && reading.nouns.includes(entryId)),
  );
  if (introduced.length === 0) return { entryId: null, alternatives: [] };
  const chosen = introduced.length === 1 ? (introduced[0] as string) : nearest(introduced);
  return { entryId: chosen, alternatives: introduced.filter((entryId) => entryId !== chosen) };
}

/**
 * Among introduced entries, the one mention `index` names: the one introduced nearest before it where
 * that introduction is in its own paragraph; else the one the page has named most so far, the nearest
 * among equals. A fact-check about Alberto Fujimori that names Keiko in passing keeps "Fujimori" his.
 */
function chooseIntroduced(entries: readonly string[], page: PageMentions, index: number): string {
  const nearest = nearestIntroduced(entries, page.introductions, index);
  const at = page.introductions.get(nearest) ?? [];
  const before = at[firstAtOrAfter(at, index) - 1];
  if (before !== undefined && page.blocks?.[before] === page.blocks?.[index]) return nearest;
  const namedSoFar = (entryId: string) => firstAtOrAfter(page.introductions.get(entryId) ?? [], index);
  // Named as often: the one the page named first, its subject ("Keiko Fujimori, hija de Alberto Fujimori").
  const firstNamed = (entryId: string) => page.introductions.get(entryId)?.[0] ?? Number.POSITIVE_INFINITY;
  let chosen = nearest;
  for (const entryId of entries) {
    const more = namedSoFar(entryId) - namedSoFar(chosen);
    if (more > 0 || (more === 0 && firstNamed(entryId) < firstNamed(chosen))) chosen = entryId;
  }
  return chosen;
}

/** Among introduced entries: the one introduced nearest before `index`; with none before, the first after. */
function nearestIntroduced(
  entries: readonly string[],
  introductions: ReadonlyMap<string, readonly number[]>,
  index: number,
): string {
  let best = entries[0] as string;
  let bestBefore = -1;
  let bestAfter = Number.POSITIVE_INFINITY;
  for (const entryId of entries) {
    // Positions are in reading order: found by halving, as a long page introduces an entry many times.
    const at = introductions.get(entryId) ?? [];
    const first = firstAtOrAfter(at, index);
    const before = at[first - 1] ?? -1;
    const after = at[at[first] === index ? first + 1 : first] ?? Number.POSITIVE_INFINITY;
    if (before > bestBefore || (bestBefore === -1 && before === -1 && after < bestAfter)) {
      best = entryId;
      bestBefore = before;
      bestAfter = after;
    }
  }
  return best;
}
