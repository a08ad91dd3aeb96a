import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../core/matching/matcher';
import { termsFromEntries } from '../../core/matching/terms';
import { countryTerms } from '../../core/names/countries';
import { nameFactsOf } from '../../core/names/entry-facts';
import { mentionContext } from '../../core/names/mention-context';
import { matchReader } from '../../core/names/read-match';
import type { Reading } from '../../core/names/read-mention';
import { resolveMentions } from '../../core/names/resolve';
import { resolveParagraphs } from '../../core/names/resolve-text';
import type { PageLanguage } from '../../core/page-facts/page-language';
import { glossary } from '../../data/glossary';
import { loadCorpus, scoreCorpus } from './names-corpus';
import { ENGLISH_WORDS, fillerWords, generateProse, Random, SPANISH_WORDS } from './text-noise';

const matcher = compileMatcher([...termsFromEntries(glossary), ...countryTerms()]);
const entryFacts = nameFactsOf(glossary);

/** A labelled corpus resolved page by page keeps at least its labels, precision and recall. */
function expectCorpusHolds(
  corpus: ReturnType<typeof loadCorpus>,
  bar: { labelled: number; precision: number; recall: number },
): void {
  const score = scoreCorpus(corpus, (paragraphs, language) =>
    resolveParagraphs(paragraphs, matcher, language, entryFacts),
  );
  expect(score.labelled).toBeGreaterThanOrEqual(bar.labelled);
  expect(score.precision, score.problems.join('\n')).toBeGreaterThanOrEqual(bar.precision);
  expect(score.recall).toBeGreaterThanOrEqual(bar.recall);
}

/** What a page of paragraphs marks: "surface=entry" in reading order. */
function marksOf(text: string, language: PageLanguage = 'en'): string[] {
  const paragraphs = text.split('\n\n');
  return resolveParagraphs(paragraphs, matcher, language, entryFacts).map(
    (mark) => `${paragraphs[mark.paragraph]?.slice(mark.start, mark.end)}=${mark.entryId}`,
  );
}

describe('names: the mistakes readers reported are gone', () => {
  it('García after Gabriel García Márquez is the novelist, not Alan García', () => {
    expect(
      marksOf('Gabriel García Márquez wrote his memoirs in Mexico. García later said he was tired.'),
    ).toEqual([]);
  });

  it('a byline "By Ahiza Garcia" marks nothing', () => {
    expect(marksOf('By Ahiza Garcia\n\nThe match ended 2-1 after extra time.')).toEqual([]);
  });

  it('Toledo, the city in Spain, is not Alejandro Toledo', () => {
    expect(marksOf('Toledo, the old capital of Spain, draws tourists to its cathedral.')).toEqual([]);
  });

  it('on a page about Keiko Fujimori, "Fujimori said" is Keiko', () => {
    expect(
      marksOf(
        'Keiko Fujimori launched her fourth bid for the presidency of Peru. Fujimori said she would win.',
      ),
    ).toEqual(['Keiko Fujimori=keiko-fujimori', 'Fujimori=keiko-fujimori']);
  });

  it('Kirchner after Cristina Fernández de Kirchner is Cristina', () => {
    expect(
      marksOf(
        'Cristina Fernández de Kirchner habló en Buenos Aires. Kirchner dijo que apelará el fallo.',
        'es',
      ),
    ).toEqual([
      'Cristina Fernández de Kirchner=cristina-fernandez-de-kirchner',
      'Kirchner=cristina-fernandez-de-kirchner',
    ]);
  });

  it('"Hoy gana Perú" on a sports page is not the Gana Perú alliance', () => {
    expect(marksOf('Hoy gana Perú o se despide del Mundial.', 'es')).toEqual([]);
    expect(marksOf('Gana Perú y respira: la selección venció 2-0 a Bolivia.', 'es')).toEqual([]);
  });

  it('"southern Peru" in a weather story is not Southern Copper', () => {
    expect(marksOf('Frost is expected in southern Peru this weekend, with lows of minus 15.')).toEqual([]);
  });

  it('"Le SAS est sur le coup" on a French page is not a coup d’état', () => {
    expect(marksOf('Le SAS est sur le coup depuis lundi.', 'fr')).toEqual([]);
  });

  it('a club’s "coup" on a sports page is not a coup d’état; on a page about Peru’s politics it is', () => {
    expect(marksOf('Signing the striker was a coup for the club.')).toEqual([]);
    expect(
      marksOf('Pedro Castillo tried to dissolve Peru’s Congress in December 2022. Critics called it a coup.'),
    ).toEqual(['Pedro Castillo=pedro-castillo', 'Peru’s Congress=congress-of-peru', 'coup=coup-d-etat']);
  });
});

describe('names: what a second round of new articles found (tests/fixtures/names, 2026-12-03)', () => {
  it('a headline in capitals names the parties it writes in capitals, on a page about their world', () => {
    expect(
      marksOf(
        'FUERZA POPULAR VOTARÁ CONTRA LA VACANCIA\n\nLa bancada de Keiko Fujimori anunció su voto en el Congreso del Perú.',
        'es',
      ),
    ).toEqual([
      'FUERZA POPULAR=fuerza-popular',
      'Keiko Fujimori=keiko-fujimori',
      'Congreso del Perú=congress-of-peru',
    ]);
    // A sports headline: the same capitals prove nothing on a page not about the glossary's world.
    expect(marksOf('GANA PERÚ Y SUEÑA CON EL MUNDIAL\n\nLa selección venció 2-0 a Chile.', 'es')).toEqual([]);
  });

  it('La Paz, the city, is not Rodrigo Paz; "Paz said" after his full name is', () => {
    expect(
      marksOf(
        'Rodrigo Paz was sworn in as Bolivia’s president in La Paz. Paz promised to end fuel shortages.',
      ),
    ).toEqual(['Rodrigo Paz=rodrigo-paz', 'Paz=rodrigo-paz']);
  });

  it('an everyday "golpe" a paragraph away from "golpe de Estado" is not a coup; in its paragraph it is', () => {
    const page = [
      'El intento de golpe de Estado de diciembre de 2022 sigue en los tribunales. El golpe fracasó en horas.',
      'Mientras tanto, el alza del precio del pollo fue otro golpe para las familias de Lima.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual(['golpe de Estado=coup-d-etat', 'golpe=coup-d-etat']);
  });

  it('a given name "Salvador" is no country: "el premier Salvador del Solar" leaves the paragraph Peru’s', () => {
    const page =
      'El 30 de septiembre de 2019, luego de que el premier Salvador del Solar pidiera la confianza, Martín Vizcarra disolvió el Congreso. El Congreso quería nombrar a un miembro del Tribunal Constitucional.';
    expect(marksOf(page, 'es')).toContain('Tribunal Constitucional=constitutional-tribunal-peru');
  });

  it('a city’s name inside a person’s ("Rosario Fernández") is no country; a country’s people still are', () => {
    const page =
      'La periodista Rosario Fernández entrevistó a Dina Boluarte sobre el cierre del Congreso de la República.';
    expect(marksOf(page, 'es')).toContain('Congreso de la República=congress-of-peru');
    // "el Estado salvadoreño": its people's word says the country, a capital before it or not.
    const other =
      'El Estado salvadoreño fue condenado por la Corte Interamericana. Exigen el cierre del Congreso de la República.';
    expect(marksOf(other, 'es')).not.toContain('Congreso de la República=congress-of-peru');
  });

  it('"el Congreso de la República" is Peru’s beside the only Peruvian named in full, with no country word', () => {
    const page =
      'Los manifestantes de Puno marcharon contra el gobierno de Dina Boluarte. Exigen el cierre del Congreso de la República y nuevas elecciones.';
    expect(marksOf(page, 'es')).toEqual([
      'Dina Boluarte=dina-boluarte',
      'Congreso de la República=congress-of-peru',
    ]);
    // A page naming no one in full says whose congress nothing.
    const bare = 'Los manifestantes marcharon en Bogotá. Exigen el cierre del Congreso de la República.';
    expect(marksOf(bare, 'es')).toEqual([]);
  });

  it('"el Congreso de la República" and "el Tribunal Constitucional" are Peru’s on a page about Peru', () => {
    const page =
      'El Congreso de la República aprobó la vacancia de Martín Vizcarra. El Tribunal Constitucional del Perú no intervino; en Perú la medida fue polémica.';
    expect(marksOf(page, 'es')).toContain('Congreso de la República=congress-of-peru');
    // A page about Colombia's congress names no entry of Peru's: its Congreso de la República is not Peru's.
    expect(
      marksOf('El Congreso de la República de Colombia aprobó la reforma de Gustavo Petro en Bogotá.', 'es'),
    ).toEqual(['Gustavo Petro=gustavo-petro']);
  });

  it('a name other countries share is Peru’s only on a page mostly about Peru, in a paragraph naming Peru or no country', () => {
    const chile =
      'Gabriel Boric defendió en Santiago la reforma ante el Tribunal Constitucional. Chile y Perú firmaron ayer un acuerdo; el gobierno chileno lo celebró. La decisión de Chile es histórica.';
    expect(marksOf(chile, 'es').filter((mark) => mark.startsWith('Tribunal'))).toEqual([]);
    const peru =
      'Dina Boluarte y el Congreso del Perú chocaron.\n\nEl Tribunal Constitucional falló el lunes.\n\nEl Tribunal Constitucional también falló, pero en Chile el caso no tuvo eco.';
    expect(marksOf(peru, 'es').filter((mark) => mark.startsWith('Tribunal'))).toEqual([
      'Tribunal Constitucional=constitutional-tribunal-peru',
    ]);
  });

  it('a paragraph about Peru’s neighbours leaves their tribunal alone, even where it names Peru too', () => {
    const page =
      'Lima. Keiko Fujimori y Dina Boluarte chocaron otra vez; el Tribunal Constitucional falló a favor del Congreso.\n\nEl caso peruano recuerda a otros. En Venezuela se aprobó una amnistía, y en España el Tribunal Constitucional la avaló.';
    expect(marksOf(page, 'es').filter((mark) => mark.startsWith('Tribunal'))).toEqual([
      'Tribunal Constitucional=constitutional-tribunal-peru',
    ]);
  });

  it('a Spanish legal term of several words in an English column names its entry; a lone "golpe" does not', () => {
    const page =
      'Martín Vizcarra was removed by invoking “incapacidad moral permanente”, a clause Congress of the Republic of Peru has used often. Critics called it a golpe.';
    const marks = marksOf(page);
    expect(marks).toContain('incapacidad moral permanente=presidential-vacancy');
    expect(marks.filter((mark) => mark.startsWith('golpe='))).toEqual([]);
  });
});

describe('names: the country a page is about (pages about other countries naming Peru in passing, 2026-12-03)', () => {
  it('every country the page names counts, and the place it is written from: Guatemala’s congress is not Peru’s', () => {
    const guatemala =
      'Ciudad de Guatemala. El Congreso de la República rechazó el presupuesto de Bernardo Arévalo.\n\nAnalistas lo comparan con Dina Boluarte en el Perú. En Guatemala el Congreso de la República no intentó destituirlo.';
    expect(marksOf(guatemala, 'es')).toEqual(['Dina Boluarte=dina-boluarte']);
    const madrid =
      'Madrid. El Tribunal Constitucional avaló la ley. Pedro Sánchez lo celebró en Madrid.\n\nEl Nobel peruano Mario Vargas Llosa la había criticado.';
    expect(marksOf(madrid, 'es').filter((mark) => mark.startsWith('Tribunal'))).toEqual([]);
  });

  it('a short form followed by its own country is the entry’s, on a page about another country', () => {
    const page = (qualifier: string) =>
      `Madrid. El Tribunal Constitucional desestimó los recursos contra la amnistía. Pedro Sánchez lo celebró en España.\n\nEn Lima, la demanda contra la ley que promulgó Dina Boluarte espera turno en el Tribunal Constitucional${qualifier}.`;
    expect(marksOf(page(' peruano'), 'es')).toEqual([
      'Dina Boluarte=dina-boluarte',
      'Tribunal Constitucional=constitutional-tribunal-peru',
    ]);
    expect(marksOf(page(''), 'es')).toEqual(['Dina Boluarte=dina-boluarte']);
  });

  it('a surname known alone names its entry on a page about the glossary’s world, without its full name', () => {
    const page =
      'Pedro Castillo e Gabriel Boric chegaram ao poder. Lula voltou ao Planalto; Boluarte caiu em 2025.';
    expect(marksOf(page, 'pt')).toEqual([
      'Pedro Castillo=pedro-castillo',
      'Gabriel Boric=gabriel-boric',
      'Lula=lula-da-silva',
      'Boluarte=dina-boluarte',
    ]);
    // Not on a page about something else, not written in lower case, not where the page gives the
    // surname to someone else.
    expect(marksOf('Lula, the family dog, chased the ball across the park.')).toEqual([]);
    expect(
      marksOf('Keiko Fujimori and Pedro Castillo debated; boric acid is a mild antiseptic.'),
    ).not.toContain('boric=gabriel-boric');
    expect(
      marksOf('Keiko Fujimori viajó a Brasilia. Bolsonaro recibió al diputado Eduardo Bolsonaro.', 'es'),
    ).toEqual(['Keiko Fujimori=keiko-fujimori']);
    // A surname many people share still needs the full name first, or a person the glossary relates to
    // its bearer named in the same paragraph (his 2021 rival here).
    expect(
      marksOf('Martín Vizcarra y Francisco Sagasti discutieron. Castillo no respondió.', 'es'),
    ).not.toContain('Castillo=pedro-castillo');
    expect(marksOf('Keiko Fujimori y Martín Vizcarra discutieron. Castillo no respondió.', 'es')).toContain(
      'Castillo=pedro-castillo',
    );
  });

  it('a place or school named after a person is not the person', () => {
    expect(
      marksOf(
        'El tránsito se desvía por la avenida José Carlos Mariátegui. Racing ganó en el estadio Presidente Juan Domingo Perón. El colegio Haya de la Torre cerró.',
        'es',
      ),
    ).toEqual([]);
    expect(marksOf('The match was played at the Salvador Allende Stadium in Santiago.')).toEqual([]);
    expect(marksOf('José Carlos Mariátegui publicó sus Siete ensayos en 1928.', 'es')).toEqual([
      'José Carlos Mariátegui=jose-carlos-mariategui',
    ]);
  });

  it('a page about Peru writes its acronyms without spelling them out; a headline in capitals has none', () => {
    const page =
      'Keiko Fujimori y Rafael López Aliaga pidieron al JNE revisar las actas. En el Perú, la CVR y el MRTA volvieron al debate.';
    expect(marksOf(page, 'es')).toEqual([
      'Keiko Fujimori=keiko-fujimori',
      'Rafael López Aliaga=rafael-lopez-aliaga',
      'JNE=jne',
      'CVR=truth-reconciliation-commission-peru',
      'MRTA=mrta',
    ]);
    // In a line all in capitals a word in capitals is no acronym; on a page about another country the
    // acronym is that country's ("la CVR sud-africaine"); an acronym of no country (OAS, the Brazilian
    // builder) needs its entry introduced.
    expect(marksOf('KEIKO FUJIMORI Y RAFAEL LÓPEZ ALIAGA ACUDEN AL JNE EN EL PERÚ', 'es')).not.toContain(
      'JNE=jne',
    );
    expect(
      marksOf(
        'Le Cap. La CVR sud-africaine a entendu 21 000 victimes.\n\nAu Pérou, Alberto Fujimori et le Sentier lumineux ont marqué deux décennies.',
        'fr',
      ).filter((mark) => mark.startsWith('CVR')),
    ).toEqual([]);
    expect(
      marksOf('Keiko Fujimori y Alan García aparecen en las agendas de OAS y Odebrecht en el Perú.', 'es'),
    ).not.toContain('OAS=oas');
  });

  it('a nickname or a given name that is also a demonym says nothing of the country ("el Chino", Germán)', () => {
    const page =
      'Alberto Fujimori, el Chino, y su hija Keiko Fujimori: el Chino volvió a la política.\n\nEl Tribunal Constitucional falló a su favor.';
    expect(marksOf(page, 'es')).toContain('Tribunal Constitucional=constitutional-tribunal-peru');
  });

  it('the opening paragraph (its dateline, its lead) counts twice for the country a page is about', () => {
    const mexico = [
      'Ciudad de México. Miles de jóvenes mexicanos marcharon en la marcha de la Generación Z.',
      'Claudia Sheinbaum dijo que detrás de la Generación Z está la oposición.',
      'El mismo símbolo ondeó en el Perú, donde Dina Boluarte cayó ante el Congreso peruano.',
    ].join('\n\n');
    expect(marksOf(mexico, 'es').filter((mark) => mark.includes('gen-z'))).toEqual([]);
  });

  it('a short form a qualified full name introduced means the other country’s thing on its page, except right after', () => {
    const chile = [
      'Con Salvador Allende la reforma agraria chilena se aceleró en Chile.',
      'Se la compara con la reforma agraria peruana de 1969, aunque aquella reforma agraria la impuso un gobierno militar.',
      'Para las familias del campo chileno, la reforma agraria fue su primera propiedad.',
    ].join('\n\n');
    expect(marksOf(chile, 'es')).toEqual([
      'Salvador Allende=salvador-allende',
      'reforma agraria peruana=agrarian-reform-peru',
      'reforma agraria=agrarian-reform-peru',
    ]);
  });

  it('a country counts once for every full name of its own, not once per entry', () => {
    // Brazil's movement named in full twice and Bolsonaro once, against Peru's reform and Velasco named
    // once each: the page is about Brazil, so its "reforma agrária" is Brazil's.
    const brazil = [
      'O Movimento dos Trabalhadores Rurais Sem Terra pressiona pela reforma agrária.',
      'O Movimento Sem Terra esteve no Fórum Social Mundial. Sob Jair Bolsonaro, a reforma agrária parou.',
      'No Peru, a reforma agrária de 1969 foi decretada por Juan Velasco Alvarado.',
    ].join('\n\n');
    expect(marksOf(brazil, 'pt').filter((mark) => mark.startsWith('reforma agrária='))).toEqual([]);
    expect(marksOf(brazil, 'pt')).toContain('reforma agrária de 1969=agrarian-reform-peru');
  });

  it('an election, a reform or a protest wave its country has one of is named like a congress', () => {
    const peru =
      'Keiko Fujimori y Rafael López Aliaga encabezan las encuestas en el Perú.\n\nLas elecciones generales de 2026 serán el 12 de abril.';
    expect(marksOf(peru, 'es')).toContain('elecciones generales de 2026=peru-2026-election');
    const brazil =
      'En Brasil, Lula da Silva buscará un cuarto mandato. Las elecciones generales de 2026 serán en octubre, y el Perú votará antes.';
    expect(marksOf(brazil, 'es')).toEqual(['Lula da Silva=lula-da-silva']);
    const mexico =
      'Miles de jóvenes marcharon en la Ciudad de México en la marcha de la Generación Z, con la bandera que usaron manifestantes en Nepal y Perú. Claudia Sheinbaum los criticó.';
    expect(marksOf(mexico, 'es')).toEqual([]);
    expect(
      marksOf('Las marchas de la Generación Z llegaron al Congreso del Perú contra Dina Boluarte.', 'es'),
    ).toContain('marchas de la Generación Z=gen-z-protests-peru-2025');
  });
});

describe('names: what encyclopedia pages, live blogs and scraped pages showed (2026-12-03)', () => {
  it('a title, prefix or preposition before a surname says nothing about whose it is', () => {
    const page =
      'Alberto Fujimori governed Peru from 1990. Under Fujimori, inflation fell. Pro-Fujimori groups marched; Ex-President Fujimori stayed silent.';
    expect(marksOf(page).filter((mark) => mark === 'Fujimori=alberto-fujimori')).toHaveLength(3);
  });

  it('"el Gobierno de Boluarte" is hers; "Jorge del Castillo" is someone else', () => {
    expect(marksOf('Dina Boluarte juró en 2022. El Gobierno de Boluarte cayó en 2025.', 'es')).toEqual([
      'Dina Boluarte=dina-boluarte',
      'Boluarte=dina-boluarte',
    ]);
    expect(
      marksOf(
        'Pedro Castillo fue vacado. El congresista Jorge del Castillo votó a favor. La prensa entrevistó a Jorge del Castillo.',
        'es',
      ),
    ).toEqual(['Pedro Castillo=pedro-castillo']);
  });

  it('a name of several capitalized words after an article, then "de" and a surname, is that person\'s thing', () => {
    // "la Libertad Avanza de Milei" is his party: no "Avanza" of his family.
    expect(
      marksOf('Javier Milei ganó en 2023. Los jóvenes votan a la Libertad Avanza de Milei.', 'es'),
    ).toEqual(['Javier Milei=javier-milei', 'Milei=javier-milei']);
    // A given name after an article stays one: "la señora Ana María del Castillo".
    expect(marksOf('Pedro Castillo fue vacado. Votó la congresista Ana María del Castillo.', 'es')).toEqual([
      'Pedro Castillo=pedro-castillo',
    ]);
  });

  it('a page that named someone by the surname alone before a relative keeps naming them so', () => {
    const page = [
      'O Supremo Tribunal Federal julgou o golpe. Depois da condenação de Bolsonaro, o filho Carlos Bolsonaro pediu ajuda aos EUA.',
      'O Brasil vive dias tensos. Bolsonaro atacou as urnas durante o governo e Lula venceu em 2022.',
    ].join('\n\n');
    expect(marksOf(page, 'pt').filter((mark) => mark === 'Bolsonaro=jair-bolsonaro')).toHaveLength(2);
  });

  it('"la hermana de Morales" after the sister is named is her brother\'s surname, named in full before', () => {
    const page =
      'Murió Ana Morales, hermana del expresidente Evo Morales, en Oruro. La hermana de Morales estaba internada desde hace semanas.';
    expect(marksOf(page, 'es')).toEqual(['Evo Morales=evo-morales', 'Morales=evo-morales']);
  });

  it('a surname before "family" or "clan" is the family\'s, no one person\'s', () => {
    expect(
      marksOf('Daniel Noboa won in Ecuador. The Noboa family owns banana plantations across the coast.'),
    ).toEqual(['Daniel Noboa=daniel-noboa']);
    expect(
      marksOf(
        'Cristina Fernández de Kirchner was convicted. The Kirchner kids are preparing for her detention.',
      ),
    ).toEqual(['Cristina Fernández de Kirchner=cristina-fernandez-de-kirchner']);
  });

  it('an age right after a surname younger than its person was when first in the news is someone else', () => {
    // A 19-year-old footballer nicknamed Lula; the president stays the president by his title.
    const match =
      'Lula, de 19 anos, marcou de cabeça no Dérbi. O presidente Lula assistiu ao jogo.\n\nNo fim, Lula agradeceu à torcida do Palmeiras.';
    expect(marksOf(match, 'pt')).toEqual(['presidente Lula=lula-da-silva']);
    // Keiko was in the news at 19, as first lady: the same words keep her.
    const firstLady =
      'Alberto Fujimori se separó de su esposa. Su hija Keiko, de 19 años, asumió como primera dama.';
    expect(marksOf(firstLady, 'es')).toContain('Keiko=keiko-fujimori');
  });

  it('"los gobiernos de Toledo" calls a head of state by the office, as a title does', () => {
    expect(
      marksOf(
        'La minera Southern quiere abrir Tía María en Arequipa, en el sur del Perú. Los gobiernos de Toledo intentaron aprobarla sin consulta.',
        'es',
      ),
    ).toEqual(['Toledo=alejandro-toledo']);
  });

  it("a given name before a company's one-word name makes it a person's surname", () => {
    const page =
      'A construtora Odebrecht pagou propinas no Peru. O herdeiro Marcelo Odebrecht contou tudo aos procuradores.';
    expect(marksOf(page, 'pt')).toEqual(['Odebrecht=odebrecht']);
    // A follower's word before a doctrine is no given name.
    expect(marksOf('Milei beat the Kirchnerist Peronism of Buenos Aires.')).toContain('Peronism=peronism');
  });

  it('handles, hashtags, e-mail and web addresses are not mentions', () => {
    const page =
      'Keiko Fujimori habló en Lima. Síguela en @Keiko_Fujimori o lee https://larepublica.pe/politica/keiko-fujimori-habla.html #keiko';
    expect(marksOf(page, 'es')).toEqual(['Keiko Fujimori=keiko-fujimori']);
  });

  it('a party named by its own name of several words introduces its acronym', () => {
    expect(
      marksOf(
        'Luiz Inácio Lula da Silva won Brazil’s runoff for the Workers’ Party (PT). The PT now leads the Senate.',
      ),
    ).toEqual([
      'Luiz Inácio Lula da Silva=lula-da-silva',
      'Workers’ Party=workers-party-brazil',
      'PT=workers-party-brazil',
      'PT=workers-party-brazil',
    ]);
  });
});

describe('names: an everyday word needs names around it, not just a page about politics somewhere', () => {
  it('a sports story’s "golpe de cabeza" stays unmarked beside a politics sidebar about Keiko Fujimori in Perú', () => {
    expect(
      marksOf(
        'Castillo abrió el marcador con un golpe de cabeza y Perú sueña con el Mundial.\n\nLo más leído: Keiko Fujimori anuncia su candidatura en Perú.',
        'es',
      ),
    ).toEqual(['Keiko Fujimori=keiko-fujimori']);
  });

  it('a term of several words needs only a page mostly about its world: "segunda vuelta" over a results table', () => {
    const results = [
      'Elecciones Generales 2011: Ollanta Humala y Keiko Fujimori pasan al balotaje.',
      'RESULTADOS DE LA SEGUNDA VUELTA',
      'Ollanta Humala (Gana Perú): 51,4 % · Keiko Fujimori (Fuerza 2011): 48,5 %',
    ].join('\n\n');
    expect(marksOf(results, 'es')).toContain('SEGUNDA VUELTA=runoff-election');
    // A football story beside a politics sidebar: the page is not mostly about politics.
    const football =
      'Alianza Lima ganó la primera fase y buscará el título en la segunda vuelta del campeonato.\n\nEl técnico confía en su plantel.\n\nLo más leído: Keiko Fujimori anuncia su candidatura en el Perú.';
    expect(marksOf(football, 'es')).toEqual(['Keiko Fujimori=keiko-fujimori']);
  });
});

describe('names: short forms need an introduction, and the nearest one decides', () => {
  it('with Keiko and Alberto introduced, each "Fujimori" follows the nearest full name before it', () => {
    const text =
      'Alberto Fujimori governed Peru from 1990. Fujimori dissolved Congress in 1992.\n\n' +
      'His daughter Keiko Fujimori lost three runoffs. Fujimori says she will run again.';
    const paragraphs = text.split('\n\n');
    const marks = resolveParagraphs(paragraphs, matcher, 'en', entryFacts);
    const fujimoris = marks.filter(
      (mark) => paragraphs[mark.paragraph]?.slice(mark.start, mark.end) === 'Fujimori',
    );
    expect(fujimoris.map((mark) => [mark.entryId, mark.alternatives])).toEqual([
      ['alberto-fujimori', ['keiko-fujimori']],
      ['keiko-fujimori', ['alberto-fujimori']],
    ]);
  });

  it('a headline’s surname is introduced by the body that follows', () => {
    expect(
      marksOf('Humala sentenced to 15 years\n\nFormer president Ollanta Humala was sentenced in Lima.'),
    ).toEqual(['Humala=ollanta-humala', 'Ollanta Humala=ollanta-humala']);
  });

  it('a surname nobody introduced marks nothing', () => {
    expect(marksOf('Vizcarra and Humala were both questioned on Monday.')).toEqual([]);
  });

  it('a surname after another given name or an initial is someone else, and introduces nothing', () => {
    expect(
      marksOf('Keiko Fujimori spoke first. Then Kenji Fujimori replied, and J. Fujimori, a cousin, left.'),
    ).toEqual(['Keiko Fujimori=keiko-fujimori']);
  });
});

describe('names: parties of other countries and names inside longer names', () => {
  it('Ireland’s Workers Party is not Brazil’s; the Brazilian one on the same page is', () => {
    expect(
      marksOf(
        "Ireland's small Workers Party will run in Dublin.\n\nIn Brazil, the Brazilian Workers Party backed Lula da Silva. The Workers Party also named a treasurer.",
      ),
    ).toEqual([
      'Brazilian Workers Party=workers-party-brazil',
      'Lula da Silva=lula-da-silva',
      'Workers Party=workers-party-brazil',
    ]);
  });

  it('El Frente Amplio de Costa Rica is neither Peru’s nor Uruguay’s', () => {
    expect(
      marksOf(
        'El Frente Amplio de Costa Rica votará contra el presupuesto. El Frente Amplio chileno también.',
        'es',
      ),
    ).toEqual([]);
  });

  it('a name that runs into a longer one marks only on a page about its world', () => {
    expect(marksOf('Firefighters were called to the Pacific Alliance Medical Center on Monday.')).toEqual([]);
    expect(marksOf('El campeón de la Copa Mercosur de 1998 volvió a jugar.', 'es')).toEqual([]);
    expect(marksOf('Se proyecta "Revolución Ciudadana", un documental islandés.', 'es')).toEqual([]);
  });
});

describe('names: where capitals prove nothing', () => {
  it('a sentence that opens with "Gana Perú" names the alliance only beside other names of its world', () => {
    expect(marksOf('Gana Perú y respira: la selección venció 2-0 a Bolivia.', 'es')).toEqual([]);
    expect(marksOf('Gana Perú and Fuerza Popular both claimed the centre after the runoff.')).toEqual([
      'Gana Perú=gana-peru',
      'Fuerza Popular=fuerza-popular',
    ]);
  });

  it('a capital after a colon is the name’s own', () => {
    expect(marksOf('Live: Gana Perú')).toEqual(['Gana Perú=gana-peru']);
  });

  it('a Title Case travel headline with "Free Peru" is not the Perú Libre party', () => {
    expect(
      marksOf(
        'A Gluten-Free Peru: Where to Eat Safely in Lima\n\nPeruvian cooking leans on potatoes and corn.',
      ),
    ).toEqual([]);
  });
});

describe('names: common nouns keep to their language', () => {
  it('"socialism" marks on English pages, not on Spanish ones; "socialismo" the other way round', () => {
    expect(marksOf('Socialism has a long history in the Andes.')).toEqual(['Socialism=socialism']);
    expect(marksOf('El club juega con un socialism de vestuario.', 'es')).toEqual([]);
    expect(marksOf('El socialismo tiene una larga historia.', 'es')).toEqual(['socialismo=socialism']);
  });

  it('a Spanish paragraph quoted on an English page keeps its Spanish common nouns', () => {
    expect(
      marksOf(
        'In Caracas, the slogan was everywhere.\n\nEn Lima se habló durante horas del socialismo del siglo XXI y de sus límites.',
      ),
    ).toEqual(['socialismo del siglo XXI=twenty-first-century-socialism']);
  });

  it('a proper name marks in any language', () => {
    expect(marksOf('Sendero Luminoso a tué des milliers de personnes.', 'fr')).toEqual([
      'Sendero Luminoso=sendero-luminoso',
    ]);
  });
});

describe('names: the context around a mention', () => {
  it('reads a sentence start, a headline, the neighbours, an owner country and quotation marks', () => {
    const text = 'Yesterday Ms. Fujimori spoke. Ireland’s small Workers Party of Dublin met "Gana Perú".';
    const at = (surface: string) => {
      const start = text.indexOf(surface);
      return mentionContext(text, start, start + surface.length);
    };
    expect(at('Yesterday')).toMatchObject({ sentenceStart: true, capitalized: true });
    expect(at('Fujimori')).toMatchObject({ sentenceStart: false, before: ['Ms', 'Yesterday'] });
    expect(at('Workers Party')).toMatchObject({
      possessor: 'Ireland',
      next: { word: 'Dublin', afterOf: true },
    });
    expect(at('Gana Perú')).toMatchObject({ quoted: true });
    expect(mentionContext('PERU’S FUJIMORI WINS', 7, 15).capitalsProveNothing).toBe(true);
    expect(mentionContext('Peru’s Fujimori Wins Second Round Vote', 7, 15).capitalsProveNothing).toBe(true);
  });

  it('reads each part when asked, and the same whatever is asked first (random prose, every mention)', () => {
    const parts = [
      'sentenceStart',
      'capitalsProveNothing',
      'before',
      'after',
      'previous',
      'next',
      'possessor',
      'capitalized',
      'quoted',
    ] as const;
    const random = new Random(41);
    const forms = glossary
      .flatMap((entry) => [entry.term, ...entry.aliases])
      .map((form) => ({ form, caseSensitive: true }));
    for (let round = 0; round < 60; round++) {
      const text = generateProse(random, 600, forms);
      for (const match of matcher.find(text)) {
        const inOrder = mentionContext(text, match.start, match.end);
        const shuffled = mentionContext(text, match.start, match.end);
        const order = [...parts].sort(() => random.float() - 0.5);
        const asked = Object.fromEntries(order.map((part) => [part, shuffled[part]]));
        expect(asked).toEqual(Object.fromEntries(parts.map((part) => [part, inOrder[part]])));
      }
    }
  });
});

describe('names: a common noun of another language', () => {
  const read = matchReader(matcher, 'en', entryFacts);
  const readAll = (text: string) =>
    matcher.find(text).map((match) => ({ match, reading: read(text, match) }));
  const ballotage = (text: string, from = 0) =>
    readAll(text).filter(
      ({ match }) => text.slice(match.start, match.end) === 'balotaje' && match.start >= from,
    );

  it('names its entry in a block of that language on a page of another', () => {
    const spanish =
      'El balotaje de junio enfrenta a los dos candidatos que más votos sacaron en la primera vuelta.';
    expect(ballotage(spanish).map(({ reading }) => reading)).toEqual([
      { kind: 'strong', entryId: 'runoff-election', proper: false },
    ]);
    expect(ballotage('The word balotaje was all over the news in the capital this week.')).toEqual([
      expect.objectContaining({ reading: { kind: 'none' } }),
    ]);
  });

  it('in one very long block (a transcript), is read by the language of the words around it', () => {
    const random = new Random(5);
    const english = `${fillerWords(random, 1_200, ENGLISH_WORDS)} the balotaje. `;
    const spanish = `${fillerWords(random, 2_000, SPANISH_WORDS)} el balotaje. `;
    const transcript = english + spanish;
    const [inEnglish, inSpanish] = ballotage(transcript);
    expect(inSpanish?.match.start).toBeGreaterThan(english.length);
    expect(inSpanish?.reading).toEqual({ kind: 'strong', entryId: 'runoff-election', proper: false });
    expect(inEnglish?.reading).toEqual({ kind: 'none' });
  });
});

describe('names: a surname the page gives someone else first (a seventh round of pages, 2026-12-04)', () => {
  it('a biography of the son is his: the bare surname after the father’s full name is still the son’s', () => {
    const page = [
      'Álvaro Vargas Llosa',
      'Álvaro Vargas Llosa (born 1966) is a Peruvian writer, the eldest son of the novelist Mario Vargas Llosa.',
      'Vargas Llosa was born in Lima and studied in London.',
    ].join('\n\n');
    expect(marksOf(page)).toEqual(['Mario Vargas Llosa=mario-vargas-llosa']);
  });

  it('only the same words are someone else’s: the entry’s given name still names it', () => {
    const page =
      'Kenji Fujimori won a seat in Congress. His sister Keiko Fujimori congratulated him, and Fujimori thanked her.\n\nKeiko later ran for president.';
    expect(marksOf(page)).toEqual(['Keiko Fujimori=keiko-fujimori', 'Keiko=keiko-fujimori']);
  });

  it('a painter who shares a surname with a president keeps it on his page', () => {
    const page = [
      'Kirchner à Davos',
      'On connaît surtout Ernst Ludwig Kirchner pour ses scènes de rue berlinoises. Kirchner y réinvente sa manière.',
      'Des touristes ont demandé s’il s’agissait d’une exposition sur Cristina Kirchner. Kirchner, le peintre, n’a aucun lien avec elle.',
    ].join('\n\n');
    expect(marksOf(page, 'fr')).toEqual(['Cristina Kirchner=cristina-fernandez-de-kirchner']);
  });

  it('"Montesinos" alone, a surname readers know, is Fujimori’s adviser on a page about Peru', () => {
    const page =
      'TACNA — Hace 25 años, Alberto Fujimori juró un tercer mandato en el Perú. Semanas después, los vladivideos de Montesinos hundieron al régimen.';
    expect(marksOf(page, 'es')).toContain('Montesinos=vladimiro-montesinos');
  });

  it('an acronym readers know alone (IMF, FMI, FARC) names its entry on a page about the region', () => {
    const business =
      'Southern Copper reported record sales.\n\nThe IMF expects Peru’s economy to grow about 3% this year.';
    expect(marksOf(business)).toContain('IMF=imf');
    const letter =
      'ARGENTINE. Le gouvernement de Javier Milei poursuit ses discussions avec le FMI sur le calendrier.';
    expect(marksOf(letter, 'fr')).toContain('FMI=imf');
    const film =
      'Bogotá. Le président Gustavo Petro assiste à la projection. Le film suit d’anciens combattants des FARC.';
    expect(marksOf(film, 'fr')).toContain('FARC=farc');
    // Not where nothing says the page is about that world, and not "TLC", a television channel too.
    expect(marksOf('The IMF expects growth of about 3% this year.')).toEqual([]);
    expect(marksOf('Alan García habló del TLC.\n\nHoy en TLC: cocina y viajes.', 'es')).not.toContain(
      'TLC=free-trade-agreement',
    );
  });

  it('"Chávez" alone is Hugo Chávez on a page about Venezuela, but not after Betssy Chávez', () => {
    const caracas =
      'Caracas. Tras la captura de Nicolás Maduro, el chavismo se reordena. "Chávez nunca habría negociado así", dice un dirigente.';
    expect(marksOf(caracas, 'es')).toContain('Chávez=hugo-chavez');
    const lima =
      'Lima. La ex primera ministra Betssy Chávez pidió asilo. Chávez fue premier de Pedro Castillo y Nicolás Maduro la defendió.';
    expect(marksOf(lima, 'es')).not.toContain('Chávez=hugo-chavez');
  });

  it('"Mariátegui" alone is the thinker on a page about Peru’s politics, not the avenue named after him', () => {
    const page = 'Lima. En el Perú, la izquierda vuelve a citar a Mariátegui, dijo Verónika Mendoza.';
    expect(marksOf(page, 'es')).toContain('Mariátegui=jose-carlos-mariategui');
    const avenue = 'Lima. Verónika Mendoza marchó por la avenida Mariátegui.';
    expect(marksOf(avenue, 'es')).not.toContain('Mariátegui=jose-carlos-mariategui');
  });

  it('French pages: their own names of the region’s movements and institutions mark, a namesake party does not', () => {
    const lima =
      "Lima. Le fujimorisme domine le Congrès du Pérou, et la Cour interaméricaine des droits de l'homme a demandé la suspension de la loi.";
    expect(marksOf(lima, 'fr')).toEqual([
      'fujimorisme=fujimorismo',
      'Congrès du Pérou=congress-of-peru',
      "Cour interaméricaine des droits de l'homme=inter-american-court",
    ]);
    const caracas =
      'Caracas. Hugo Chávez parlait du socialisme du XXIe siècle ; la théologie de la libération l’inspirait aussi.';
    expect(marksOf(caracas, 'fr')).toContain('socialisme du XXIe siècle=twenty-first-century-socialism');
    expect(marksOf(caracas, 'fr')).toContain('théologie de la libération=liberation-theology');
    expect(marksOf('Le Parti des travailleurs d’Algérie a tenu son congrès.', 'fr')).toEqual([]);
  });

  it('"el Pepe" is Mujica once the page has named him; another Pepe is nobody', () => {
    const montevideo = 'Montevideo. José Mujica recibió a la prensa en su chacra. El Pepe habló de Orsi.';
    expect(marksOf(montevideo, 'es')).toEqual(['José Mujica=jose-mujica', 'Pepe=jose-mujica']);
    expect(marksOf('Pepe, el portero del edificio, saludó a los vecinos de Lima.', 'es')).toEqual([]);
  });

  it('a byline’s surname is the author’s and says nothing of whom the page is about', () => {
    const page = 'Por Andrés Arce\n\nLuis Arce dejó el poder en noviembre. Arce fue detenido en diciembre.';
    expect(marksOf(page, 'es')).toEqual(['Luis Arce=luis-arce', 'Arce=luis-arce']);
  });

  it('in a headline, a title-case noun joined to the surname by "de" is no given name', () => {
    const page =
      'AO VIVO: Posse de Lula em Brasília\n\nNo Congresso, Luiz Inácio Lula da Silva presta o compromisso e assina o termo de posse.';
    expect(marksOf(page, 'pt')[0]).toBe('Lula=lula-da-silva');
  });
});

describe('names: case names, joined surnames and a column’s byline (an eighth round of pages, 2026-12-04)', () => {
  it('"Caso Humala-Heredia" names both: "Caso" is no given name, and a surname joined by a hyphen none', () => {
    const page = [
      'Caso Humala-Heredia: sala fija fecha de alegatos',
      'El expresidente Ollanta Humala y su esposa, Nadine Heredia, apelaron. Humala no asistió; Heredia sí.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual([
      'Humala=ollanta-humala',
      'Heredia=nadine-heredia',
      'Ollanta Humala=ollanta-humala',
      'Nadine Heredia=nadine-heredia',
      'Humala=ollanta-humala',
      'Heredia=nadine-heredia',
    ]);
  });

  it('a columnist’s name on a line of its own gives the surname to no one', () => {
    const page = [
      'OPINIÓN | La impunidad por entregas',
      'Rosa María Montesinos\nAbogada y docente universitaria',
      'El Grupo Colina operó bajo el Servicio de Inteligencia que dirigía Vladimiro Montesinos. Montesinos sigue en prisión.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toContain('Montesinos=vladimiro-montesinos');
  });
});

describe('names: given names after an elided article, names known alone, a biography’s title (2026-12-04)', () => {
  it('a given name after an elided article makes the surname someone else’s: "l’esprit d’Eva Perón"', () => {
    const page =
      'Une grand-mère péroniste, fidèle à Cristina Kirchner en Argentine, convoque l’esprit d’Eva Perón.';
    expect(marksOf(page, 'fr')).toEqual([
      'péroniste=peronism',
      'Cristina Kirchner=cristina-fernandez-de-kirchner',
    ]);
    // Only the word right before the surname: "d’État" is no given name.
    const coup =
      'Des exilés chiliens réfugiés en France après le coup d’État de Pinochet contre Salvador Allende.';
    expect(marksOf(coup, 'fr')).toContain('Pinochet=augusto-pinochet');
  });

  it('a name readers know alone is the entry’s until the page gives it to someone else', () => {
    const page = [
      'Tras Cristina Kirchner, el peronismo argentino busca un líder. "No podemos seguir discutiendo quién es el heredero de Perón", dijo un intendente.',
      'La figura de Eva Perón sigue presente en los locales del partido. Perón es citado en cada acto.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual([
      'Cristina Kirchner=cristina-fernandez-de-kirchner',
      'peronismo=peronism',
      'Perón=juan-peron',
    ]);
  });

  it('a surname two people share names the one the page has named most, unless its paragraph just named the other', () => {
    const page = [
      'FACT CHECK: No, the amnesty law did not free Alberto Fujimori',
      'Alberto Fujimori was pardoned in 2017; the pardon was annulled and Fujimori returned to prison.',
      'The law passed with votes from Fuerza Popular, the party led by Keiko Fujimori.',
      'A photo shows Fujimori leaving prison in December 2023.',
      'Keiko Fujimori said she would run again. Fujimori spoke in Lima.',
    ].join('\n\n');
    expect(marksOf(page).filter((mark) => mark.startsWith('Fujimori='))).toEqual([
      'Fujimori=alberto-fujimori',
      'Fujimori=alberto-fujimori',
      'Fujimori=keiko-fujimori',
    ]);
  });

  it('a nickname in quotation marks between its bearer’s names is his: Luiz Felipe "Lula" Andrade', () => {
    const page = [
      'O gol saiu numa cabeçada do zagueiro Luiz Felipe "Lula" Andrade, de 19 anos.',
      '"Eu só fechei os olhos", disse Lula. Nas tribunas, o presidente Lula acompanhou a partida.',
    ].join('\n\n');
    expect(marksOf(page, 'pt')).toEqual(['presidente Lula=lula-da-silva']);
  });

  it('"la generación Z", the age group, is not the protests; "la Generación Z" that marched is', () => {
    const page = [
      'En el Perú, las protestas de la Generación Z llegaron al Congreso. La Generación Z marchó de nuevo contra José Jerí.',
      'Los estudios de mercado describen a la generación Z como la más desconfiada de los partidos.',
    ].join('\n\n');
    expect(marksOf(page, 'es').filter((mark) => /generación z/i.test(mark))).toEqual([
      'protestas de la Generación Z=gen-z-protests-peru-2025',
      'Generación Z=gen-z-protests-peru-2025',
    ]);
  });

  it('a reading list’s "Surname, Given." is that person when the given name is theirs, someone else when not', () => {
    const page = [
      'Week 4. Liberation theology in Peru and Bolivia',
      '- Gutiérrez, Gustavo. A Theology of Liberation, ch. 6.',
      '- Morales, Waltraud Q. A Brief History of Bolivia, ch. 10.',
      'A headline: Maduro, Petro y Lula se reúnen en Bogotá.',
    ].join('\n\n');
    const marks = marksOf(page);
    expect(marks).toContain('Gutiérrez=gustavo-gutierrez');
    expect(marks.filter((mark) => mark.startsWith('Morales='))).toEqual([]);
  });

  it('a surname with a country after a comma is a town: "Heredia, in Costa Rica"; "Humala, Peru’s …" is the man', () => {
    const page = [
      'Nadine Heredia and Ollanta Humala were sentenced in April 2025.',
      'I am just back from Heredia, in Costa Rica. Humala, Peru’s former president, appealed.',
    ].join('\n\n');
    expect(marksOf(page)).toEqual([
      'Nadine Heredia=nadine-heredia',
      'Ollanta Humala=ollanta-humala',
      'Humala=ollanta-humala',
    ]);
  });

  it('the town, valley or culture a port is named after is not the port: "the town of Chancay", "la cultura Chancay"', () => {
    const page = [
      'The Port of Chancay, built by Cosco, opened in 2024. Chancay now handles ships bound for Shanghai.',
      'For residents of the town of Chancay, rents have doubled. The local museum shows Chancay textiles.',
      'En el distrito de Chancay, el museo dedicado a la cultura Chancay recibe más visitantes.',
    ].join('\n\n');
    expect(marksOf(page)).toEqual(['Port of Chancay=port-of-chancay', 'Chancay=port-of-chancay']);
  });

  it('"OAS" alone is the organization on a page that names one of its bodies, not the Brazilian builder', () => {
    expect(
      marksOf('The OAS General Assembly met in Washington. Venezuela could be suspended from the OAS.'),
    ).toEqual(['OAS General Assembly=oas', 'OAS=oas']);
    expect(
      marksOf('Brazilian builders Odebrecht and OAS paid bribes in Peru. Alejandro Toledo denied it.'),
    ).not.toContain('OAS=oas');
  });

  it('a capital word before a surname in a Title Case headline gives the surname to no one', () => {
    const page = [
      'Brazil’s Supreme Court Orders Bolsonaro to Begin 27-Year Sentence for Coup Plot',
      'Former President Jair Bolsonaro will begin serving his sentence. Bolsonaro will remain in detention.',
    ].join('\n\n');
    // The body's "Bolsonaro" is his (the headline's own capitals prove nothing either way).
    expect(marksOf(page)).toEqual(['Jair Bolsonaro=jair-bolsonaro', 'Bolsonaro=jair-bolsonaro']);
    // On an author line, a given name and a second surname still make the surname someone else's.
    const paper = [
      'Water and Mining in Peru: Conga and Tía María Compared',
      'Ana Lucía Mendoza (University of Manchester) & Carlos Humala Quispe (Universidad Nacional de San Agustín)',
      'In 2011 President Ollanta Humala took office. Our earlier survey (Humala 2017) found support for mining low.',
    ].join('\n\n');
    expect(marksOf(paper)).not.toContain('Humala=ollanta-humala');
  });

  it('of two people named as often, a later bare surname is the one the page named first: its subject', () => {
    const page = [
      'La candidata Keiko Fujimori, hija del expresidente Alberto Fujimori, encabeza la encuesta en Perú.',
      'Según Ipsos, Fujimori subió dos puntos y está en empate técnico con Rafael López Aliaga.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toContain('Fujimori=keiko-fujimori');
    expect(marksOf(page, 'es')).not.toContain('Fujimori=alberto-fujimori');
  });

  it('a given name and a surname of one person, each alone, name that person on a page about politics', () => {
    const page = [
      'Recomendamos: Evo llama a organismos internacionales a frenar la crisis en Bolivia.',
      'Morales renunció al cargo y se asiló en México. Dos días después, Jeanine Áñez asumió la presidencia.',
      'Luiz Inácio Lula da Silva opinó que Morales cometió un error.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual([
      'Evo=evo-morales',
      'Morales=evo-morales',
      'Jeanine Áñez=jeanine-anez',
      'Luiz Inácio Lula da Silva=lula-da-silva',
      'Morales=evo-morales',
    ]);
  });

  it('a surname a family shares says which family, not which of them: "Keiko" does not make every "Fujimori" hers', () => {
    const page = [
      'Ollanta Humala y Keiko llegaron a la segunda vuelta de 2011 en el Perú.',
      'Fujimori gobernó de 1990 a 2000 y fue condenado en 2009.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).not.toContain('Fujimori=keiko-fujimori');
  });

  it('an acronym the page spells out as something else is that thing: "APP (asociaciones público-privadas)"', () => {
    const page =
      'Han vuelto los proyectos de APP (asociaciones público-privadas). Las APP peruanas enfrentan al MEF y al Congreso de la República.';
    expect(marksOf(page, 'es').filter((mark) => mark.startsWith('APP='))).toEqual([]);
    expect(
      marksOf(
        'Las asociaciones público-privadas (APP) crecen. Las APP peruanas dividen al Congreso de la República.',
        'es',
      ),
    ).not.toContain('APP=alianza-para-el-progreso');
    // Spelt out as its own name, or after a person's name, it is still the party.
    expect(marksOf('Entre los candidatos figuraban César Acuña (APP) y Keiko Fujimori.', 'es')).toContain(
      'APP=alianza-para-el-progreso',
    );
    expect(
      marksOf(
        'The dispute split the Movement for Socialism (MAS), which has governed Bolivia. Luis Arce said the MAS will decide.',
      ),
    ).toEqual([
      'Movement for Socialism=mas-bolivia',
      'MAS=mas-bolivia',
      'Luis Arce=luis-arce',
      'MAS=mas-bolivia',
    ]);
  });

  it('a surname after "los", "hermanos" or "familia" is the family, not one of them; "los humalistas" are followers', () => {
    const page = [
      'La permanente pelea de los hermanos Fujimori. Kenji y Keiko, los hijos de Alberto Fujimori.',
      'El menor de los Fujimori lamentó la detención. En Cusco, los humalistas de Ollanta Humala celebraron.',
    ].join('\n\n');
    const marks = marksOf(page, 'es');
    expect(marks.filter((mark) => mark.startsWith('Fujimori='))).toEqual([]);
    expect(marks).toContain('humalistas=ollanta-humala');
  });

  it('a neighbourhood’s market or a university is the place, not the massacre named after it', () => {
    const page = [
      'Asaltan a una comerciante del mercado de Barrios Altos. Los vecinos de Barrios Altos piden más policías.',
      'Muchos recordaron que allí ocurrió en 1991 la masacre de Barrios Altos. Barrios Altos es uno de los barrios más antiguos.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual(['masacre de Barrios Altos=barrios-altos-la-cantuta']);
  });

  it('a crime known by its place: the sentence tells whether the neighbourhood or the massacre is meant', () => {
    const page = [
      'Un incendio en Barrios Altos dejó sin techo a doce familias el domingo.',
      'Barrios Altos, el barrio de las quintas, fue escenario en 1991 de la masacre de Barrios Altos. Esa noche murieron quince personas en Barrios Altos durante una pollada.',
      'Pero Barrios Altos es también música criolla y picarones.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual([
      'masacre de Barrios Altos=barrios-altos-la-cantuta',
      'Barrios Altos=barrios-altos-la-cantuta',
    ]);
  });

  it('a port known by its town: "vivir en Chancay" is the town, ships sailing from Chancay the port', () => {
    const page = [
      'El gobierno de Dina Boluarte celebró el primer año del megapuerto de Chancay, operado por Cosco Shipping.',
      'Los buques con arándanos zarpan desde Chancay rumbo a Shanghái cada semana.',
      'Mientras tanto, vivir en Chancay se ha vuelto caro: los alquileres subieron y el agua no llega.',
    ].join('\n\n');
    expect(marksOf(page, 'es').filter((mark) => mark.endsWith('port-of-chancay'))).toEqual([
      'megapuerto de Chancay=port-of-chancay',
      'Chancay=port-of-chancay',
    ]);
  });

  it("the town named by its port's name alone, with no word of the port, stays the port on a page about it", () => {
    const page =
      'Xi Jinping y Dina Boluarte inauguraron el megapuerto de Chancay. Chancay cambiará el comercio del Pacífico.';
    expect(marksOf(page, 'es').filter((mark) => mark.endsWith('port-of-chancay'))).toEqual([
      'megapuerto de Chancay=port-of-chancay',
      'Chancay=port-of-chancay',
    ]);
  });

  it('a sentence of a trial or a ruling names the crime by its place alone, on a page about politics', () => {
    expect(
      marksOf('Alberto Fujimori fue juzgado por La Cantuta y por Barrios Altos.', 'es').filter((mark) =>
        mark.endsWith('barrios-altos-la-cantuta'),
      ),
    ).toEqual(['La Cantuta=barrios-altos-la-cantuta', 'Barrios Altos=barrios-altos-la-cantuta']);
    // Only a kind of place after a comma makes a name a place: ", en Lima" is where something is.
    const oath =
      'José Jerí juró ante el Congreso de la República, en Lima, tras la caída de Dina Boluarte en el Perú.';
    expect(marksOf(oath, 'es')).toContain('Congreso de la República=congress-of-peru');
  });

  it('a crime told by its place counts among a person’s related names: "Fujimori" beside Barrios Altos is Alberto', () => {
    const page = [
      'Fujimori won the 1990 vote against the novelist Mario Vargas Llosa.',
      'The courts later tied him to the Barrios Altos killings of 1991. In 2023 Peru’s Constitutional Court freed Fujimori; Pedro Pablo Kuczynski had pardoned him in 2017.',
    ].join('\n\n');
    expect(marksOf(page).filter((mark) => mark.startsWith('Fujimori='))).toEqual([
      'Fujimori=alberto-fujimori',
      'Fujimori=alberto-fujimori',
    ]);
  });

  it('a given name with one letter wrong inside it is still the person’s: "Diana Boluarte"', () => {
    expect(
      marksOf(
        'Pedro Castillo fue detenido en Lima. La presidenta Diana Boluarte juró horas después; Boluarte pidió calma.',
        'es',
      ),
    ).toEqual(['Pedro Castillo=pedro-castillo', 'Boluarte=dina-boluarte', 'Boluarte=dina-boluarte']);
    // A different last letter is a relative's name: Luis Castañeda's sister is not him.
    expect(
      marksOf('Luis Castañeda fue alcalde de Lima. Su hermana Luisa Castañeda opinó en el Perú.', 'es'),
    ).toEqual(['Luis Castañeda=luis-castaneda']);
  });

  it('a given name before a full name makes it someone else’s: "su hijo, Federico Alan García"', () => {
    expect(
      marksOf(
        'Alan García fue velado en la Casa del Pueblo del APRA. Llevaron el ataúd sus hijos, Federico Alan García entre ellos, y el exalcalde de Lima Luis Castañeda.',
        'es',
      ),
    ).toEqual(['Alan García=alan-garcia', 'Luis Castañeda=luis-castaneda']);
    // A capitalized role before the name is no given name.
    expect(marksOf('In Lima on Monday, said Economist Pedro Pablo Kuczynski.')).toEqual([
      'Pedro Pablo Kuczynski=pedro-pablo-kuczynski',
    ]);
  });

  it('a town of the same name, its state or where it lies after a comma: "Toledo, Ohio", "Toledo, no oeste do Paraná"', () => {
    expect(
      marksOf(
        'Alejandro Toledo was sentenced in Lima.\n\nA reader writes: I grew up in Toledo, Ohio, and everyone asks if I am related to him.',
      ),
    ).toEqual(['Alejandro Toledo=alejandro-toledo']);
    expect(
      marksOf(
        'O ex-presidente peruano Alejandro Toledo foi condenado.\n\nUma cooperativa de Toledo, no oeste do Paraná, exporta carne pelo porto.',
        'pt',
      ),
    ).toEqual(['Alejandro Toledo=alejandro-toledo']);
    // "este martes" after the comma is when, not where.
    expect(marksOf('Pedro Castillo habló en Lima. Castillo, este martes, anunció una marcha.', 'es')).toEqual(
      ['Pedro Castillo=pedro-castillo', 'Castillo=pedro-castillo'],
    );
  });

  it('a thing’s one-word name after a given name or a person’s title is someone’s surname: "doña Rosa Colina"', () => {
    expect(
      marksOf(
        'El Grupo Colina actuó en 1991 bajo Alberto Fujimori.\n\nEn el mercado vende picarones doña Rosa Colina desde hace años. La señora Colina no olvida aquella noche.',
        'es',
      ),
    ).toEqual(['Grupo Colina=grupo-colina', 'Alberto Fujimori=alberto-fujimori']);
    // After an article the capitalized word is the thing's own: "el Escuadrón Colina".
    expect(
      marksOf('El Grupo Colina actuó bajo Alberto Fujimori. El Escuadrón Colina mató a quince.', 'es'),
    ).toContain('Colina=grupo-colina');
  });

  it('a country in parentheses after a party’s name says whose it is: "Frente Amplio (Uruguay)"', () => {
    const page = [
      'Partidos llamados así en la región:',
      '• Frente Amplio (Uruguay), coalición fundada en 1971.',
      '• Frente Amplio (Paraguay), partido de izquierda fundado en 2007.',
      '• Frente Amplio (Perú), el partido de Verónika Mendoza.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual([
      'Frente Amplio=frente-amplio-uruguay',
      'Frente Amplio=frente-amplio-peru',
      'Verónika Mendoza=veronika-mendoza',
    ]);
  });

  it('a term of several words the page used beside names names its entry again in a block without names', () => {
    const page = [
      'O senador Rodrigo Paz venceu o segundo turno na Bolívia com 54% dos votos.',
      'A participação no segundo turno ficou perto de 87%.',
      'Os dois candidatos disputaram a eleição de agosto.',
    ].join('\n\n');
    expect(marksOf(page, 'pt')).toEqual([
      'Rodrigo Paz=rodrigo-paz',
      'segundo turno=runoff-election',
      'segundo turno=runoff-election',
    ]);
  });

  it('"la guerre interne" on a page about Peru is its internal conflict; a French amnesty law is not Peru’s', () => {
    expect(
      marksOf(
        'Au Pérou, Alberto Fujimori a gouverné pendant la guerre interne contre le Sentier lumineux.',
        'fr',
      ),
    ).toContain('guerre interne=internal-conflict-peru');
    expect(marksOf("En France, la loi d'amnistie de 1981 a effacé des délits.", 'fr')).toEqual([]);
  });

  it('a surname the page later gives to several relatives is still the person’s before them: "Daniel Noboa … Noboa … Luis Noboa Naranjo"', () => {
    const page = [
      'Daniel Noboa ganó la segunda vuelta en Ecuador. Noboa obtuvo el 52% de los votos.',
      'Su abuelo, Luis Noboa Naranjo, fundó la Exportadora Bananera Noboa. Su padre, Álvaro Noboa Pontón, amplió el Grupo Noboa.',
    ].join('\n\n');
    expect(marksOf(page, 'es').filter((mark) => mark.includes('Noboa'))).toEqual([
      'Daniel Noboa=daniel-noboa',
      'Noboa=daniel-noboa',
    ]);
  });

  it('"el conflicto armado interno" on a page about Peru is Peru’s; on a page about Colombia it is not', () => {
    expect(
      marksOf(
        'En el Perú, Dina Boluarte promulgó una amnistía para militares acusados de crímenes cometidos durante el conflicto armado interno entre 1980 y 2000.',
        'es',
      ),
    ).toContain('conflicto armado interno=internal-conflict-peru');
    expect(
      marksOf(
        'En Colombia, Gustavo Petro habló de las víctimas del conflicto armado interno con las FARC.',
        'es',
      ),
    ).not.toContain('conflicto armado interno=internal-conflict-peru');
  });

  it('a province is the place its mayor governs: "el alcalde de Islay" is the province itself', () => {
    expect(
      marksOf(
        'Protestas en la provincia de Islay. El alcalde de Islay pidió diálogo. Islay rechaza la mina.',
        'es',
      ),
    ).toEqual(['provincia de Islay=islay-province', 'Islay=islay-province', 'Islay=islay-province']);
  });

  it('a capital "The" inside a sentence makes a name a title’s or a band’s, outside pages about its world', () => {
    expect(
      marksOf('One key collaborator in The Shining Path, Ilya, made dub records. Buy the LP here.'),
    ).toEqual([]);
    // In the news of its country, the same capital is a writer's habit: still the organization.
    expect(
      marksOf('In Peru, the army fought The Shining Path for years; Abimael Guzmán was captured in Lima.'),
    ).toContain('Shining Path=sendero-luminoso');
  });

  it('a page that names the town before the port is about the town: its bare name is the town throughout', () => {
    const page = [
      'Chancay is a small city north of Lima. The Chancay culture flourished there before the Incas.',
      'The main activity in Chancay is tourism; El Castillo, a mock castle, draws visitors.',
      'Further reading: "Contractor chosen to build Peru’s Chancay port".',
      'Chancay also hosts a fishing festival every June.',
    ].join('\n\n');
    expect(marksOf(page)).toEqual(['Chancay port=port-of-chancay']);
    // Named as the port first, the page is about the port: the town named later changes nothing.
    expect(
      marksOf(
        'El megapuerto de Chancay abrió en 2024. En la ciudad de Chancay suben los alquileres. Chancay recibe buques.',
        'es',
      ),
    ).toEqual(['megapuerto de Chancay=port-of-chancay', 'Chancay=port-of-chancay']);
  });

  it('a name known alone marks on a page mostly about its country, though no other entry is named in full', () => {
    expect(
      marksOf(
        'O cobre chileno sobe. Kast prometeu privatizar parte da Codelco; em Santiago e Valparaíso, o Chile debate.',
        'pt',
      ),
    ).toContain('Kast=jose-antonio-kast');
    // Not on a page about another country.
    expect(marksOf('En Lima y Arequipa, el Perú debate. Kast no opinó.', 'es')).not.toContain(
      'Kast=jose-antonio-kast',
    );
  });

  it('“Antauro” alone is Antauro Humala on a page about Peru’s politics', () => {
    expect(
      marksOf(
        'Keiko Fujimori y Rafael López Aliaga cerraron campaña. Antauro, en cambio, llamó a votar viciado.',
        'es',
      ),
    ).toContain('Antauro=antauro-humala');
  });

  it('a person the glossary relates to a short form’s bearer, named in full in its paragraph, introduces it', () => {
    expect(
      marksOf('Alberto Fujimori fue indultado en 2017; su hija Keiko celebró la decisión.', 'es'),
    ).toEqual(['Alberto Fujimori=alberto-fujimori', 'Keiko=keiko-fujimori']);
    // Not from another paragraph, nor by a related entry that is not a person (a party, a place).
    expect(
      marksOf('Alberto Fujimori fue indultado en 2017.\n\nKeiko celebró la decisión.', 'es'),
    ).not.toContain('Keiko=keiko-fujimori');
    expect(marksOf('Fuerza Popular votó en bloque; Keiko celebró la decisión.', 'es')).not.toContain(
      'Keiko=keiko-fujimori',
    );
  });

  it('a full name run on by a surname not the person’s own is someone else’s: "Nicolás Maduro Guerra", his son', () => {
    expect(marksOf('Nicolás Maduro Guerra, the son of Nicolás Maduro, also pleaded not guilty.')).toEqual([
      'Nicolás Maduro=nicolas-maduro',
    ]);
    expect(marksOf('Luis Arce Gómez fue ministro del Interior de García Meza.', 'es')).toEqual([]);
    // The person's own surname, a day, a title, a headline's capitals: the person.
    expect(marksOf('Nicolás Maduro Moros took office in 2013.')).toEqual([
      'Nicolás Maduro Moros=nicolas-maduro',
    ]);
    expect(marksOf('Keiko Fujimori Thursday denied the charges.')).toEqual(['Keiko Fujimori=keiko-fujimori']);
    expect(marksOf('Pedro Castillo Faces Trial Over Failed Self-Coup')).toEqual([
      'Pedro Castillo=pedro-castillo',
    ]);
  });

  it('the town’s square and mayor, and the bread called chancay, are not the port', () => {
    const page = [
      'Desde que abrió el megapuerto de Chancay, el tráfico de camiones llega hasta la plaza de Chancay.',
      'El alcalde de Chancay pidió más policías. Moja las rodajas de chancay en el café.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual(['megapuerto de Chancay=port-of-chancay']);
  });

  it('"Nueva Mayoría" is fujimorismo only where the page names that movement: in Chile it is Bachelet’s coalition', () => {
    const chile =
      'Santiago. La centroizquierda chilena mira con nostalgia a la Nueva Mayoría, que llevó a Michelle Bachelet al poder.';
    expect(marksOf(chile, 'es')).toEqual(['Michelle Bachelet=michelle-bachelet']);
    const peru =
      'Tras el autogolpe, Cambio 90 y Nueva Mayoría dieron a Alberto Fujimori la mayoría del Congreso en 1992.';
    expect(marksOf(peru, 'es')).toContain('Nueva Mayoría=fujimorismo');
  });

  it('a namesake’s name on a biography’s title line gives the surname away once the body names her again', () => {
    const page = [
      'Rosa Fujimori Tamashiro',
      'This article is about the textile conservator. For the former president of Peru, see Alberto Fujimori. For the politician, see Keiko Fujimori.',
      'Rosa Fujimori Tamashiro (born 1949) is a Peruvian textile conservator.',
      'Fujimori was born in Huaral. Fujimori joined a museum in Miraflores in 1976.',
    ].join('\n\n');
    expect(marksOf(page)).toEqual(['Alberto Fujimori=alberto-fujimori', 'Keiko Fujimori=keiko-fujimori']);
    // Named on its line only, as a signature: it gives nothing away.
    const signed = page.replace('Rosa Fujimori Tamashiro (born 1949) is', 'She is');
    // The bare surname is one of the two the note names (the first named, Alberto, named as often).
    expect(marksOf(signed)).toContain('Fujimori=alberto-fujimori');
  });
});

describe('names: what the thirteenth held-out set taught (stop 34)', () => {
  it('"PT" on a Portuguese page about Brazil is the Workers’ Party; two capitals elsewhere stay unmarked', () => {
    const brazil =
      'AO VIVO: Posse de Lula em Brasília\n\n14h32 — Lula desfila pela Esplanada. Apoiadores do PT lotam o gramado.\n\n' +
      '15h10 — Luiz Inácio Lula da Silva assina o termo de posse. Jair Bolsonaro viajou aos Estados Unidos.';
    expect(marksOf(brazil, 'pt')).toContain('PT=workers-party-brazil');
    // Mexico's Partido del Trabajo in Spanish; Brazil's Partido Liberal on a Portuguese page about Peru.
    const mexico =
      'Ciudad de México. Claudia Sheinbaum recibió a Lula en Palacio Nacional; el PT y Morena firmaron una alianza.';
    expect(marksOf(mexico, 'es')).not.toContain('PT=workers-party-brazil');
    const peru =
      'Ollanta Humala pediu asilo no Brasil. Deputados do PL criticaram o governo, e o PT não comentou. Humala segue no Peru.';
    expect(marksOf(peru, 'pt').filter((mark) => mark.startsWith('PL='))).toEqual([]);
  });

  it('a thing’s short form is introduced by a related entry named in full in its paragraph', () => {
    const markets =
      'Southern Copper subió 4,2 % después de que su gerencia reiterara que Tía María, en el valle del Tambo, producirá en 2027.';
    expect(marksOf(markets, 'es')).toEqual(['Southern Copper=southern-copper', 'Tía María=tia-maria']);
    const roadmap =
      'Ollanta Humala dejó atrás La Gran Transformación y firmó la Hoja de Ruta para tranquilizar a los mercados.';
    expect(marksOf(roadmap, 'es')).toContain('Hoja de Ruta=hoja-de-ruta');
    // Nothing related named beside it: the aunt of a family chat, a bill's two capitals.
    expect(marksOf('Tía María: Buenos días familia, quién viene al almuerzo del domingo?', 'es')).toEqual([]);
    const bill =
      'Nació de un proyecto de ley (PL) presentado por varias bancadas. La presidenta Dina Boluarte la promulgó.';
    expect(marksOf(bill, 'es')).toEqual(['Dina Boluarte=dina-boluarte']);
  });

  it('a word of a run of capitals is a heading’s, not an acronym of the page', () => {
    const listings =
      'Avisos de Lima. A quince minutos del megapuerto de Chancay, cerca de Machu Picchu en Cusco, Perú.\n\n' +
      'CONDOMINIO COLINA DEL SOL — CIENEGUILLA. Lotes desde 300 m² con vista al valle.';
    expect(marksOf(listings, 'es')).toEqual([
      'megapuerto de Chancay=port-of-chancay',
      'Machu Picchu=machu-picchu',
    ]);
    // Between words in lower case, the page's acronym still marks.
    const jne = 'Lima, Perú. Keiko Fujimori y Pedro Castillo esperan. El JNE proclamará al ganador.';
    expect(marksOf(jne, 'es')).toContain('JNE=jne');
  });

  it('French and Portuguese pages name Peru’s institutions and events in their own words', () => {
    const french =
      'Lima (AFP). Le Parlement péruvien a destitué la présidente Dina Boluarte pour « incapacité morale permanente ». Le Parti nationaliste péruvien d’Ollanta Humala a voté contre.';
    expect(marksOf(french, 'fr')).toEqual([
      'Parlement péruvien=congress-of-peru',
      'Dina Boluarte=dina-boluarte',
      'incapacité morale permanente=presidential-vacancy',
      'Parti nationaliste péruvien=partido-nacionalista-peruano',
      'Ollanta Humala=ollanta-humala',
    ]);
    const portuguese =
      'O Congresso do Peru censurou o presidente José Jerí; Keiko Fujimori disputará o segundo turno.';
    expect(marksOf(portuguese, 'pt')).toContain('Congresso do Peru=congress-of-peru');
    // The movements named after their leaders are written alike in Portuguese.
    const quito =
      'Quito. Rafael Correa e Daniel Noboa disputam o Equador; o correísmo perdeu o segundo turno.';
    expect(marksOf(quito, 'pt')).toContain('correísmo=citizens-revolution');
  });

  it('"Conga" alone is the mining conflict on a page about Peru, and a dance elsewhere', () => {
    const mining =
      'Southern Copper avanza en Tía María, en Arequipa. Los inversionistas recuerdan el caso de Conga, en Cajamarca, que paralizó la inversión minera en el Perú.';
    expect(marksOf(mining, 'es')).toContain('Conga=conga-mining-conflict');
    const party =
      'The wedding band played a conga and the guests formed a Conga line around the pool in Miami.';
    expect(marksOf(party, 'en')).toEqual([]);
  });
});

describe('names: the labelled corpus (tests/fixtures/names)', () => {
  const corpus = loadCorpus();

  it('is large and varied enough to measure by', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const languages = new Set(corpus.map((passage) => passage.lang));
    expect([...languages].sort()).toEqual(['en', 'es', 'fr', 'pt']);
  });

  it('labels every match the glossary finds, with known entries, on text the glossary can match', () => {
    const formsOnly = compileMatcher(termsFromEntries(glossary));
    const ids = new Set(glossary.map((entry) => entry.id));
    const problems: string[] = [];
    for (const passage of corpus) {
      const found = formsOnly.find(passage.plain);
      const at = (span: { start: number; end: number }) =>
        `${passage.id}: "${passage.plain.slice(span.start, span.end)}"`;
      for (const match of found)
        if (!passage.labels.some((label) => label.start === match.start && label.end === match.end))
          problems.push(`${at(match)} is found but not labelled (an entry id, or "-")`);
      for (const label of passage.labels) {
        if (label.entryId && !ids.has(label.entryId))
          problems.push(`${at(label)} names no entry: ${label.entryId}`);
        if (!found.some((match) => match.start === label.start && match.end === label.end))
          problems.push(`${at(label)} is labelled but the glossary cannot match it there`);
      }
    }
    expect(new Set(corpus.map((passage) => passage.id)).size).toBe(corpus.length);
    expect(problems).toEqual([]);
  });

  it('precision ≥ 0.98 and recall of introduced names ≥ 0.95', () => {
    expectCorpusHolds(corpus, { labelled: 900, precision: 0.98, recall: 0.95 });
  });
});

describe('names: pages about other countries that share names with Peru’s institutions (tests/fixtures/names/other-countries.json)', () => {
  // Written to break the rules (2026-12-03): Chile's Tribunal Constitucional, Colombia's Congreso de la
  // República, Kennedy's Alliance for Progress, other countries' truth commissions and agrarian reforms,
  // on pages that name Peru in passing. The first 51 pages measured 0.83 / 0.87 with only the glossary's
  // countries counted, 0.979 / 0.933 once every country and datelines count. 45 more ("r4-", written
  // apart from the rules: other countries' pages, Peru's pages naming neighbours, comparisons) measured
  // 0.929 / 0.851 before those rules and 0.974 / 0.862 after. Left: "Alliance for Progress" (Kennedy's,
  // or APP in English), a party's bare name on a page about history, pages led by Peru's entries.
  const corpus = loadCorpus('tests/fixtures/names/other-countries.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 400, precision: 0.97, recall: 0.88 });
  });
});

describe('names: the world’s press on Peru and its region (tests/fixtures/names/world-press.json)', () => {
  // Written apart from the rules (2026-12-04): 60 pages in English, Spanish from other countries,
  // Portuguese and French — wire copy, analysis, transcripts, obituaries, reviews, sports and business
  // pages, with namesakes, places named after people and foreign institutions of the same name. Measured
  // 0.937 / 0.887 when written; surnames readers know alone, places named after people and more sentence
  // openers: 0.945 / 0.912; a surname the page gives someone else first: 0.958 / 0.912.
  // Left: a place or culture that shares its name with an entry ("Chancay", "Barrios Altos", "Tía
  // María"), another country's amnesty law, speakers' surnames in capitals in transcripts.
  const corpus = loadCorpus('tests/fixtures/names/world-press.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 600, precision: 0.95, recall: 0.9 });
  });
});

describe('names: Peru’s regions, six other countries and namesakes (tests/fixtures/names/regions-and-namesakes.json)', () => {
  // Written apart from the rules (2026-12-04): 50 pages, 18 in Spanish from Peru's regions and six other
  // countries, 16 English, 8 Portuguese, 8 French; biographies of namesakes, bylines, museum and
  // culture pages, results archives, readers' letters. Measured 0.945 / 0.945 when written; a country
  // counted by every full name and a surname the page gives someone else first: 0.969 / 0.945.
  // Left: a family's shared surname in a paragraph about one brother, "Eva Perón" before "Perón" the
  // general, "segunda vuelta" in a results table, foreign truth commissions and congresses on a page
  // that compares them with Peru's.
  const corpus = loadCorpus('tests/fixtures/names/regions-and-namesakes.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 520, precision: 0.96, recall: 0.93 });
  });
});

describe('names: namesakes, page furniture and everyday words (tests/fixtures/names/namesakes-and-furniture.json)', () => {
  // Written apart from the rules (2026-12-04): 40 pages (14 Spanish from Peru and seven other countries,
  // 12 English, 7 Portuguese, 7 French), a quarter of the labels traps: relatives and athletes who share
  // a surname, other countries' congresses and courts, "golpe" and "coup" in everyday phrases, menus,
  // "most read" lists, TV schedules, results tables. Measured 0.959 / 0.943 when written; case names,
  // hyphen-joined surnames and bylines on a line of their own: 0.960 / 0.950.
  // Left: a football player nicknamed "Lula", a culture and a town that share a port's or ruin's name
  // ("Chancay", "Machupicchu"), Peru's own 1995 amnesty law.
  const corpus = loadCorpus('tests/fixtures/names/namesakes-and-furniture.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 520, precision: 0.95, recall: 0.94 });
  });
});

describe('names: wikis, readers’ letters and acronyms (tests/fixtures/names/wikis-letters-and-acronyms.json)', () => {
  // Written apart from the rules (2026-12-04): 40 pages (18 Spanish, 12 English, 5 Portuguese, 5 French):
  // live blogs, court and regional news, obituaries, interviews, timelines, columns with readers'
  // comments, a Wikipedia article on a namesake, newsletters, travel and sports pages; a fifth of the
  // labels traps. Four labels changed on review: Barrios Altos and La Cantuta told as the massacres'
  // scenes are the massacres. Measured 0.971 / 0.945 when written; 0.971 / 0.958 with acronyms readers
  // know alone and "Chávez"; 0.979 / 0.962 with a namesake's title line confirmed by her biography,
  // "d'Eva Perón" and a name known alone before the page gives it away; 0.984 / 0.962 with the town
  // and culture of Chancay apart from its port.
  // Left: a fact-check's "Fujimori" after Keiko is named in passing; a football player nicknamed
  // "Lula"; "Porky".
  const corpus = loadCorpus('tests/fixtures/names/wikis-letters-and-acronyms.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 520, precision: 0.98, recall: 0.96 });
  });
});

describe('names: families, namesakes and podcasts (tests/fixtures/names/families-namesakes-and-podcasts.json)', () => {
  // Written apart from the rules (2026-12-04): 40 pages (16 Spanish, 12 English, 6 Portuguese, 6 French):
  // a family timeline of the Fujimoris, profiles of the Humala brothers, a surname index of the
  // Kirchners, a podcast transcript, a syllabus, readers' letters, a live blog, wire briefs, sports and
  // culture pages; namesakes (two Montesinos, Toledo in Paraná and Ohio, Mendoza the province), other
  // countries' IU, PT, TC and Frente Amplio, idioms of "coup" and "golpe"; a fifth of the labels traps.
  // Held out: 0.947 / 0.903 (556 right, 30 false) with the rules as this stop began, 0.952 / 0.903
  // (27 false) with its names changes; 0.952 / 0.911 with the port of Chancay named in Portuguese and
  // French; 0.957 / 0.914 with "Heredia, in Costa Rica", reading lists and the age group "generación Z"
  // (case-sensitive) that its misses then led to. Left: the city of Toledo in Paraná before the page names Alejandro Toledo; a neighbourhood
  // or flower told apart from the massacres of Barrios Altos and La Cantuta; a reading list's surnames.
  const corpus = loadCorpus('tests/fixtures/names/families-namesakes-and-podcasts.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 610, precision: 0.95, recall: 0.9 });
  });
});

describe('names: six countries, recipes and captions (tests/fixtures/names/six-countries-recipes-and-captions.json)', () => {
  // Written apart from the rules (2026-12-04, stop 33): 40 pages (16 Spanish, 12 English, 6 Portuguese, 6
  // French): news from Spain, Mexico, Colombia, Chile, Argentina, Bolivia and Ecuador where the glossary's
  // surnames belong to judges, players and painters; a recipe with chancay bread and Tía María liqueur, a
  // travel guide, readers' comments, photo captions, a mining newsletter, panel abstracts, a homepage of
  // teasers; a quarter of the labels traps. Held out: 0.945 / 0.933 (294 right, 1 wrong, 16 false); 0.951
  // with the town's square and mayor, and the bread in lower case, that its misses then led to; 0.958
  // with full names run on by another surname ("Nicolás Maduro Guerra", the son). Left: a trail called
  // "Sendero de los Alfareros", short forms of a mine beside its owner's name (Tía María, Conga), French
  // and Portuguese names of other countries' parties.
  const corpus = loadCorpus('tests/fixtures/names/six-countries-recipes-and-captions.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 315, precision: 0.945, recall: 0.925 });
  });
});

describe('names: interviews, threads and markets (tests/fixtures/names/interviews-threads-and-markets.json)', () => {
  // Written apart from the rules (2026-12-04, stop 33): 40 pages (16 Spanish, 12 English, 6 Portuguese, 6
  // French): magazine Q&As with surnames as speaker labels, memoirs, book excerpts, pages thick with menus,
  // bylines and cookie notices, fact-checks, quizzes and flashcards, a forum, an X thread, a family chat,
  // markets news where party acronyms are tickers, property listings in capitals, event listings; a
  // fifth of the labels traps. Held out: 0.961 / 0.911 (419 right, 0 wrong, 17 false) with the rules as
  // they were after the eleventh round; 0.962 / 0.926 with a name known alone on a page about its country
  // and "Antauro" known alone, that its misses then led to. Left: "APP" and "CAN" as tickers and
  // public-private partnerships, names in capitals in listings, first names in chats.
  const corpus = loadCorpus('tests/fixtures/names/interviews-threads-and-markets.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 460, precision: 0.955, recall: 0.915 });
  });
});

describe('names: live blogs, courts and listings (tests/fixtures/names/live-blogs-courts-and-listings.json)', () => {
  // Written apart from the rules (2026-12-04, stop 34) by a helper who read only the glossary digest: 40
  // pages (15 Spanish, 12 English, 7 Portuguese, 6 French): live blogs, court reports, fact-checks,
  // obituaries, results tables, a rector's speech, syllabi and abstracts, newsletters, sports pages,
  // listings and classifieds, TV guides, book reviews; namesakes (a trafficker called Martín Vizcarra,
  // a baker called Pedro Castillo, Jaime Paz Zamora beside Rodrigo Paz), La Cantuta the university, Tía
  // María the liqueur, "Lula" the squid. Held out: 0.951 / 0.924 (366 right, 18 false) with the rules as
  // this stop began; 0.951 / 0.934 with "o PT" on Portuguese pages about Brazil, a thing's short form
  // introduced by a related entry beside it and "Conga" known alone; 0.952 / 0.943 with French and
  // Portuguese names. Left: a syllabus's bare surnames, capitals in listings ("CASA DE PLAYA EN CHANCAY").
  const corpus = loadCorpus('tests/fixtures/names/live-blogs-courts-and-listings.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 390, precision: 0.945, recall: 0.925 });
  });
});

describe('names: wires, markets and local news mostly not about Peru (tests/fixtures/names/wires-markets-and-local-news.json)', () => {
  // Written apart from the rules (2026-12-04, stop 34) by a helper who read only the glossary digest: 40
  // pages (14 English, 12 Spanish, 7 Portuguese, 7 French) of ordinary news where the glossary's entries
  // appear in passing or not at all: wire stories from Colombia, Bolivia, Venezuela, Mexico, Uruguay,
  // Costa Rica, Ecuador, Brazil, Chile, Argentina, Poland and Spain, markets, sport, science, recipes,
  // opinion, Q&A explainers, local news from Spain, Portugal, France and Toledo, Ohio; other countries'
  // congresses, amnesty laws, truth commissions and Frente Amplio, "coup" as an idiom, the Petro coin,
  // Jorge Rodríguez, Brazil's PL. Held out: 0.967 / 0.904 (206 right, 7 false) with this stop's rules;
  // 0.968 / 0.921 with the French plurals of the ideologies (stop 35).
  // Left: Uruguay's "FA", Néstor Kirchner by his given name in a novel's review, the world's Gen Z
  // protests and truth commissions beside Peru's.
  const corpus = loadCorpus('tests/fixtures/names/wires-markets-and-local-news.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 225, precision: 0.96, recall: 0.895 });
  });
});

describe('names: forums, official texts, school material, guides, satire and sport (tests/fixtures/names/forums-official-texts-and-guides.json)', () => {
  // Written apart from the rules (2026-12-04, stop 35) by a helper who read only the glossary digest: 40
  // pages (24 Spanish, 10 English, 3 Portuguese, 3 French): comment sections and forum threads in lower
  // case, press releases, legal notices, a Diario de Debates extract, an ombudsman's report, an exam
  // question bank, a syllabus, a revision timeline, city and museum guides, parody news, a political
  // horoscope, cartoon captions, match reports and a reality show's recap; footballers, singers and
  // streets with the glossary's surnames, "sendero", "colina", "conga", "tía María". 694 labels, 196 of
  // them traps. Held out: 0.940 / 0.815 (406 right, 24 false) with the rules as this stop began; 0.942 /
  // 0.841 with a surname among three people of its country, "conflicto armado interno" and "mociones de
  // vacancia".
  // Left: names written in lower case in comments ("toledo", "sagasti", "la keiko"); "el profe"; a bare
  // "Fujimori" in a ranking, Alberto or Keiko by what was said of him posts before.
  const corpus = loadCorpus('tests/fixtures/names/forums-official-texts-and-guides.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 490, precision: 0.935, recall: 0.83 });
  });
});

describe('names: lists, aggregators, transcripts, regional press and biographies (tests/fixtures/names/lists-aggregators-transcripts-and-regions.json)', () => {
  // Written apart from the rules (2026-12-04, stop 35) by a helper who read only the glossary digest: 40
  // pages (22 Spanish, 12 English, 3 Portuguese, 3 French): lists of heads of state, a cabinet roster,
  // runoff results by region as a table, a party registry, a ranking of scandals; news aggregators,
  // search results, "most read" boxes, RSS digests; debate, radio and press-briefing transcripts;
  // regional press from Cusco, Puno, Piura, Cajamarca, Arequipa, Loreto and Ayacucho; CVs, faculty
  // profiles and obituaries of lesser figures; think-tank features on other countries' Broad Fronts,
  // Workers' Parties, amnesty laws and tribunals. 962 labels, 180 of them traps. Held out: 0.961 / 0.855
  // (669 right, 26 false) with the rules as this stop began; 0.959 / 0.887 with a table's cells read apart
  // (a tab ends a name, as a cell does on a page); 0.959 / 0.895 with "Petro" known alone.
  // Left: "Senado" alone (+1 right, +7 false when tried); "PPK" as the acronym of Kuczynski's party; a
  // journalist nicknamed "Doc" on a page about Montesinos.
  const corpus = loadCorpus('tests/fixtures/names/lists-aggregators-transcripts-and-regions.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 780, precision: 0.95, recall: 0.885 });
  });
});

describe('names: disambiguation pages, US and Spanish media, statements, newsletters, ironic columns and business pages (tests/fixtures/names/disambiguation-newsletters-and-statements.json)', () => {
  // Written apart from the rules (2026-12-04, stop 35) by a helper who read only the glossary digest: 40
  // pages (22 Spanish, 12 English, 3 Portuguese, 3 French): disambiguation and surname pages (García,
  // Castillo, Humala, Morales, Paz, Toledo, Frente Amplio, APRA), Univision-, CNN en Español- and El
  // País-style stories on migrants, NGO, church, union and UN statements, newsletters and podcast show
  // notes, columns of nicknames and irony, personal finance and business pages where "Southern",
  // "Fuerza", "Alianza", "APP", "TC" and firms named García Hermanos or Castillo Motors collide with the
  // glossary. 761 labels, 242 of them traps. Held out: 0.894 / 0.857 (445 right, 48 false) with the rules
  // as this stop began; 0.896 / 0.898 with its earlier changes; 0.917 / 0.896 with a surname that the
  // page gives to four or more other people left to no one.
  // Left: a disambiguation page's acronyms ("l'APRA Rebelde", Australia's APRA) and its list of Broad
  // Fronts; a dictionary of nicknames that never names its people in full.
  const corpus = loadCorpus('tests/fixtures/names/disambiguation-newsletters-and-statements.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 515, precision: 0.91, recall: 0.885 });
  });
});

describe('names: papers, embedded posts, galleries, judgments, Q&A sites and catalogues (tests/fixtures/names/papers-posts-galleries-and-catalogues.json)', () => {
  // Written apart from the rules (2026-12-04, stop 35) by a helper who read only the glossary digest: 40
  // pages (22 Spanish, 12 English, 3 Portuguese, 3 French): working papers with author-year citations and
  // reference lists ("Castillo, M."), news with embedded posts and hashtags, photo galleries whose
  // credits carry politicians' surnames ("REUTERS/Sebastián Castillo"), court judgments and legal
  // databases, Q&A threads, library catalogues and bookshop listings. 915 labels, 221 of them traps.
  // Held out: 0.926 / 0.853 (592 right, 41 false) with the rules as this stop began; 0.928 / 0.872 with
  // its earlier changes; 0.942 / 0.869 with a slash ending a word, so that a credit's given name makes
  // the surname someone else's.
  // Left: a gallery that credits Claudia Morales before it names Evo Morales (the surname stays hers);
  // "Humala Tasso, Antauro" in a catalogue heading; the neighbourhood of Barrios Altos in a gallery.
  const corpus = loadCorpus('tests/fixtures/names/papers-posts-galleries-and-catalogues.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 680, precision: 0.935, recall: 0.86 });
  });
});

describe('names: everyday pages mostly not about politics (tests/fixtures/names/reviews-jobs-blotters-music-and-genealogy.json)', () => {
  // Written apart from the rules (2026-12-04, stop 35) by a helper who read only the glossary digest: 40
  // pages (22 Spanish, 12 English, 3 Portuguese, 3 French): hotel, restaurant and product reviews (a chifa
  // called El Chino, Toledo knives, a "Sendero Luminoso" night trail in Costa Rica, Keiko Café in Lyon),
  // job postings, police blotters, lyrics, charts and concert listings (a singer named Keiko, a band
  // called Golpe de Estado), family-history pages on the Humala, Fujimori, Castillo and Kirchner
  // surnames, university event calendars. 414 labels, 289 of them traps: a set that mostly measures
  // false marks. Held out: 0.835 / 0.848 (106 right, 20 false) with the rules as this stop began; 0.836 /
  // 0.856 now.
  // Left: a trail in Costa Rica named "Sendero Luminoso"; Barrios Altos the neighbourhood in a police
  // blotter; a singer called Keiko on a chart that later names Keiko Fujimori as her namesake; a band
  // called Golpe de Estado; surname blogs that list fewer than four other Kirchners or Castillos.
  const corpus = loadCorpus('tests/fixtures/names/reviews-jobs-blotters-music-and-genealogy.json');

  it('keeps its precision and recall from falling', () => {
    expectCorpusHolds(corpus, { labelled: 120, precision: 0.83, recall: 0.84 });
  });
});

describe('names: a photo credit (stop 35)', () => {
  it('"REUTERS/Sebastián Castillo" is the photographer, and Castillo the candidate stays his', () => {
    expect(
      marksOf(
        'Pedro Castillo rides a horse to his polling station in Tacabamba. REUTERS/Sebastián Castillo\n\nCastillo addresses supporters from a balcony.',
      ),
    ).toEqual(['Pedro Castillo=pedro-castillo', 'Castillo=pedro-castillo']);
  });
});

describe('names: a surname many people share on the page (stop 35)', () => {
  it('a disambiguation page that gives "García" to four others leaves the bare surname to no one', () => {
    const marks = marksOf(
      'García puede referirse a:\n\n• Alan García (1949–2019), presidente del Perú.\n\n• Gabriel García Márquez, escritor colombiano.\n\n• Federico García Lorca, poeta español.\n\n• Andy García, actor.\n\n• Calixto García, general cubano.\n\n• García, municipio de Nuevo León.',
      'es',
    );
    expect(marks).toContain('Alan García=alan-garcia');
    expect(marks.filter((mark) => mark === 'García=alan-garcia')).toEqual([]);
  });

  it('a page about Alan García that mentions one other García keeps "García" his', () => {
    expect(
      marksOf(
        'Alan García gobernó el Perú dos veces. Admiraba a Gabriel García Márquez.\n\nGarcía murió en 2019.',
        'es',
      ),
    ).toContain('García=alan-garcia');
  });
});

describe('names: "Fujimori padre", "Fujimori hija" (stop 35)', () => {
  it('the word after the surname says which Fujimori, whoever the page named last', () => {
    expect(
      marksOf(
        'Keiko Fujimori pasó a la segunda vuelta. "Mis papás hablan de Fujimori padre como si estuviera vivo", dice Andrea.',
        'es',
      ),
    ).toEqual([
      'Keiko Fujimori=keiko-fujimori',
      'segunda vuelta=runoff-election',
      'Fujimori padre=alberto-fujimori',
    ]);
  });
});

describe('names: table cells and coins (stop 35)', () => {
  it('a tab between two capitalized words (a table row as text) is no longer name', () => {
    expect(
      marksOf(
        'Pedro Castillo y Keiko Fujimori disputaron la segunda vuelta.\n\nRegión\tGanador\nPuno\tCastillo\tPerú Libre',
        'es',
      ).filter((mark) => mark.startsWith('Castillo=')),
    ).toEqual(['Castillo=pedro-castillo']);
  });

  it('"Petro" alone is Gustavo Petro on a page about the region; "el Petro", Venezuela’s coin, is not', () => {
    expect(
      marksOf('Colombia: Petro defiende la reforma laboral ante el Congreso de Bogotá.', 'es'),
    ).toContain('Petro=gustavo-petro');
    expect(
      marksOf(
        'Nicolás Maduro lanzó el Petro en 2018, una criptomoneda respaldada por petróleo que fracasó.',
        'es',
      ).filter((mark) => mark.startsWith('Petro=')),
    ).toEqual([]);
  });
});

describe('names: a surname among people of its country (stop 35)', () => {
  it('a surname among three people its paragraph names is one of them too', () => {
    expect(
      marksOf(
        'El Congreso vacó a Dina Boluarte y asumió José Jerí.\n\nConteo hasta ahora: Boluarte 2, Vizcarra 1, Sagasti 1, Merino 1.',
        'es',
      ),
    ).toContain('Merino=manuel-merino');
  });

  it('beside two it is still no one, and a surname two entries share stays unmarked', () => {
    expect(
      marksOf(
        'El Congreso vacó a Dina Boluarte y asumió José Jerí.\n\nEn la foto, Boluarte, Vizcarra y el chef Merino.',
        'es',
      ),
    ).not.toContain('Merino=manuel-merino');
    expect(
      marksOf(
        'El Congreso vacó a Dina Boluarte y asumió José Jerí.\n\nConteo: Boluarte 2, Vizcarra 1, Sagasti 1, Fujimori 3.',
        'es',
      ).filter((mark) => mark.startsWith('Fujimori=')),
    ).toEqual([]);
  });

  it('"conflicto armado interno" on a page about Peru is its internal armed conflict', () => {
    expect(
      marksOf(
        'La Comisión de la Verdad y Reconciliación entregó su informe en 2003. El conflicto armado interno dejó cerca de 70 000 víctimas.',
        'es',
      ),
    ).toContain('conflicto armado interno=internal-conflict-peru');
  });
});

describe('names: properties of the second pass', () => {
  const entryIds = glossary.map((entry) => entry.id);

  it('a decision is always one of the mention’s candidates, and alternatives never repeat it', () => {
    const random = new Random(14);
    for (let page = 0; page < 400; page++) {
      const readings: Reading[] = [];
      for (let count = random.int(30); count > 0; count--) {
        const kind = random.int(4);
        if (kind === 0)
          readings.push({ kind: 'strong', entryId: random.pick(entryIds), proper: random.chance(0.7) });
        else if (kind === 1) {
          const candidates = [...new Set([random.pick(entryIds), random.pick(entryIds)])];
          readings.push({
            kind: 'weak',
            candidates,
            nouns: random.chance(0.3) ? candidates.slice(0, 1) : [],
          });
        } else if (kind === 2)
          readings.push({ kind: 'country', country: random.pick(['PE', 'BO', 'BR', 'KR']) });
        else readings.push({ kind: 'none' });
      }
      const decisions = resolveMentions(readings, entryFacts);
      expect(decisions).toHaveLength(readings.length);
      decisions.forEach((decision, index) => {
        const reading = readings[index] as Reading;
        if (reading.kind === 'strong') expect(decision.entryId).toBe(reading.entryId);
        else if (reading.kind === 'weak') {
          if (decision.entryId !== null) expect(reading.candidates).toContain(decision.entryId);
          expect(decision.alternatives).not.toContain(decision.entryId);
          for (const other of decision.alternatives) expect(reading.candidates).toContain(other);
        } else expect(decision.entryId).toBeNull();
        // A weak mention whose candidates nothing on the page introduced (by their own full name, or by
        // the full name of an entry that introduces them: Alberto Fujimori introduces "Keiko") stays unmarked.
        if (reading.kind === 'weak' && reading.nouns.length === 0) {
          const introduced = readings.some(
            (other) =>
              other.kind === 'strong' &&
              reading.candidates.some(
                (candidate) =>
                  candidate === other.entryId ||
                  entryFacts.entry(candidate)?.introducedBy?.includes(other.entryId),
              ),
          );
          if (!introduced) expect(decision.entryId).toBeNull();
        }
      });
    }
  });

  it('random prose with glossary names never throws, and every mark names an entry a form there names', () => {
    const random = new Random(2026);
    const forms = glossary.flatMap((entry) => [entry.term, ...entry.aliases]);
    for (let page = 0; page < 150; page++) {
      const words = random.chance(0.5) ? ENGLISH_WORDS : SPANISH_WORDS;
      const paragraphs = Array.from({ length: 1 + random.int(4) }, () =>
        Array.from({ length: 1 + random.int(6) }, () =>
          random.chance(0.5) ? random.pick(forms) : fillerWords(random, 1 + random.int(8), words),
        ).join(random.pick([' ', '. ', ', ', '\n', ' "'])),
      );
      const language = random.pick(['en', 'es', 'fr', 'pt'] as const);
      for (const mark of resolveParagraphs(paragraphs, matcher, language, entryFacts)) {
        const text = paragraphs[mark.paragraph] ?? '';
        const match = matcher
          .findEach([text])[0]
          ?.find((found) => found.start === mark.start && found.end === mark.end);
        if (!match) throw new Error(`${text.slice(mark.start, mark.end)} is not a match in ${text}`);
        const named = matcher.formsMatching(text, match).map((index) => matcher.form(index).entryId);
        expect(named).toContain(mark.entryId);
      }
    }
  });
});

describe('names: the nearest introduction, on long pages too', () => {
  /** The rule said plainly: the introduced candidate named last before the mention, else the first after. */
  function nearestByHand(
    positions: ReadonlyMap<string, number[]>,
    index: number,
    candidates: readonly string[],
  ) {
    const introduced = candidates.filter((entryId) => (positions.get(entryId) ?? []).length > 0);
    if (introduced.length === 0) return null;
    const at = (entryId: string) => positions.get(entryId) ?? [];
    const lastBefore = (entryId: string) =>
      Math.max(-1, ...at(entryId).filter((position) => position < index));
    const firstAfter = (entryId: string) =>
      Math.min(Infinity, ...at(entryId).filter((position) => position > index));
    const withBefore = introduced.filter((entryId) => lastBefore(entryId) >= 0);
    if (withBefore.length > 0) return withBefore.reduce((a, b) => (lastBefore(b) > lastBefore(a) ? b : a));
    return introduced.reduce((a, b) => (firstAfter(b) < firstAfter(a) ? b : a));
  }

  it('on 200 random pages of up to 1,500 mentions, each short form names what the rule says', () => {
    const people = ['keiko-fujimori', 'alberto-fujimori', 'ollanta-humala', 'antauro-humala'];
    const names = nameFactsOf(glossary);
    for (let seed = 1; seed <= 200; seed++) {
      const random = new Random(seed);
      const length = 1 + random.int(seed % 10 === 0 ? 1_500 : 60);
      const readings: Reading[] = Array.from({ length }, (): Reading => {
        if (random.chance(0.4)) return { kind: 'strong', entryId: random.pick(people), proper: true };
        const first = random.pick(people);
        const second = random.pick(people.filter((entryId) => entryId !== first));
        return { kind: 'weak', candidates: [first, second], nouns: [] };
      });
      const decisions = resolveMentions(readings, names);
      const positions = new Map<string, number[]>();
      readings.forEach((reading, index) => {
        if (reading.kind === 'strong')
          positions.set(reading.entryId, [...(positions.get(reading.entryId) ?? []), index]);
      });
      readings.forEach((reading, index) => {
        if (reading.kind !== 'weak') return;
        expect(decisions[index]?.entryId ?? null).toBe(nearestByHand(positions, index, reading.candidates));
      });
    }
  });
});

describe('names: nicknames (stop 35)', () => {
  it('a nickname in capitals names the entry on a page that names it in full', () => {
    expect(
      marksOf(
        'Alberto Fujimori won the 1990 runoff.\n\nIn the shantytowns of Lima, el Chino promised there would be no shock.',
      ),
    ).toEqual(['Alberto Fujimori=alberto-fujimori', 'Chino=alberto-fujimori']);
    expect(
      marksOf('Vladimiro Montesinos ran the intelligence service. Officers called him the Doc.'),
    ).toEqual(['Vladimiro Montesinos=vladimiro-montesinos', 'Doc=vladimiro-montesinos']);
  });

  it('the same words as everyday words, or on a page without the entry, mark nothing', () => {
    expect(
      marksOf('Alberto Fujimori visitó la fábrica con un empresario chino y un ingeniero.', 'es'),
    ).toEqual(['Alberto Fujimori=alberto-fujimori']);
    expect(marksOf('El Chino abrió su chifa en el centro de Lima hace treinta años.', 'es')).toEqual([]);
    expect(marksOf('Doc Rivers coached the team to a title in 2008.')).toEqual([]);
  });
});

describe('names: the ideologies in French plurals (stop 35)', () => {
  it('"socialistes", "communistes", "néolibéraux" and "capitalistes" are the ideologies, as their singulars are', () => {
    expect(
      marksOf(
        'À Santiago, les communistes et les socialistes ont voté contre la réforme. Les néolibéraux et les capitalistes la défendent.',
        'fr',
      ),
    ).toEqual([
      'communistes=communism',
      'socialistes=socialism',
      'néolibéraux=neoliberalism',
      'capitalistes=capitalism',
    ]);
  });
});

describe('names: a full name the page gives someone else (stop 37)', () => {
  it('a page whose "Rodrigo Paz" runs on into another surname, and names nothing of Bolivia, is about that man', () => {
    const page = [
      'Rodrigo Paz, dirigente histórico de un club de fútbol de Quito, murió a los 87 años',
      'Rodrigo Paz Delgado fue alcalde de Quito entre 1988 y 1992 y ministro de Finanzas.',
      'Paz presidió el club durante dos décadas; el estadio lleva su nombre.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual([]);
  });

  it('a page that also names his country or his people is about both men', () => {
    const page = [
      'Nicolás Maduro Guerra, diputado, habló ante la prensa en Caracas.',
      'Su padre, Nicolás Maduro, fue capturado en enero y Venezuela vive días de incertidumbre.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual(['Nicolás Maduro=nicolas-maduro']);
  });

  it('a page that writes the person’s full name another way names them too', () => {
    const page = [
      'Un juzgado de Cusco dictó prisión preventiva contra Martín Vizcarra Quispe, dirigente vecinal.',
      'No es el expresidente: el exmandatario se llama Martín Alberto Vizcarra Cornejo.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual(['Martín Alberto Vizcarra Cornejo=martin-vizcarra']);
  });
});

describe('names: the French name of Bolivia’s MAS (stop 37)', () => {
  it('"Mouvement vers le socialisme" is the party, not the ideology', () => {
    expect(
      marksOf(
        "En Bolivie, le Mouvement vers le socialisme d'Evo Morales a perdu les élections de 2025.",
        'fr',
      ),
    ).toEqual(['Mouvement vers le socialisme=mas-bolivia', 'Evo Morales=evo-morales']);
  });
});

describe('names: one sense of a surname per page (stop 37)', () => {
  it('a surname named among compatriots in one paragraph is that person in the others too', () => {
    const page = [
      '¿Quién fue el peor presidente del Perú desde el fujishock y el autogolpe de 1992? Voten abajo.',
      'Para mí fue Merino: duró poco, pero las protestas de noviembre de 2020 dejaron dos muertos.',
      'Conteo hasta ahora: Fujimori 3, Castillo 2, Boluarte 2, Toledo 1, Vizcarra 1, Merino 1, PPK 0.',
    ].join('\n\n');
    expect(marksOf(page, 'es').filter((mark) => mark === 'Merino=manuel-merino')).toHaveLength(2);
  });

  it('without such a paragraph, the surname alone names no one', () => {
    expect(marksOf('Para mí fue Merino, aunque duró poco.', 'es')).toEqual([]);
  });

  it('nor does it in a paragraph that names nothing of politics ("mi cocinero favorito… Merino")', () => {
    const page = [
      'Con la vacancia de Dina Boluarte, hagamos el ranking del peor presidente desde el fujishock.',
      'Conteo hasta ahora: Fujimori 3, Castillo 2, Boluarte 2, Toledo 1, Vizcarra 1, Merino 1, PPK 0.',
      'Mi cocinero favorito sigue siendo Merino, el del chifa de la esquina.',
    ].join('\n\n');
    expect(marksOf(page, 'es').filter((mark) => mark === 'Merino=manuel-merino')).toHaveLength(1);
  });
});

describe('names: French sentence openers and "M." before a surname (stop 37)', () => {
  it('"Outre Castillo" and "M. Jeri" name the people the page introduced', () => {
    const page = [
      "L'ancien président Pedro Castillo a été condamné à Lima. José Jerí dirige le pays depuis octobre.",
      "Outre Castillo, plusieurs anciens ministres sont accusés. M. Jeri n'a pas commenté la décision.",
    ].join('\n\n');
    expect(marksOf(page, 'fr')).toEqual([
      'Pedro Castillo=pedro-castillo',
      'José Jerí=jose-jeri',
      'Castillo=pedro-castillo',
      'Jeri=jose-jeri',
    ]);
  });
});

describe('names: Portuguese and Spanish adverbs that open a sentence (stop 37)', () => {
  it('"Já Humala foi detido" names the Humala the page introduced', () => {
    const page = [
      'Ollanta Humala e Nadine Heredia foram condenados a 15 anos de prisão em Lima.',
      'Já Humala foi detido e levado à prisão de Barbadillo.',
    ].join('\n\n');
    expect(marksOf(page, 'pt')).toContain('Humala=ollanta-humala');
  });
});

describe('names: a competition or an award named after an entry (stop 37)', () => {
  it('"Copa Mercosul" is a football cup, "o Mercosul" the bloc', () => {
    expect(
      marksOf(
        'O título da Copa Mercosul de 1999 foi do Flamengo. O torneio, organizado com uma empresa brasileira, durou de 1998 a 2001 e teve finais no Brasil e na Argentina.',
        'pt',
      ),
    ).toEqual([]);
    expect(marksOf('O Mercosul assinou o acordo com a União Europeia em Assunção.', 'pt')).toEqual([
      'Mercosul=mercosur',
    ]);
  });
});

describe('names: the Gen Z protests in Portuguese (stop 37)', () => {
  it('"Geração Z" beside Peru’s politics is the protests; the generation alone is no one', () => {
    expect(
      marksOf(
        'Milhares de jovens da Geração Z protestaram em Lima contra o presidente José Jerí e o Congresso.',
        'pt',
      ),
    ).toEqual(['Geração Z=gen-z-protests-peru-2025', 'José Jerí=jose-jeri']);
    expect(marksOf('A Geração Z prefere vídeos curtos e redes sociais.', 'pt')).toEqual([]);
  });
});

describe('names: a pronoun or a page section after a full name (stop 37)', () => {
  it('"Daniel Noboa He was…" and "… Gabriel Boric Internacional" are the people, not longer names', () => {
    expect(marksOf('When the campaign began, Daniel Noboa He was almost unknown in Ecuador.')).toEqual([
      'Daniel Noboa=daniel-noboa',
    ]);
    expect(marksOf('Te recomendamos: él es Gabriel Boric Internacional', 'es')).toEqual([
      'Gabriel Boric=gabriel-boric',
    ]);
  });

  it('"Jorge Chávez International Airport" still runs on into the airport’s name', () => {
    expect(marksOf('Travelers crowd the Jorge Chávez International Airport in Lima.')).toEqual([]);
  });
});

describe('names: "ISI" once the page spells it out (stop 37)', () => {
  it('is import substitution after the page names it in full, and nothing on a page about another ISI', () => {
    expect(
      marksOf(
        'La industrialización por sustitución de importaciones (ISI) marcó a la región. La ISI fracasó en los ochenta.',
        'es',
      ),
    ).toContain('ISI=import-substitution-industrialization');
    expect(marksOf("Pakistan's ISI spy agency denied the report.")).toEqual([]);
  });
});

describe('names: "neither … nor" before a surname (stop 38)', () => {
  it('"Neither Noboa nor Vera won" keeps Noboa his', () => {
    expect(
      marksOf(
        "Ecuador's runoff pits Daniel Noboa against Luisa Vera. Neither Noboa nor Vera won a majority.",
      ),
    ).toEqual(['Daniel Noboa=daniel-noboa', 'Noboa=daniel-noboa']);
  });
});

describe('names: slogans before or after a name (stop 37)', () => {
  it('"Viva Lula" and "Fora Bolsonaro" name the people the page introduced', () => {
    const page = [
      'Luiz Inácio Lula da Silva venceu Jair Bolsonaro no segundo turno.',
      '"Viva Lula", escreveu o colombiano Gustavo Petro. Nas ruas, gritavam "Fora Bolsonaro".',
    ].join('\n\n');
    const marks = marksOf(page, 'pt');
    expect(marks).toContain('Lula=lula-da-silva');
    expect(marks.filter((mark) => mark === 'Bolsonaro=jair-bolsonaro')).toHaveLength(1);
  });
});

describe('names: a surname the page’s other names say whose it is (stop 38)', () => {
  it('"Humala" and "Heredia" alone, on a page that names her party and Odebrecht in full, are the couple', () => {
    const page =
      'Heredia, who co-founded the Partido Nacionalista Peruano with Humala, was also found guilty of ' +
      'laundering money from Odebrecht. The court gave Humala and Heredia 15 years each.\n\n' +
      'Humala had led the Locumba revolt in 2000 against Alberto Fujimori.';
    const marks = marksOf(page);
    expect(marks.filter((mark) => mark.startsWith('Humala='))).toEqual([
      'Humala=ollanta-humala',
      'Humala=ollanta-humala',
      'Humala=ollanta-humala',
    ]);
    expect(marks.filter((mark) => mark.startsWith('Heredia='))).toEqual([
      'Heredia=nadine-heredia',
      'Heredia=nadine-heredia',
    ]);
  });

  it('"Castillo" in a paragraph of its own is the president the page relates to Boluarte and Keiko Fujimori', () => {
    const page =
      'Castillo was removed by Congress hours after he announced he would dissolve it. Dina Boluarte, ' +
      'his vice-president, was sworn in. Keiko Fujimori welcomed the vote.\n\n' +
      'Castillo was arrested on his way to the Mexican embassy.';
    expect(marksOf(page).filter((mark) => mark.startsWith('Castillo='))).toEqual([
      'Castillo=pedro-castillo',
      'Castillo=pedro-castillo',
    ]);
  });

  it('a surname two people share is the one the page relates more of its names to', () => {
    const page =
      'El Andahuaylazo de 2005 ocurrió bajo el gobierno de Alejandro Toledo. Veinte años después, Juntos ' +
      'por el Perú presentó su lista al Senado.\n\nHumala encabeza esa lista.';
    expect(marksOf(page, 'es')).toContain('Humala=antauro-humala');
  });

  it('a surname the glossary\'s people share needs one related name: "Fujimori" beside Pedro Castillo is Keiko', () => {
    const page =
      "Whoever faces Pedro Castillo in Peru's runoff will win, I think.\n\n" +
      'If it is Fujimori again, the left will unite against her.';
    expect(marksOf(page)).toContain('Fujimori=keiko-fujimori');
  });

  it('a related entry named by a phrase of its own counts as one named in full: "permanente incapacidad moral" makes "Castillo" his', () => {
    const page = [
      'En el Perú, el Parlamento removió a Castillo por permanente incapacidad moral horas después de que anunciara su disolución, lo que varios legisladores llamaron un golpe de Estado.',
      'Boluarte juró en su lugar y completará el periodo. Castillo quedó detenido.',
      'Hace tres décadas, Alberto Fujimori también disolvió el Congreso.',
    ].join('\n\n');
    expect(marksOf(page, 'es').filter((mark) => mark.startsWith('Castillo='))).toEqual([
      'Castillo=pedro-castillo',
      'Castillo=pedro-castillo',
    ]);
  });

  it('a surname readers know alone counts as a name: "Boluarte" and Keiko Fujimori make "Castillo" his', () => {
    const page =
      'Boluarte juró como presidenta del Perú ante el Congreso. Keiko Fujimori celebró la decisión.\n\n' +
      'Castillo fue detenido camino a la embajada de México.';
    expect(marksOf(page, 'es')).toContain('Castillo=pedro-castillo');
  });

  it('surnames alone count only beside a full name: a forum of surnames leaves the cook "Merino" no one\'s', () => {
    const page =
      '#1 Con la vacancia de Dina Boluarte y José Jerí en Palacio, hagamos el ranking.\n\n' +
      '#2 Conteo: Boluarte 2, Vizcarra 1, Sagasti 1.\n\n' +
      '#3 Mi cocinero favorito sigue siendo Merino, el del chifa de la esquina.';
    expect(marksOf(page, 'es').filter((mark) => mark.startsWith('Merino'))).toEqual([]);
  });

  it('a given name alone is the person’s beside three entries related to them, not a newspaper’s or an orca’s', () => {
    const page = [
      'Un tribunal condenó a Ollanta Humala por los aportes de Odebrecht, un caso del Lava Jato.',
      'Nadine no asistió a la lectura de la sentencia.',
      'En el zoológico, los niños saludaban a Keiko, la orca, cada domingo.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual([
      'Ollanta Humala=ollanta-humala',
      'Odebrecht=odebrecht',
      'Lava Jato=lava-jato',
      'Nadine=nadine-heredia',
    ]);
  });

  it('"Ollanta", a newspaper, on a page about his wife and party is not the person', () => {
    const page =
      'Nadine Heredia recibió asilo en Brasil. La fiscalía vinculó los aportes de Odebrecht al Partido ' +
      'Nacionalista Peruano.\n\nEl periódico Ollanta circulaba entre los reservistas en los años noventa.';
    expect(marksOf(page, 'es').filter((mark) => mark.startsWith('Ollanta'))).toEqual([]);
  });
});

describe('names: a title before a surname people share says which of them (stop 38)', () => {
  it('"former president Fujimori" on a page about Keiko is her father', () => {
    const page =
      'Keiko Fujimori, daughter of Alberto Fujimori, ran again for Fuerza Popular. Keiko Fujimori promised ' +
      'order.\n\nAn admirer of former president Fujimori, she said she would not pardon him.';
    expect(marksOf(page).at(-1)).toBe('Fujimori=alberto-fujimori');
  });

  it('"el expresidente Allende" is the president, though the page gave "Allende" to his daughter first', () => {
    const page =
      'Beatriz Allende llegó a La Moneda aquel 11 de septiembre. Su hija Maya será ministra de Gabriel ' +
      'Boric en Chile.\n\nLa heredera del legado del expresidente Allende dirigirá las Fuerzas Armadas.';
    expect(marksOf(page, 'es')).toEqual(['Gabriel Boric=gabriel-boric', 'Allende=salvador-allende']);
  });

  it('"el expresidente Uribe" is the president his page names in full, though it named his sons first', () => {
    const page = [
      'Una jueza criticó a Tomás y Jerónimo Uribe cuando leyó la condena contra el expresidente Álvaro Uribe.',
      'Al día siguiente, el expresidente Uribe pidió respeto para sus hijos.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual(['Álvaro Uribe=alvaro-uribe', 'Uribe=alvaro-uribe']);
  });

  it('on a page about his sister, "el presidente Milei" and the surname alone after it are the president', () => {
    const page = [
      'La hermana del mandatario, Eva Milei, dirige la campaña en Argentina y fue citada por la justicia.',
      'El presidente Milei salió a defenderla en Buenos Aires.',
      'Milei dijo que la causa es una venganza. Eva Milei no declaró.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual(['Milei=javier-milei', 'Milei=javier-milei']);
  });

  it("the surname alone before the title stays the sister's", () => {
    const page = [
      'Eva Milei dirige la campaña en Argentina y fue citada por la justicia. Milei no declaró.',
      'El presidente Milei salió a defenderla en Buenos Aires.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual(['Milei=javier-milei']);
  });

  it('the government, era or regime of a shared surname is the one who governed; "the elder" is the eldest', () => {
    const page = [
      'Keiko Fujimori, daughter of Alberto Fujimori, asked for votes in Trujillo.',
      'Her ally said he forgives the abuses of the Fujimori government. The elder Fujimori died in 2024.',
      'Un aliado dijo que olvida la corrupción de la época de Fujimori.',
    ].join('\n\n');
    expect(marksOf(page).filter((mark) => mark.startsWith('Fujimori='))).toEqual([
      'Fujimori=alberto-fujimori',
      'Fujimori=alberto-fujimori',
      'Fujimori=alberto-fujimori',
    ]);
  });

  it('kin and rule around a family\'s surname: "la hija de Fujimori", "bajo Fujimori" are the father', () => {
    // Keiko is named nearest before each, and they are still her father.
    const page =
      'Alberto Fujimori gobernó el Perú. Keiko Fujimori votó en Lima y dijo que la hija de Fujimori no pide perdón. Bajo Fujimori, el Perú cambió su Constitución.';
    expect(marksOf(page, 'es').filter((mark) => mark.startsWith('Fujimori='))).toEqual([
      'Fujimori=alberto-fujimori',
      'Fujimori=alberto-fujimori',
    ]);
  });

  it('"Under Fujimori, Peru…" is the president\'s time, not a town of Peru', () => {
    const page =
      'Keiko Fujimori, daughter of Alberto Fujimori, voted in Lima. Under Fujimori, Peru rewrote its constitution.';
    expect(marksOf(page).at(-1)).toBe('Fujimori=alberto-fujimori');
  });

  it('"la señora Fujimori" on a page about Alberto is Keiko', () => {
    const page =
      'Alberto Fujimori gobernó el Perú entre 1990 y 2000. Su hija Keiko Fujimori fundó Fuerza Popular. ' +
      'Alberto Fujimori murió en 2024.\n\nLa señora Fujimori dijo que votaría.';
    expect(marksOf(page, 'es').at(-1)).toBe('Fujimori=keiko-fujimori');
  });
});

describe("names: a year beside a short form before the entry's time names an earlier one", () => {
  it('"la Ley de Amnistía de 1995" and "the 1995 amnesty law" are not the 2025 law; "de 2025" is', () => {
    const es = [
      'La presidenta Dina Boluarte promulgó la ley de amnistía en agosto. Sus críticos la comparan con la Ley de Amnistía de 1995 de Alberto Fujimori.',
      'En Chile, la ley de amnistía de 1978 sigue vigente; la nueva ley de amnistía de 2025 del Perú va más lejos.',
    ].join('\n\n');
    expect(marksOf(es, 'es').filter((mark) => mark.endsWith('law-32419'))).toEqual([
      'ley de amnistía=law-32419',
      'ley de amnistía de 2025=law-32419',
    ]);
    const en =
      "Dina Boluarte signed the amnesty law in August. Critics recall the 1995 amnesty law passed under Alberto Fujimori, and Spain's 1977 amnesty law.";
    expect(marksOf(en).filter((mark) => mark.endsWith('law-32419'))).toEqual(['amnesty law=law-32419']);
  });

  it('"the Alliance for Progress of the 1960s" is Kennedy\'s, not the party founded in 2001', () => {
    const page =
      'Aid to Peru has not been this generous since the Alliance for Progress of the 1960s. In Lima, César Acuña said Alliance for Progress would back the loans.';
    expect(marksOf(page).filter((mark) => mark.startsWith('Alliance'))).toEqual([
      'Alliance for Progress=alianza-para-el-progreso',
    ]);
  });
});

describe("names: a year of birth after a full name that is not the person's", () => {
  it('"Remigio Morales Bermúdez, nacido en 1836" is another man, there and on the rest of his page', () => {
    const page = [
      'Remigio Morales Bermúdez, nacido en 1836 en Tarapacá, fue presidente del Perú. Morales Bermúdez murió en el cargo en 1894.',
      'Su nieto Francisco Morales Bermúdez gobernó el Perú entre 1975 y 1980.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toEqual(['Francisco Morales Bermúdez=francisco-morales-bermudez']);
  });

  it("the person's own years, a lifespan or a term of office after the name change nothing", () => {
    expect(
      marksOf('Alberto Fujimori (1938-2024) gobernó el Perú. Alan García (1985-1990) también.', 'es'),
    ).toEqual(['Alberto Fujimori=alberto-fujimori', 'Alan García=alan-garcia']);
    expect(marksOf('Ollanta Humala, born in 1962, led Gana Perú.')).toContain(
      'Ollanta Humala=ollanta-humala',
    );
    // A later clause's year, or French "ne", says no birth.
    expect(marksOf('Keiko Fujimori, born into politics, ran in 2011 and lost.')).toEqual([
      'Keiko Fujimori=keiko-fujimori',
    ]);
    expect(marksOf("Alberto Fujimori ne s'est jamais excusé pour 1992.", 'fr')).toEqual([
      'Alberto Fujimori=alberto-fujimori',
    ]);
  });
});

describe('names: short forms of a person and of what the glossary relates to them make a page about its world', () => {
  it('"Lula" beside the PT and the MST is the president, with no full name or country on the page', () => {
    const page =
      'Os militantes do MST devem votar no PT em outubro, apesar das críticas a Lula pelo apoio ao agronegócio.';
    expect(marksOf(page, 'pt')).toContain('Lula=lula-da-silva');
  });

  it('surnames of unrelated people on a sports page stay unmarked', () => {
    expect(
      marksOf('Castillo y Morales marcaron en el clásico del domingo; Toledo atajó un penal.', 'es'),
    ).toEqual([]);
  });
});

describe('names: a given name alone beside a person related to them in its paragraph', () => {
  it('"votaron por Castillo para que no ganara Keiko" is Keiko Fujimori', () => {
    const page = [
      'Dina Boluarte asumió tras la caída de Pedro Castillo.',
      'En 2021, muchos votaron por Castillo para que no ganara Keiko.',
    ].join('\n\n');
    expect(marksOf(page, 'es')).toContain('Keiko=keiko-fujimori');
  });

  it('two given names do not vouch for each other: a novel\'s "Cristina, hija de Néstor"', () => {
    const page =
      'La novela transcurre en Argentina. La narradora es Cristina, hija de Néstor, un bancario que pierde sus ahorros.';
    expect(marksOf(page, 'es')).toEqual([]);
  });
});

describe('names: "lula" is also a squid in Portuguese', () => {
  it('"Lula grelhada" in a list of headlines is the dish; "Lula sanciona" the president', () => {
    const page = [
      'Mais lidas',
      '1. Lula sanciona lei do salário mínimo no Brasil e critica Jair Bolsonaro',
      '2. Receita da semana: Lula grelhada com batatas e salada de tomate',
    ].join('\n\n');
    expect(marksOf(page, 'pt').filter((mark) => mark.startsWith('Lula'))).toEqual(['Lula=lula-da-silva']);
  });
});

describe('names: the MAS by the name some English papers give it (stop 38)', () => {
  it('"Movement to Socialism (MAS)" is the party, not the idea', () => {
    expect(
      marksOf("Evo Morales' Movement to Socialism (MAS) party expelled Luis Arce, Bolivia's president."),
    ).toContain('Movement to Socialism=mas-bolivia');
  });
});

describe('names: a country or its people beside a surname is no one’s given name (stop 42)', () => {
  it('"Peruvian Boluarte" in a headline does not make every later "Boluarte" someone else', () => {
    const page = [
      'Weekly digest: Peruvian Boluarte under pressure after the cabinet reshuffle',
      'President Dina Boluarte named a new prime minister on Monday, her fifth in a year.',
      'Boluarte also asked Congress for more powers to fight crime.',
    ].join('\n\n');
    expect(marksOf(page).filter((mark) => mark.startsWith('Boluarte'))).toEqual([
      'Boluarte=dina-boluarte',
      'Boluarte=dina-boluarte',
    ]);
  });

  it('"Toledo, Spain" in a list of places still names the city, not the president', () => {
    const page = [
      'Places called Toledo',
      'Toledo, Spain, is a walled city on the Tagus. Toledo, Ohio, sits on Lake Erie.',
    ].join('\n\n');
    expect(marksOf(page)).toEqual([]);
  });
});

describe('names: a word opening a headline before "de" and a surname heads a phrase (stop 42)', () => {
  it('"Governo de Lula" is the president’s government, not a namesake called Governo', () => {
    const page = [
      'Governo de Lula anuncia novo pacote para a indústria',
      'O presidente Luiz Inácio Lula da Silva assinou o decreto nesta terça-feira em Brasília.',
    ].join('\n\n');
    expect(marksOf(page, 'pt')[0]).toBe('Lula=lula-da-silva');
  });

  it('a given name inside a sentence still makes the surname someone else’s: "Nilda Jara de Paniagua"', () => {
    const page = 'La ex primera dama Nilda Jara de Paniagua presentó sus memorias en Lima.';
    expect(marksOf(page, 'es')).toEqual([]);
  });
});

describe('names: more words that open a sentence before a surname (stop 42)', () => {
  it('"Tampoco Vizcarra" and "Tanto Boluarte como…" are the people the page named', () => {
    const page = [
      'El expresidente Martín Vizcarra no podrá postular. La presidenta Dina Boluarte guardó silencio.',
      'Tampoco Vizcarra respondió a la prensa. Tanto Boluarte como sus ministros evitaron el tema.',
    ].join('\n\n');
    expect(marksOf(page, 'es').slice(2)).toEqual(['Vizcarra=martin-vizcarra', 'Boluarte=dina-boluarte']);
  });
});

describe('names: a person’s own surname misspelt after the full name (stop 42)', () => {
  it('"Evo Morales Aima" is still Evo Morales; "Nicolás Maduro Guerra" is still his son', () => {
    expect(marksOf('La fiscalía imputó al señor Evo Morales Aima por trata.', 'es')).toEqual([
      'Evo Morales=evo-morales',
    ]);
    expect(marksOf('Su hijo Nicolás Maduro Guerra es diputado.', 'es')).toEqual([]);
  });
});
