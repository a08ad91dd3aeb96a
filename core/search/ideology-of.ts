import { meaningfulWords, PLAIN_WORDS } from './search-text';
import type { SharedEventContext } from './shared-event';

/** Words that ask for the ideas of the one named ("antauro humala ideology", "pensamiento de mariátegui"). */
const IDEAS_WORDS: ReadonlySet<string> = new Set(
  (
    'ideology ideologies ideologia ideologias ideologie doctrine doctrina doutrina ' +
    'pensamiento thought pensamento pensee theology teologia theologie'
  ).split(' '),
);

/** Words that ask for the current gathered round the one named ("seguidores de haya de la torre"). */
const FOLLOWERS_WORDS: ReadonlySet<string> = new Set(
  (
    'seguidores seguidor followers follower supporters partidarios simpatizantes adeptos adherentes ' +
    'partisans apoiadores militantes'
  ).split(' '),
);

/** The kinds of entry that are a current of ideas, and those that gather followers. */
const IDEAS = ['ideology', 'movement'];
const FOLLOWED = ['movement', 'party', 'ideology'];

/**
 * Whose ideas are asked: a person's or a group's. Not a party's, whose own entry tells its ideas
 * ("peruvian nationalist party ideology"), nor an idea's ("populismo no es una ideología").
 */
const OF_WHOM = ['person', 'organization'];
/** The letters of a name a follower's word begins with ("chav" of "chavista"). */
const STEM = 4;

/** Besides the name and the word, this many words at most ("peruvian"). */
const OTHER_WORDS = 1;

/** What the rule reads of the glossary: an entry's kind, its names' words and what it relates to. */
export type IdeologyOfContext = SharedEventContext;

/**
 * The first current of ideas the glossary relates to the one entry a query names beside a word for
 * ideas or for followers: "antauro humala ideology" is etnocacerismo, "shining path ideology" Maoism,
 * "seguidores de alberto fujimori" fujimorismo. Not for a name that is itself such a current.
 */
export function ideologyOf(
  words: readonly string[],
  named: readonly number[],
  ctx: IdeologyOfContext,
): number | undefined {
  const ideas = words.some((word) => IDEAS_WORDS.has(word));
  const followers = words.some((word) => FOLLOWERS_WORDS.has(word));
  if (!ideas && !followers) return undefined;
  // The best named; others only share a word of its names ("humala", "fujimori").
  const [subject] = named;
  if (subject === undefined || !OF_WHOM.includes(ctx.categoryOf(subject))) return undefined;
  // A query that names the current itself asks about it ("pai da teologia da libertação").
  if (named.some((doc) => FOLLOWED.includes(ctx.categoryOf(doc)))) return undefined;
  const nameWords = new Set(named.flatMap((doc) => ctx.nameWordsOf(doc)));
  const rest = meaningfulWords(words.join(' '), PLAIN_WORDS).filter(
    (word) => !nameWords.has(word) && !IDEAS_WORDS.has(word) && !FOLLOWERS_WORDS.has(word),
  );
  if (rest.length > OTHER_WORDS) return undefined;
  const kinds = ideas ? IDEAS : FOLLOWED;
  const currents = [...(ctx.relatedOf(subject) ?? [])].filter((doc) => kinds.includes(ctx.categoryOf(doc)));
  // Followers are named after whom they follow: "chavistas" of chavismo, before the Bolivarian Revolution.
  const own = ctx.nameWordsOf(subject).filter((word) => word.length >= STEM);
  const namedAfter = currents.find((doc) =>
    ctx.nameWordsOf(doc).some((word) => own.some((name) => word.startsWith(name.slice(0, STEM)))),
  );
  return followers ? (namedAfter ?? currents[0]) : currents[0];
}
