import { countryOfWord } from '../names/countries';
import { HEAD_OF_STATE } from './office-holder';
import { meaningfulWords, PLAIN_WORDS } from './search-text';

/**
 * Words that say "at the time of what follows" after a question for the office holder ("quién
 * gobernaba cuando…", "president of peru during…", "qui gouvernait lors de…"), as folded phrases.
 */
const AT_THE_TIME = [
  'cuando',
  'when',
  'quando',
  'quand',
  'lors de',
  'lors du',
  'during',
  'durante',
  'pendant',
  'en tiempos de',
  'en tiempos del',
  'en la epoca de',
  'en la epoca del',
  'at the time of',
  'na epoca de',
  'na epoca do',
  'no tempo de',
  'no tempo do',
];
/** Words that ask for a government and put the time right after them: "bajo qué gobierno entregó…". */
const UNDER_WHICH =
  /^(?:bajo que gobierno|under which government|under which president|sous quel gouvernement|sob qual governo|en que gobierno|durante que gobierno) (.+)$/;
/** Who signed a law into force: the head of state of its time ("quién promulgó la ley de amnistía"). */
const WHO_SIGNED =
  /^(?:quien|who|quem|qui) (?:a )?(?:promulgo|promulgou|promulgue|promulgated|firmo|signed|enacted|sanciono|sancionou|assinou|signa) (.+)$/;
/** Words beside the office that say no more: where it sits, being in it. */
const IN_OFFICE = new Set(
  'palacio palace planalto office cargo poder power mandaba estaba estava etait in'.split(' '),
);

/**
 * The words of what happened, where a query asks who held the office at its time and says nothing
 * else of the office holder: "¿quién era presidente cuando atraparon a montesinos?" gives "atraparon
 * a montesinos"; and the countries it names beside the office. Undefined for any other query.
 */
export function askedAtTheTimeOf(query: string): { happened: string; countries: string[] } | undefined {
  const under = UNDER_WHICH.exec(query) ?? WHO_SIGNED.exec(query);
  if (under) return { happened: under[1] as string, countries: [] };
  for (const phrase of AT_THE_TIME) {
    const at = ` ${query} `.indexOf(` ${phrase} `);
    if (at <= 0) continue;
    const asking = meaningfulWords(query.slice(0, at - 1), PLAIN_WORDS);
    const happened = query.slice(at + phrase.length).trim();
    const office = asking.some((word) => HEAD_OF_STATE.has(word) || IN_OFFICE.has(word));
    const nothingElse = asking.every(
      (word) => HEAD_OF_STATE.has(word) || IN_OFFICE.has(word) || countryOfWord(word) !== undefined,
    );
    if (!office || !nothingElse || happened === '') return undefined;
    return { happened, countries: asking.flatMap((word) => countryOfWord(word) ?? []) };
  }
  return undefined;
}
