/**
 * A government named by whoever led it ("gobierno de vizcarra", "régime de maduro", "segundo gobierno de
 * alan garcía", "the humala government"): the reader seeks the person, unless the glossary has that
 * government as an entry of its own, named after them ("dictadura de velasco").
 */

/** Words for a government or a time in power, folded. */
const RULE = new Set(
  (
    'gobierno gobiernos government governo gouvernement regimen regime presidencia presidency presidence ' +
    'mandato mandat mandate gestion administracion administration administracao dictadura dictatorship ' +
    'ditadura dictature epoca'
  ).split(' '),
);
/** Words for it that follow the name in English ("the humala government"). */
const RULE_AFTER = new Set('government administration regime presidency dictatorship'.split(' '));
const ORDINALS = new Set(
  'primer primero segundo tercer first second third premier deuxieme primeiro terceiro'.split(' '),
);
const OF = new Set(['de', 'del', 'of', 'do', 'da', 'du']);
const ARTICLES = new Set('el la los the o a le les'.split(' '));

function withoutArticle(words: readonly string[]): readonly string[] {
  return ARTICLES.has(words[0] as string) ? words.slice(1) : words;
}

/** "and" between two who governed together ("el régimen de Fujimori y Montesinos"). */
const AND = /\s(?:y|and|e|et)\s/;

/**
 * Who a query names as having governed, folded, each apart ("alan garcia"; "fujimori", "montesinos"),
 * or nothing. After the word for a government with no "of", a word for a current names it ("régime
 * chaviste", "gobierno fujimorista"). `key`: the folded query.
 */
export function governedBy(key: string): readonly string[] {
  let words = withoutArticle(key.split(' '));
  if (ORDINALS.has(words[0] as string)) words = words.slice(1);
  let ruler: readonly string[] = [];
  if (RULE.has(words[0] as string))
    ruler = OF.has(words[1] as string) ? withoutArticle(words.slice(2)) : words.slice(1);
  else if (words.length >= 2 && RULE_AFTER.has(words.at(-1) as string)) ruler = words.slice(0, -1);
  return ruler.length > 0 ? ruler.join(' ').split(AND) : [];
}

/** Whether a name (folded) is a government's by that ruler's name: "velasco regime", "gobierno militar de velasco". */
export function namesTheirGovernment(name: string, ruler: string): boolean {
  const words = name.split(' ');
  return words.some((word) => RULE.has(word)) && ruler.split(' ').every((word) => words.includes(word));
}
