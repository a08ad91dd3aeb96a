import { describe, expect, test } from 'vitest';
import { compileMatcher } from '../../core/matching/matcher';
import { termsFromEntries } from '../../core/matching/terms';
import { countryTerms } from '../../core/names/countries';
import { nameFactsOf } from '../../core/names/entry-facts';
import { glossary } from '../../data/glossary';
import { warmUp } from '../../entrypoints/content/scan/warm-up';

describe('warmUp', () => {
  test("its sample runs the first read's code: full names, surnames, a short form, an acronym, a country", () => {
    const matcher = compileMatcher([...termsFromEntries(glossary), ...countryTerms()]);
    // Keiko Fujimori, Pedro Castillo, neoliberalismo, Sendero Luminoso, Fujimori, JNE, Castillo,
    // Shining Path, Peru; then Vizcarra, Fuerza Popular, Fujimori, balotaje, National Jury of Elections,
    // Toledo: a sample the glossary has outgrown would warm nothing.
    expect(warmUp(matcher, nameFactsOf(glossary))).toBeGreaterThanOrEqual(15);
  });
});
