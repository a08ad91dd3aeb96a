/**
 * People by the initials of their names ("M.C.M." María Corina Machado, "R.L.A." Rafael López Aliaga,
 * "V.R.H.T." Víctor Raúl Haya de la Torre): what a query of a few letters that nothing else has may be.
 */

/** Words a name joins its parts with, skipped by initials ("Haya de la Torre": H, T). */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'do', 'dos', 'das', 'y', 'e']);

/** The initials of a folded name of two words or more ("maria corina machado" → "mcm"), or undefined. */
export function initialsOf(name: string): string | undefined {
  const words = name.split(' ').filter((word) => word !== '' && !PARTICLES.has(word));
  return words.length >= 2 ? words.map((word) => word[0]).join('') : undefined;
}

/** Entries by the initials of their names, each at most once per entry. */
export class InitialsIndex {
  private readonly docsByInitials = new Map<string, number[]>();

  /** `names`: each entry's folded names (people only: parties go by their acronyms). */
  constructor(names: readonly (readonly string[] | undefined)[]) {
    names.forEach((own, doc) => {
      for (const name of own ?? []) {
        const initials = initialsOf(name);
        if (initials === undefined || initials.length < 3) continue;
        const docs = this.docsByInitials.get(initials) ?? [];
        if (!docs.includes(doc)) docs.push(doc);
        this.docsByInitials.set(initials, docs);
      }
    });
  }

  /** Entries one of whose names has exactly these initials (`letters`: a folded word). */
  lookup(letters: string): readonly number[] {
    return this.docsByInitials.get(letters) ?? [];
  }
}
