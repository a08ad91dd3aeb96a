import { editDistance } from '../edit-distance';
import { countryOfWordAlone } from '../names/countries';
import { isDateWord } from './event-dates';
import type { PrefixIndex } from './prefix-index';
import { relationOf } from './relations';
import { meaningfulWords, PLAIN_WORDS, soundKey, stem } from './search-text';

/** The rank of an entry whose one-word name a query holds, said with the query's other words. */
const ONE_WORD_NAME_SAID = 1.1;
/**
 * Its rank when other entries with that name say them too ("toledo odebrecht", "gobierno de humala"):
 * before them (prose: -1), after any name the query has more of.
 */
const ONE_WORD_NAME_AMONG = -0.5;

/** The rank of a misspelt one-word name beside a year: a name hit, as Fuse would give it spelt right. */
const MISSPELT_BESIDE_A_YEAR = 0;

/** Categories whose one-word names are common nouns ("coup", "populism"): words beside them describe others. */
const GENERAL: ReadonlySet<string> = new Set(['concept', 'ideology']);

/**
 * Words that seek someone or something else beside a name: a question or a clause ("general who ousted
 * velasco"), a time beside it ("presidente tras la renuncia de merino"), a role ("asesor de fujimori").
 */
const SEEKING_ANOTHER = new Set(
  (
    'who whom whose which quien quienes quem qui que cual after before tras antes despues apres avant depois ' +
    'during durante under bajo asesor adviser advisor ministro ministra minister premier vice vicepresidente ' +
    'vicepresidenta rival opponent opositor opositora aliado aliada ally ousted derroco derrocado replaced reemplazo'
  ).split(' '),
);

/**
 * What befalls a person, said beside their name ("juicio a fujimori", "prisión de toledo", "exílio de
 * pinochet"): the person is sought, even where no entry's summary says that word of them.
 */
const BEFALLING =
  /^(?:years?$|anos?$|ans$|months?$|meses$|mois$|juici|juzga|proces|trial|julgam|conden|sentenc|convict|prision|prison|carcel|jail|prisao|pres[oa]s?$|encarcel|arrest|detenc|deteni|detent|captur|extradi|indult|pardon|fuga|escap|exil|asil|asylum|muert|mort|death|murio|died|fallec|funeral|suicid|renunc|resign|destitu|impeach|biograf|biograph|discurs|discour|speech|victori|vitori|triunf|derrot|defeat|escandal|scandal|investiga|acusac|denunc|corrupc|corrupt|vacad|vacanc|censur|derroc|depues|depost|ousted|remov)/;

/** Words this long may be a typo away from a name ("fujimorisme" for "fujimorismo"). */
const TYPO_WORD = 6;
/** Words this long may be spelt as a name sounds ("anes" for "añez"). */
const SOUND_WORD = 4;
const NUMBER = /^\d+$/;

/**
 * Entries named by one word of a longer query ("MAS bolivia", "maduro capturado", "toledo odebrecht"),
 * where no name holds the query's other words. The entry is sought when the other words are only its
 * country ("PT brasil", "le fujimorisme au Pérou"), or when its own names or summary, and no other
 * entry's with that name, say them all: "maduro capturado" is Maduro, but "presidente tras la renuncia
 * de merino" is the one whose summary names Merino so. Years are person-hints.ts's to read.
 */
export class OneWordNames {
  private readonly docsByName = new Map<string, number[]>();
  /** Names long enough to be spelt by their sound, by how they sound (the first such name). */
  private readonly namesBySound = new Map<string, string>();
  /** Names long enough to be typed with a typo, by their first letter (a typo rarely is the first). */
  private readonly longNamesBy = new Map<string, [string, number[]][]>();

  constructor(
    names: readonly (readonly string[])[],
    private readonly texts: { names: PrefixIndex; summaries: PrefixIndex },
    private readonly categoryOf: (doc: number) => string,
  ) {
    names.forEach((own, doc) => {
      for (const name of own) {
        if (name.includes(' ') || name.length < 2) continue;
        const docs = this.docsByName.get(name) ?? [];
        if (!docs.includes(doc)) docs.push(doc);
        this.docsByName.set(name, docs);
      }
    });
    for (const entry of this.docsByName) {
      const [name] = entry;
      const sound = soundKey(name);
      if (name.length >= SOUND_WORD && !this.namesBySound.has(sound)) this.namesBySound.set(sound, name);
      if (name.length < TYPO_WORD) continue;
      const first = name[0] as string;
      this.longNamesBy.set(first, [...(this.longNamesBy.get(first) ?? []), entry]);
    }
  }

  /** Each entry so named, with its rank. `query`: folded. */
  ranks(query: string): Map<number, number> {
    const words = query.split(' ');
    const found = new Map<number, number>();
    if (words.length < 2) return found;
    for (const word of new Set(words)) {
      const others = meaningfulWords(words.filter((other) => other !== word).join(' '), PLAIN_WORDS);
      // Besides numbers, a country and the words of a date ("boluarte vacada octubre 2025").
      const rest = others.filter(
        (other) => !NUMBER.test(other) && countryOfWordAlone(other) === undefined && !isDateWord(other),
      );
      if (others.length === 0) continue;
      const name = this.nameNear(word);
      if (name === undefined) continue;
      // A name and a year are person-hints.ts's and Fuse's to read; a misspelt one ("andahuailazo 2005"),
      // which Fuse scores past its threshold beside the year, is a name found all the same.
      if (rest.length === 0 && others.every((other) => NUMBER.test(other))) {
        if (name !== word)
          for (const doc of this.named(name)) if (!found.has(doc)) found.set(doc, MISSPELT_BESIDE_A_YEAR);
        continue;
      }
      const sayingAll = rest.length === 0 ? undefined : this.sayingAll(name, rest);
      const seeksAnother = words.some((other) => SEEKING_ANOTHER.has(other) || relationOf(other));
      const befalls = rest.length > 0 && rest.every((other) => BEFALLING.test(other));
      for (const doc of this.named(name)) {
        if (sayingAll === undefined || (sayingAll.size === 1 && sayingAll.has(doc)))
          found.set(doc, ONE_WORD_NAME_SAID);
        else if (
          (sayingAll.has(doc) || (befalls && this.categoryOf(doc) === 'person')) &&
          !seeksAnother &&
          !GENERAL.has(this.categoryOf(doc)) &&
          !found.has(doc)
        )
          found.set(doc, ONE_WORD_NAME_AMONG);
      }
    }
    return found;
  }

  /** Entries whose names or summary hold `name` whole and a word beginning as each of `words`. */
  private sayingAll(name: string, words: readonly string[]): Set<number> {
    const { names, summaries } = this.texts;
    let docs = new Set([...names.lookupWord(name), ...summaries.lookupWord(name)]);
    for (const word of words) {
      if (docs.size === 0) break;
      const prefix = stem(word);
      const inNames = names.lookup(prefix);
      const inSummaries = summaries.lookup(prefix);
      docs = new Set([...docs].filter((doc) => inNames.has(doc) || inSummaries.has(doc)));
    }
    return docs;
  }

  /** Entries with `word` as a whole name. */
  named(word: string): readonly number[] {
    return this.docsByName.get(word) ?? [];
  }

  /**
   * Entries with a one-word name `word` is, sounds like or (with `misspelt`) misspells ("keyko": Keiko
   * Fujimori).
   */
  namedNear(word: string, misspelt = true): readonly number[] {
    const name = this.nameNear(word, misspelt);
    return name === undefined ? [] : this.named(name);
  }

  /**
   * The one-word name `word` is: itself, one that sounds the same ("anes" for Áñez, "serron" for
   * Cerrón), or, for a long word, one a typo away.
   */
  private nameNear(word: string, misspelt = true): string | undefined {
    if (this.docsByName.has(word)) return word;
    if (word.length < SOUND_WORD || NUMBER.test(word)) return undefined;
    const sounding = this.namesBySound.get(soundKey(word));
    if (sounding) return sounding;
    if (word.length < TYPO_WORD || !misspelt) return undefined;
    const typos = Math.floor(word.length / 5);
    for (const [name] of this.longNamesBy.get(word[0] ?? '') ?? [])
      if (Math.abs(name.length - word.length) <= typos && editDistance(word, name, typos) <= typos)
        return name;
    return undefined;
  }
}
