/**
 * Hashtags and handles as readers paste them ("#FueraCastillo", "#CVR20Años", "@CFKArgentina",
 * "@OEA_oficial", "@evoespueblo"): their words, spelt out, so that search reads them as a query.
 */

/** A hashtag or a handle: the sign, at a word's start (not an e-mail's "@"), and its letters. */
const TAG = /(^|[\s(])[#@]([\p{L}\p{N}_]+)/gu;

/**
 * The query with each tag's words apart: at a change from lower to upper case ("FueraCastillo"), from a
 * run of capitals to a capitalized word ("CFKArgentina"), between letters and digits ("CVR20Años"), and
 * at underscores. A tag in lower case alone ("evoespueblo", "fueradina") is split around the name it
 * begins or ends with, where `nameIn` finds one (the parts), else left whole. A tag with a name among its
 * words (`isName`) is that name alone: the rest is a slogan or an account's suffix ("@MashiRafael",
 * "@ppkamigo").
 */
export function spellOutTags(
  query: string,
  nameIn: (word: string) => readonly string[] | undefined,
  isName: (word: string) => boolean,
): string {
  return query.replace(TAG, (_, before: string, body: string) => {
    const spelt = body
      .replace(/_+/g, ' ')
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
      .replace(/(\p{L})(\p{N})/gu, '$1 $2')
      .replace(/(\p{N})(\p{L})/gu, '$1 $2');
    const words = spelt
      .split(' ')
      .flatMap((word) => (word !== word.toLowerCase() ? [word] : (nameIn(word) ?? [word])));
    // A tag that holds a name stands for it: "#FueraCastillo", "@OEA_oficial", "#LulaLivre".
    const named = words.find(isName);
    return `${before} ${named ?? words.join(' ')} `;
  });
}
