import type { OneWordNames } from './one-word-name';
import { searchKey } from './search-text';

/** The shortest name a tag is split around ("evo"). */
const MIN_JOINED_NAME = 3;
/** The shortest word read as a name of several words run together ("lavajato"). */
const MIN_RUN_TOGETHER = 6;
/** The shortest one-word name read from two words dictation split ("no boa"). */
const MIN_SPLIT_NAME = 5;

/**
 * Names typed without their spaces, or split where they have none: a tag in lower case ("#fueradina",
 * "#tiamarianova"), a name of several words run together ("lavajato"), a one-word name that dictation
 * split in two ("no boa"). Built once from every entry's names (folded).
 */
export class RunTogetherNames {
  /** Each name written without its spaces ("tiamaria", "lavajato", "evo"). */
  private readonly joined = new Map<string, string>();

  constructor(
    names: readonly (readonly string[])[],
    private readonly oneWordNames: OneWordNames,
  ) {
    for (const own of names)
      for (const name of own) {
        const joined = name.replaceAll(' ', '');
        if (joined.length >= MIN_JOINED_NAME && !this.joined.has(joined)) this.joined.set(joined, name);
      }
  }

  /** A word in lower case split around the name it begins with, or else ends with ("fueradina"). */
  readonly nameIn = (word: string): readonly string[] | undefined => {
    const folded = searchKey(word);
    if (folded !== word.toLowerCase()) return undefined;
    for (let length = folded.length - 1; length >= MIN_JOINED_NAME; length--) {
      const name = this.joined.get(folded.slice(0, length));
      if (name !== undefined) return [name, folded.slice(length)];
    }
    for (let at = 1; at <= folded.length - MIN_JOINED_NAME; at++) {
      const name = this.joined.get(folded.slice(at));
      if (name !== undefined) return [folded.slice(0, at), name];
    }
    return undefined;
  };

  /** A name of several words typed without its spaces ("lavajato", "hojaderuta"): spaced as the name. */
  spaced(query: string): string {
    return query
      .split(' ')
      .map((word) => {
        const name = word.length >= MIN_RUN_TOGETHER ? this.joined.get(word) : undefined;
        return name?.includes(' ') ? name : word;
      })
      .join(' ');
  }

  /**
   * A one-word name dictation split in two ("no boa", "mi ley"): joined, where neither half is a name
   * and together they are one, or sound like one (a misspelling is too loose: "macchu pichu").
   */
  joinedUp(query: string): string {
    const words = query.split(' ');
    for (let at = 0; at + 1 < words.length; at++) {
      const [first, second] = [words[at] as string, words[at + 1] as string];
      const joined = first + second;
      // Not a name of two words ("machu picchu").
      if (joined.length < MIN_SPLIT_NAME || /\d/.test(joined) || this.joined.get(joined)?.includes(' '))
        continue;
      const names = this.oneWordNames;
      if (names.namedNear(first).length > 0 || names.namedNear(second).length > 0) continue;
      if (names.namedNear(joined, false).length === 0) continue;
      words.splice(at, 2, joined);
    }
    return words.join(' ');
  }
}
