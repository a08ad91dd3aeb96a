import { describe, expect, test } from 'vitest';
import { personFacts } from '../../core/glossary/person-facts';
import { createGlossarySearch } from '../../core/search/search';
import { glossary } from '../../data/glossary';
import {
  READER_QUERIES,
  READER_QUERIES_EIGHTEENTH_ROUND,
  READER_QUERIES_EIGHTH_ROUND,
  READER_QUERIES_ELEVENTH_ROUND,
  READER_QUERIES_FIFTEENTH_ROUND,
  READER_QUERIES_FIFTH_ROUND,
  READER_QUERIES_FOURTEENTH_ROUND,
  READER_QUERIES_FOURTH_ROUND,
  READER_QUERIES_NINTH_ROUND,
  READER_QUERIES_SECOND_ROUND,
  READER_QUERIES_SEVENTEENTH_ROUND,
  READER_QUERIES_SEVENTH_ROUND,
  READER_QUERIES_SIXTEENTH_ROUND,
  READER_QUERIES_SIXTH_ROUND,
  READER_QUERIES_TENTH_ROUND,
  READER_QUERIES_THIRD_ROUND,
  READER_QUERIES_THIRTEENTH_ROUND,
  READER_QUERIES_TOP_THREE,
  READER_QUERIES_TWELFTH_ROUND,
} from './reader-queries';
import { QUERY_SET } from './search-queries';

const search = createGlossarySearch(glossary);

type QueryRound = ReadonlyArray<readonly [query: string, expected: string | readonly string[]]>;

/** A round of queries written apart keeps its size, and at least `bar` of them find an expected entry first. */
function expectRoundHolds(round: QueryRound, size: number, bar: number): void {
  const missed = round
    .filter(([query, expected]) => {
      const ids = typeof expected === 'string' ? [expected] : expected;
      return !ids.includes(search.search(query, 5)[0]?.entry.id ?? '');
    })
    .map(([query]) => query);
  expect(round.length).toBe(size);
  expect(size - missed.length, missed.join(' · ')).toBeGreaterThanOrEqual(bar);
}

describe('glossary search: the committed query set', () => {
  test('has at least 40 pairs', () => {
    expect(QUERY_SET.length).toBeGreaterThanOrEqual(40);
  });

  test.each(QUERY_SET)('"%s" finds %s first', (query, expected) => {
    const ids = typeof expected === 'string' ? [expected] : expected;
    const first = search.search(query, 5).slice(0, ids.length);
    expect(first.map((hit) => hit.entry.id).sort()).toEqual([...ids].sort());
  });
});

describe('glossary search: descriptions instead of names (a third round of queries, 2026-12-03)', () => {
  const first = (query: string) => search.search(query, 5)[0];

  test.each([
    ['tribunal que anula leyes', 'constitutional-tribunal-peru'],
    ['corte con sede en costa rica', 'inter-american-court'],
    ['escritor que perdió con fujimori en 1990', 'mario-vargas-llosa'],
  ])('"%s" finds %s first, said to be guessed from its words', (query, expected) => {
    expect(first(query)?.entry.id).toBe(expected);
    expect(first(query)?.guessed).toBe(true);
  });

  test('the third round: at least 242 of its 266 queries find one of their entries first', () => {
    expectRoundHolds(READER_QUERIES_THIRD_ROUND, 266, 242);
  });

  test('a name or a phrase of text found is never a guess, and one word alone guesses nothing', () => {
    expect(search.search('keiko', 5).some((hit) => hit.guessed)).toBe(false);
    expect(search.search('land reform', 5).some((hit) => hit.guessed)).toBe(false);
    expect(search.search('xqzvwk', 5)).toEqual([]);
    expect(search.search('xqzvwk leyes', 5)).toEqual([]);
    // A word many names share is no name of its own to guess by.
    expect(search.search('xqzvwk partido', 5)).toEqual([]);
    expect(search.search('xqzvwk peru', 5)).toEqual([]);
  });
});

describe('glossary search: relations, and questions in Portuguese and French (a fourth round, 2026-12-04)', () => {
  const firstId = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['partido de keiko fujimori', 'fuerza-popular'],
    ['keiko fujimori party', 'fuerza-popular'],
    ['hermano de ollanta humala', 'antauro-humala'],
    ['hija de alberto fujimori', 'keiko-fujimori'],
    // Kin as readers say it: "papá", "mamá", "dad", "mujer" (wife).
    ['dad of keiko', 'alberto-fujimori'],
    ['la mujer de humala', 'nadine-heredia'],
  ])('a name with a relation beside it: "%s" finds %s first', (query, expected) => {
    expect(firstId(query)).toBe(expected);
  });

  test('a name alone, or with words its own text says, still finds the one named', () => {
    expect(firstId('ollanta humala')).toBe('ollanta-humala');
    expect(firstId('keiko fujimori')).toBe('keiko-fujimori');
    expect(firstId('alberto fujimori dictadura')).toBe('alberto-fujimori');
  });

  test.each([
    ['wife of Ollanta Humala', 'nadine-heredia'],
    ['marido de Cristina Kirchner', 'nestor-kirchner'],
    ['fundador de peru libre', 'vladimir-cerron'],
    ['founder of shining path', 'abimael-guzman'],
    ['shining path leader', 'abimael-guzman'],
    ['partido de keiko', 'fuerza-popular'],
    ['partido de humala', 'partido-nacionalista-peruano'],
    ["parti d'Evo Morales", 'mas-bolivia'],
    ["Mujica's party", 'frente-amplio-uruguay'],
  ])('a tie to a name (spouse, founder, leader, party): "%s" finds %s first', (query, expected) => {
    expect(firstId(query)).toBe(expected);
  });

  test.each([
    ['who beat keiko fujimori in 2011', 'ollanta-humala'],
    ['who beat keiko in 2016', 'pedro-pablo-kuczynski'],
    ['quien le ganó a keiko en 2021', 'pedro-castillo'],
    ['quem perdeu para fujimori em 1990', 'mario-vargas-llosa'],
    ['quién le ganó a vargas llosa en 1990', 'alberto-fujimori'],
    ['who lost to lula', 'jair-bolsonaro'],
  ])('who beat whom, and in which year: "%s" finds %s first', (query, expected) => {
    expect(firstId(query)).toBe(expected);
  });

  test.each([
    ['who founded the shining path', 'abimael-guzman'],
    ['quien fundo el apra', 'haya-de-la-torre'],
    ['viuda de néstor kirchner', 'cristina-fernandez-de-kirchner'],
    ['vice president of pedro castillo', 'dina-boluarte'],
    ['who replaced dina boluarte as president', 'jose-jeri'],
    ['quien reemplazo a jeri en 2026', 'jose-maria-balcazar'],
  ])('a tie asked as a question, a widow, a vice-president: "%s" finds %s first', (query, expected) => {
    expect(firstId(query)).toBe(expected);
  });

  test.each([
    ['esposo de Nadine Heredia', 'ollanta-humala'],
    ["keiko's father", 'alberto-fujimori'],
    ['irmão de Antauro Humala', 'ollanta-humala'],
    ['fundador de peru posible', 'alejandro-toledo'],
  ])('a tie the named entry states of another: "%s" finds %s first', (query, expected) => {
    expect(firstId(query)).toBe(expected);
  });

  test.each([
    ['sucesor de Vizcarra', 'manuel-merino'],
    ['who succeeded Boluarte', 'jose-jeri'],
    ['quién sucedió a Boluarte', 'jose-jeri'],
    ['who replaced Merino', 'francisco-sagasti'],
    ['predecessor of Sagasti', 'manuel-merino'],
    ['antecesora de Jerí', 'dina-boluarte'],
    ['sucesor de Luis Arce', 'rodrigo-paz'],
    ['sucessor de Boric', 'jose-antonio-kast'],
    ['sucesora de Evo Morales', 'jeanine-anez'],
  ])('who came after or before a president, as the summaries say: "%s" finds %s first', (query, expected) => {
    expect(firstId(query)).toBe(expected);
  });

  test.each([
    ['teniente coronel humala', 'ollanta-humala'],
    ['Sra. Boluarte', 'dina-boluarte'],
    ['senator kast', 'jose-antonio-kast'],
  ])('a rank or a courtesy title before a name: "%s" finds %s first', (query, expected) => {
    expect(firstId(query)).toBe(expected);
  });

  test.each([
    ['expresidente Fujimori', 'alberto-fujimori'],
    ['ex president fujimori', 'alberto-fujimori'],
    ['dictador Fujimori', 'alberto-fujimori'],
    ['Sr. Fujimori', 'alberto-fujimori'],
    ['candidata Fujimori', 'keiko-fujimori'],
    ['Kirchner expresidenta', 'cristina-fernandez-de-kirchner'],
    ['fujimori presidente', 'alberto-fujimori'],
    ['fujimori 1990', 'alberto-fujimori'],
    ['humala 2011', 'ollanta-humala'],
    ['kirchner presidente 2003', 'nestor-kirchner'],
    ['fujimori candidata 2026', 'keiko-fujimori'],
    ['fujimory 1990', 'alberto-fujimori'],
    ['kirchnr 2003', 'nestor-kirchner'],
  ])('a title or a year tells people of one name apart: "%s" finds %s first', (query, expected) => {
    expect(firstId(query)).toBe(expected);
  });

  test('a title or a year beside words that are no person’s name leaves them what they were', () => {
    expect(firstId('chilean dictator')).toBe('augusto-pinochet');
    expect(firstId('vacar al presidente')).toBe('presidential-vacancy');
    expect(firstId('bagua 2009')).toBe('baguazo');
    expect(firstId('5 april 1992')).toBe('autogolpe-1992');
  });

  test('a president is one by their period, not as vice-president or candidate; gender by their own pronouns', () => {
    expect(personFacts('1938–2024; president 1990–2000', 'He governed.')).toEqual({
      president: true,
      gender: 'm',
      years: [1990, 2000],
    });
    expect(personFacts('born 1969; vice-president 2018–2026', 'She was elected.').president).toBe(false);
    expect(personFacts('1936–2025; presidential candidate 1990', 'his novels').president).toBe(false);
    expect(personFacts(undefined, 'Her party and her father.')).toEqual({
      president: false,
      gender: 'f',
      years: undefined,
    });
    expect(personFacts('born 1970; president since 2023', 'he').years).toEqual([
      2023,
      Number.POSITIVE_INFINITY,
    ]);
  });

  test('a tie no entry states leaves the one named first', () => {
    expect(firstId('esposo de keiko fujimori')).toBe('keiko-fujimori');
    expect(firstId('hija de evo morales')).toBe('evo-morales');
    expect(firstId('keiko')).toBe('keiko-fujimori');
  });

  test.each([
    ['o que é neoliberalismo', 'neoliberalism'],
    ['quem foi abimael guzmán', 'abimael-guzman'],
    ["qu'est-ce que le fujimorisme", 'fujimorismo'],
    ["c'est quoi l'APRA", 'apra'],
  ])('a question in Portuguese or French: "%s" finds %s first', (query, expected) => {
    expect(firstId(query)).toBe(expected);
  });

  test.each([
    ['herencia de chavez', 'hugo-chavez'],
    ['eleição de bolsonaro', 'jair-bolsonaro'],
  ])('words the glossary does not have beside a name it has: "%s" guesses %s', (query, expected) => {
    expect(firstId(query)).toBe(expected);
    expect(search.search(query, 5)[0]?.guessed).toBe(true);
  });

  test('the fourth round: at least 227 of its 254 queries find one of their entries first', () => {
    expectRoundHolds(READER_QUERIES_FOURTH_ROUND, 254, 227);
  });

  test('the fifth round: at least 230 of its 254 queries find one of their entries first', () => {
    expectRoundHolds(READER_QUERIES_FIFTH_ROUND, 254, 230);
  });

  test('the sixth round: at least 220 of its 250 queries find one of their entries first', () => {
    // 203 when written (stop 30), 206 with its ties to successors, 210 with titles and years beside a
    // name; 221 with stop 31's one-word names, elections, office holders and rare words.
    expectRoundHolds(READER_QUERIES_SIXTH_ROUND, 250, 220);
  });

  test('the seventh round: at least 222 of its 250 queries find one of their entries first', () => {
    // 211 with the search as this stop found it (held out); 224 after the changes its misses led to: a
    // one-word name with its country, who beat whom, who held the office in a year, a rare word.
    expectRoundHolds(READER_QUERIES_SEVENTH_ROUND, 250, 222);
  });

  test('the eighth round: at least 183 of its 200 queries find one of their entries first', () => {
    // 170 with the search as stop 31 began, 185 with the changes made before its misses were read (the
    // held-out figure), 187 with two fixes made after ("balotaje que es", "el pepe uruguay").
    expectRoundHolds(READER_QUERIES_EIGHTH_ROUND, 200, 183);
  });

  test('the ninth round: at least 178 of its 200 queries find one of their entries first', () => {
    // Held out: 173 when written; 180 with the fixes its misses led to.
    expectRoundHolds(READER_QUERIES_NINTH_ROUND, 200, 178);
  });

  test('the tenth round: at least 188 of its 200 queries find one of their entries first', () => {
    // Held out: 183 when written; 190 with the fixes its misses led to.
    expectRoundHolds(READER_QUERIES_TENTH_ROUND, 200, 188);
  });

  test('the eleventh round: at least 176 of its 200 queries find one of their entries first', () => {
    // Held out: 170 when written; 178 with the fixes its misses led to.
    expectRoundHolds(READER_QUERIES_ELEVENTH_ROUND, 200, 176);
  });

  test('the twelfth round: at least 176 of its 200 queries find one of their entries first', () => {
    // Held out: 163 when written; 178 with the fixes its misses led to; 187 with later ones.
    expectRoundHolds(READER_QUERIES_TWELFTH_ROUND, 200, 184);
  });

  test('the thirteenth round, short queries as typed: at least 195 of its 200 find one of their entries first', () => {
    // Held out: 196 when written (scored after this stop's other search changes); 197 now.
    expectRoundHolds(READER_QUERIES_THIRTEENTH_ROUND, 200, 195);
  });

  test('the fourteenth round, comparisons, days and noise: at least 174 of its 200 find one of their entries first', () => {
    // Held out: 153 when written; 174 with the comparisons, days and nicknames its misses led to; 177
    // with rivals, a month beside a year and the dissolution's French and Portuguese names.
    expectRoundHolds(READER_QUERIES_FOURTEENTH_ROUND, 200, 174);
  });

  test('the fifteenth round, homework, slogans, places and acronyms: at least 160 of its 200 find one of their entries first', () => {
    // Held out: 137 when written; 163 with the slogans, sayings and places its misses led to.
    expectRoundHolds(READER_QUERIES_FIFTEENTH_ROUND, 200, 160);
  });

  test('the sixteenth round, given names, years, meanings and yes-or-no questions: at least 170 of its 200 find one of their entries first', () => {
    // Held out: 165 when written; 173 with a yes-or-no question's subject first.
    expectRoundHolds(READER_QUERIES_SIXTEENTH_ROUND, 200, 170);
  });

  test('the seventeenth round, pasted sentences, hashtags, laws and opposition: at least 156 of its 200 find one of their entries first', () => {
    // Held out: 147 when written; 160 with hashtags and handles spelt out and "anti…" read as what it opposes.
    expectRoundHolds(READER_QUERIES_SEVENTEENTH_ROUND, 200, 156);
  });

  test('the eighteenth round, selections, joins, initials, places and numbers: at least 162 of its 200 find one of their entries first', () => {
    // Held out: 159 when written; 166 with a person's initials and days in figures with a two-digit year.
    expectRoundHolds(READER_QUERIES_EIGHTEENTH_ROUND, 200, 162);
  });
});

describe('glossary search: a reader’s queries, written apart from it', () => {
  const firstIds = (query: string, count: number) =>
    search
      .search(query, 5)
      .slice(0, count)
      .map((hit) => hit.entry.id);

  test.each(READER_QUERIES)('"%s" finds %s first', (query, expected) => {
    const ids = typeof expected === 'string' ? [expected] : expected;
    expect(firstIds(query, ids.length).sort()).toEqual([...ids].sort());
  });

  test.each(READER_QUERIES_SECOND_ROUND)('"%s" finds %s (one of them) first', (query, expected) => {
    const ids = typeof expected === 'string' ? [expected] : expected;
    expect(ids).toContain(firstIds(query, 1)[0]);
  });

  test.each(READER_QUERIES_TOP_THREE)('"%s" finds %s among the first three', (query, expected) => {
    expect(firstIds(query, 3)).toContain(expected);
  });

  test('a query found only inside a longer word comes after entries whose text names it', () => {
    // "onpe" lies inside "golpe", "eln" inside "election", "cusco" inside "Francisco".
    expect(firstIds('ONPE', 1)).toEqual(['jne']);
    expect(firstIds('ELN', 2).sort()).toEqual(['gustavo-petro', 'plan-colombia']);
    expect(firstIds('cusco', 1)).toEqual(['machu-picchu']);
  });

  test('titles before a name are dropped, but not from names that begin with them', () => {
    expect(firstIds('presidente gonzalo', 1)).toEqual(['abimael-guzman']);
    expect(firstIds('general velasco', 1)).toEqual(['juan-velasco-alvarado']);
    expect(firstIds('expresidenta', 1)).not.toEqual([]);
  });
});

describe('glossary search behaviour', () => {
  test('a query of one character, or only spaces, finds nothing rather than everything', () => {
    expect(search.search('a')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });

  test('nonsense finds nothing', () => {
    expect(search.search('xqzvwk')).toEqual([]);
  });

  test('results are limited, best first, without duplicates', () => {
    const hits = search.search('peru', 8);
    expect(hits.length).toBeLessThanOrEqual(8);
    expect(new Set(hits.map((hit) => hit.entry.id)).size).toBe(hits.length);
    expect(hits.length).toBeGreaterThan(3);
    // Best first: a name that begins with the query, before names that only hold it.
    expect(hits[0]?.entry.term).toMatch(/^Perú /);
  });

  test('words of the summary and details are found after names', () => {
    const hits = search.search('copper');
    expect(hits.map((hit) => hit.entry.id)).toContain('tia-maria');
  });

  test('a year the query gives is not another year a name gives', () => {
    const first = (query: string) => search.search(query, 5)[0]?.entry.id;
    // "Cierre del Congreso de 2019" shares two words with the query; Fujimori closed it in 1992.
    expect(first('cierre del congreso 1992')).toBe('autogolpe-1992');
    expect(first('elecciones 2021 segunda vuelta')).toBe('peru-2021-election');
    expect(first('elecciones 2016')).toBe('peru-2016-election');
  });

  test('a one-word name with its country, or with words its own summary says, is that entry', () => {
    const first = (query: string) => search.search(query, 5)[0]?.entry.id;
    expect(first('MAS bolivia')).toBe('mas-bolivia');
    expect(first('el pepe uruguay')).toBe('jose-mujica');
    expect(first('PT brasil')).toBe('workers-party-brazil');
    expect(first('pt brasil')).toBe('workers-party-brazil');
    expect(first('le fujimorisme au Pérou')).toBe('fujimorismo');
    expect(first('maduro capturado')).toBe('nicolas-maduro');
    expect(first('toledo odebrecht')).toBe('alejandro-toledo');
    // Words that seek another beside the name: the other entry, as before.
    expect(first('asesor de fujimori')).toBe('vladimiro-montesinos');
    expect(first('presidente tras la renuncia de merino')).toBe('francisco-sagasti');
    expect(first('chile 1973 coup general')).toBe('augusto-pinochet');
  });

  test('words many names share do not name an entry: "partidos … peru" is not the Communist Party of Peru', () => {
    const first = (query: string) => search.search(query, 5)[0]?.entry.id;
    expect(first('registro de partidos y candidatos peru')).toBe('jne');
    expect(first("peru's oldest mass party lost registration")).toBe('apra');
    expect(first('maoist armed group peru 1980')).toBe('sendero-luminoso');
    // A name of several words typed whole still counts all its words: "peru libre".
    expect(first('peru libre party')).toBe('peru-libre');
    expect(first('quien fundo peru posible')).toBe('alejandro-toledo');
  });

  test('a one-word name spelt as it sounds, with other words, is that entry ("añes", "geri")', () => {
    const first = (query: string) => search.search(query, 5)[0]?.entry.id;
    expect(first('añes condenada 2022')).toBe('jeanine-anez');
    expect(first('geri presidente')).toBe('jose-jeri');
  });

  test('a description with a country or its people, in any language, finds that country’s entries', () => {
    const first = (query: string) => search.search(query, 5)[0]?.entry.id;
    expect(first('guérilla marxiste colombienne')).toBe('farc');
    expect(first('bloc commercial chili colombie mexique pérou')).toBe('pacific-alliance');
    expect(first('enquête anticorruption Petrobras Brésil')).toBe('lava-jato');
  });

  test('a rare word the names lack is found in the text that has it, before a near miss on a name', () => {
    const first = (query: string) => search.search(query, 5)[0]?.entry.id;
    // "Caso Bagua" is a fuzzy match for "caso ecoteva"; only Toledo's entry tells of Ecoteva.
    expect(first('caso ecoteva')).toBe('alejandro-toledo');
    expect(first('caso rolex')).toBe('dina-boluarte');
    // A common word still lets the name's near miss stand.
    expect(first('jurado electoral')).toBe('jne');
  });

  test('French and Portuguese names of the region’s movements, ideas and institutions find their entry', () => {
    const first = (query: string) => search.search(query, 5)[0]?.entry.id;
    expect(first('socialisme du XXIe siècle')).toBe('twenty-first-century-socialism');
    expect(first('fujimorisme')).toBe('fujimorismo');
    expect(first('théologie de la libération')).toBe('liberation-theology');
    expect(first('révolution cubaine')).toBe('cuban-revolution');
    expect(first('alliance du pacifique')).toBe('pacific-alliance');
    // And Portuguese ones.
    expect(first('revolução cubana')).toBe('cuban-revolution');
    expect(first('extrativismo')).toBe('extractivism');
  });

  test('entries added later (the reader’s own) are searchable like bundled ones', () => {
    const own = {
      id: 'custom-ronderos',
      term: 'Ronderos',
      aliases: ['ronderas'],
      category: 'movement',
      summary: 'x',
    };
    const withOwn = createGlossarySearch([...glossary, own]);
    expect(withOwn.search('ronderos')[0]?.entry.id).toBe('custom-ronderos');
  });
});

describe('glossary search: what the tenth round of queries taught (stop 33)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test('an election beside a year asks who took office then', () => {
    expect(first('peru president elected 2011')).toBe('ollanta-humala');
    expect(first('presidente electo en 2016')).toBe('pedro-pablo-kuczynski');
  });

  test('of entries the query names equally, the one whose own text says its other words comes first', () => {
    expect(first('frente amplio 2016 tercer lugar')).toBe('frente-amplio-peru');
    expect(first('el chino fujimori')).toBe('alberto-fujimori');
    // Words every hit's name holds decide nothing: the name's own match does.
    expect(first('keiko fujimori')).toBe('keiko-fujimori');
  });

  test.each([
    ['boluarte rolex scandal', 'dina-boluarte'],
    ['plata como cancha', 'cesar-acuna'],
    ['partido de la estrella', 'apra'],
    ['campesino el patron ya no comera mas de tu pobreza', 'agrarian-reform-peru'],
    ['fujimori spymaster', 'vladimiro-montesinos'],
  ])('"%s" finds %s first, by what its glossary entry now says', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});

describe('glossary search: what the eleventh round of queries taught (stop 33)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test('words of a region name no entry unless its name is typed whole', () => {
    expect(first('neoliberalismo na américa latina')).toBe('neoliberalism');
    expect(first('populist leaders in latin america')).toBe('populism');
    expect(first('Operação Condor ditaduras sul-americanas')).toBe('operation-condor');
    expect(first('comision economica para america latina')).toBe('eclac');
  });

  test('an indefinite article before the name is filler', () => {
    expect(first('que es un tlc')).toBe('free-trade-agreement');
  });

  test('of names a query holds equally, the one the glossary relates to another it names', () => {
    expect(first('frente amplio de veronika mendoza 2016')).toBe('frente-amplio-peru');
  });

  test('the office with a time beside a named head of state asks for the successor or predecessor', () => {
    expect(first('who became interim president after merino resigned')).toBe('francisco-sagasti');
    expect(first('presidente antes de vizcarra')).toBe('pedro-pablo-kuczynski');
  });
});

describe('glossary search: what the twelfth round of queries taught (stop 34)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test('the office and a country with nothing else ask for whoever holds it today', () => {
    expect(first('presidente de chile')).toBe('jose-antonio-kast');
    expect(first('um who is the current president of chile')).toBe('jose-antonio-kast');
    expect(first('quien es el presidente de ecuador')).toBe('daniel-noboa');
    expect(first('presidente boliviano')).toBe('rodrigo-paz');
    // Where no term the glossary knows runs on, the one that ended last: his entry says when.
    expect(first('presidente actual del peru')).toBe('jose-maria-balcazar');
    expect(first('presidente de colombia')).toBe('gustavo-petro');
  });

  test('"presidenta" asks for the woman who held the office: the latest, or the one of the year', () => {
    expect(first('presidenta peruana')).toBe('dina-boluarte');
    expect(first('presidenta chilena')).toBe('michelle-bachelet');
    expect(first('presidenta argentina')).toBe('cristina-fernandez-de-kirchner');
    expect(first('presidenta de bolivia')).toBe('jeanine-anez');
    expect(first('presidenta del peru 2024')).toBe('dina-boluarte');
    // "presidente" says no more than the office.
    expect(first('presidente boliviano')).toBe('rodrigo-paz');
  });

  test('a role with its country and "whose" asks for one of that country, not whom the clause names', () => {
    expect(first('presidenta argentina cuyo esposo también gobernó')).toBe('cristina-fernandez-de-kirchner');
    expect(first('candidato chileno cuyo hermano sirvió a pinochet')).toBe('jose-antonio-kast');
  });

  test('a few words, "de" or "contra" and a name ask for the related thing those words name', () => {
    expect(first('la revolución de castro')).toBe('cuban-revolution');
    expect(first('revolucion de correa')).toBe('citizens-revolution');
    // Unless they are a tie's words, or nothing related to the name is called so.
    expect(first('partido de vanguardia leninista')).toBe('marxism-leninism');
    expect(first('dictadura de fujimori')).toBe('alberto-fujimori');
  });

  test('a former holder, a dictator or a year is never today’s', () => {
    expect(first('ex presidente de chile')).not.toBe('jose-antonio-kast');
    expect(first('dictador chileno')).not.toBe('jose-antonio-kast');
    expect(first('presidente de chile 1971')).toBe('salvador-allende');
  });

  test('a day told only in an entry’s timeline is found when nothing else has its words', () => {
    expect(first('chuschi')).toBe('sendero-luminoso');
    // Once the glossary has the event as an entry of its own, the entry comes first.
    expect(first('lucanamarca')).toBe('lucanamarca-massacre');
    expect(first('coche bomba en la calle tarata miraflores')).toBe('tarata-bombing');
    // A name still comes before a timeline that mentions it in passing.
    expect(first('quien es balcazar el nuevo presidente')).toBe('jose-maria-balcazar');
  });

  test.each([
    ['chifagate', 'jose-jeri'],
    ['casa de sarratea', 'pedro-castillo'],
    ['la plata llega sola', 'alan-garcia'],
    ['el sindrome del perro del hortelano', 'alan-garcia'],
    ['mi wayki oscorima me presto los relojes', 'dina-boluarte'],
    ['el pingüino presidente 2003', 'nestor-kirchner'],
    ['la historia me absolvera', 'fidel-castro'],
    ['cecot', 'nayib-bukele'],
    ['el doc asesor del sin', 'vladimiro-montesinos'],
    ['peruvian president who resigned by fax from tokyo', 'alberto-fujimori'],
  ])('"%s" finds %s first, by what its glossary entry now says', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('a tie beside a name may say what the entry sought is called or a word of its own', () => {
    expect(first('keiko party name')).toBe('fuerza-popular');
    expect(first('what’s the name of keiko’s orange party')).toBe('fuerza-popular');
    expect(first('partido celeste de lopez aliaga')).toBe('renovacion-popular');
    expect(first('fujimori spy chief')).toBe('vladimiro-montesinos');
    // A word of another entry's name beside the tie names that entry: the party, not its co-founder.
    expect(first('humala nationalist party founded 2005')).toBe('partido-nacionalista-peruano');
  });

  test('a misspelt word of the name is the name, not a word beside it', () => {
    // "balearte" is Boluarte misspelt, not the start of "baleados" in another entry's text.
    expect(first('dina balearte')).toBe('dina-boluarte');
  });

  test('the words of a question around what is sought say nothing of it', () => {
    expect(first('why did peru break up the big haciendas')).toBe('agrarian-reform-peru');
  });

  test('two people and a year ask for what the glossary ties both to that year, the people listed after', () => {
    const ids = search.search('ppk vs keiko 2016', 5).map((hit) => hit.entry.id);
    expect(ids[0]).toBe('peru-2016-election');
    expect(ids).toEqual(expect.arrayContaining(['pedro-pablo-kuczynski', 'keiko-fujimori']));
    expect(first('humala vs keiko runoff 2011 results')).toBe('peru-2011-election');
  });

  test('a day written month first, as English does, is the day an event began', () => {
    expect(first('december 7 2022')).toBe('castillo-self-coup-2022');
    expect(first('ok so what exactly happened in peru on december 7 2022')).toBe('castillo-self-coup-2022');
    expect(first('april 5th 1992')).toBe('autogolpe-1992');
  });

  test('taking office after a named head of state asks for the successor', () => {
    expect(first('who took over after jeri was censured')).toBe('jose-maria-balcazar');
    expect(first('quien asumio despues de vizcarra')).toBe('manuel-merino');
  });

  test('replacing, in French or Portuguese, asks for the successor: "qui a remplacé jerí"', () => {
    expect(first('qui a remplacé jerí')).toBe('jose-maria-balcazar');
    expect(first('quem substituiu vizcarra na presidência')).toBe('manuel-merino');
  });

  test('two words of a name among many others do not name it', () => {
    expect(first('chile’s first woman president later un human rights chief')).toBe('michelle-bachelet');
    // Among few, they do.
    expect(first('inter american court human rights')).toBe('inter-american-court');
  });

  test('who removed a named person by force: the one whose summary names them after it', () => {
    expect(first('oye quien fue el general que le dio el golpe a velasco')).toBe(
      'francisco-morales-bermudez',
    );
    expect(first('who ousted velasco')).toBe('francisco-morales-bermudez');
  });

  test('a coup beside a name is the coup they led, unless it was done to them ("golpe a velasco")', () => {
    expect(first('velasco golpe')).toBe('juan-velasco-alvarado');
    expect(first('velasco golpe 1968')).not.toBe('francisco-morales-bermudez');
    expect(first('el golpe a velasco')).toBe('francisco-morales-bermudez');
  });
});

describe('glossary search: what the fourteenth round of queries taught (stop 35)', () => {
  const ids = (query: string) => search.search(query, 5).map((hit) => hit.entry.id);
  const first = (query: string) => ids(query)[0];

  test.each([
    ['allende vs pinochet', 'salvador-allende', 'augusto-pinochet'],
    ['pinochet vs allende', 'augusto-pinochet', 'salvador-allende'],
    ['diferencia entre apra y fuerza popular', 'apra', 'fuerza-popular'],
    ['cual es la diferencia entre socialismo y comunismo', 'socialism', 'communism'],
    ['alba y unasur diferencias', 'alba', 'unasur'],
    ['fmi vs banco mundial diferencia', 'imf', 'world-bank'],
    ['what is the difference between marxism and maoism', 'marxism', 'maoism'],
    ['lula x bolsonaro', 'lula-da-silva', 'jair-bolsonaro'],
  ])('a comparison, "%s", lists the first named first and the other next', (query, firstNamed, other) => {
    expect(ids(query).slice(0, 2)).toEqual([firstNamed, other]);
  });

  test('"and" joins two things only where a comparison is asked for', () => {
    // Without "diferencia", "y" is part of what is sought: the two massacres of one entry.
    expect(first('barrios altos y la cantuta')).toBe('barrios-altos-la-cantuta');
    // Two people and a year still ask for their election.
    expect(first('ppk vs keiko 2016')).toBe('peru-2016-election');
  });

  test.each([
    ['humala derrotó a keiko', 'peru-2011-election'],
    ['keiko perdio frente a castillo', 'peru-2021-election'],
    ['kuczynski venceu keiko', 'peru-2016-election'],
    ['keiko against ppk', 'peru-2016-election'],
    ['maduro beat edmundo gonzalez', 'venezuela-2024-election'],
  ])(
    'two people and a word of their contest, "%s", ask for the one election they share',
    (query, election) => {
      expect(first(query)).toBe(election);
    },
  );

  test('a contest word finds no election where the two share none, or several, or did something else', () => {
    // Lula and Bolsonaro: the glossary has no election of theirs; the two come first.
    expect(ids('lula venceu bolsonaro').slice(0, 2).sort()).toEqual(['jair-bolsonaro', 'lula-da-silva']);
    // Keiko and López Aliaga both ran in 2021 and 2026.
    expect(first('keiko le gano a lopez aliaga')).not.toMatch(/election/);
    // An uprising against someone is no vote.
    expect(first('ollanta se alzo en armas contra fujimori')).not.toMatch(/election/);
  });

  test.each([
    ['congresistas', 'congress-of-peru'],
    ['los parlamentarios del peru', 'congress-of-peru'],
    ['peruvian lawmakers', 'congress-of-peru'],
    ['senadores peruanos', 'senate-of-peru'],
  ])('the word for its members, "%s", asks for the body they sit in: %s', (query, body) => {
    expect(first(query)).toBe(body);
  });

  test("members of another country's body do not ask for Peru's, nor does a member word among others", () => {
    expect(first('senadores bolivianos')).not.toBe('senate-of-peru');
    expect(first('congresista que fue presidente en 2025')).not.toBe('congress-of-peru');
  });

  test.each([
    ['el anciano balcazar de peru libre', 'jose-maria-balcazar'],
    ['keyko de fuerza popular', 'keiko-fujimori'],
    ['the old man serron from peru libre', 'vladimir-cerron'],
  ])(
    'a person\'s one-word name, maybe misspelt, before "de" and their party, "%s", is the person',
    (query, person) => {
      expect(first(query)).toBe(person);
    },
  );

  test.each([
    ['el doctor serron peru libre', 'vladimir-cerron'],
    ['acuña alianza para el progreso', 'cesar-acuna'],
  ])('a person\'s name right before their party\'s, "%s", is the person', (query, person) => {
    expect(first(query)).toBe(person);
  });

  test('a person\'s name before a deed is not made the person: "castillo coup" asks for the coup', () => {
    expect(first('castillo coup')).toBe('castillo-self-coup-2022');
  });

  test('a one-word name before a party the glossary does not relate them to is not made the person', () => {
    // Balcázar is not Fuerza Popular's: the party named whole stays first.
    expect(first('balcazar de fuerza popular')).not.toBe('jose-maria-balcazar');
  });

  test.each([
    ['jery el chibolo', 'jose-jeri'],
    ['keyko la china', 'keiko-fujimori'],
  ])('a misspelt one-word name among words that find nothing, "%s", still finds %s', (query, person) => {
    expect(first(query)).toBe(person);
  });

  test.each([
    ['who was president when the journalists were killed in uchuraccay', 'fernando-belaunde'],
    ['qui était président lors du massacre des étudiants de la cantuta', 'alberto-fujimori'],
    ['bajo qué gobierno ocurrió el enfrentamiento con los awajún en bagua', 'alan-garcia'],
    // August 1985, after the 28 July handover: García, not Belaúnde.
    ['quem era presidente quando a patrulha matou os camponeses de accomarca', 'alan-garcia'],
    // November 2011, after the handover: Humala, not García.
    ['quién gobernaba cuando estalló el conflicto de las lagunas de conga', 'ollanta-humala'],
  ])('who held the office when something described happened, "%s", is %s', (query, holder) => {
    expect(first(query)).toBe(holder);
  });

  test('what happened, told about a person, is not read as an event the words find after them', () => {
    // "en venezuela" finds Venezuela's election; the capture is Montesinos's, in 2001.
    expect(first('quién era presidente cuando atraparon a montesinos en venezuela')).not.toBe(
      'nicolas-maduro',
    );
  });

  test.each([
    ['pdte q disolvio el congre el 2019', 'martin-vizcarra'],
    ['el presi q renuncio x fax desde japon', 'alberto-fujimori'],
    ['expresi q se disparo', 'alan-garcia'],
  ])('phone shorthand, "%s", is read spelt out', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test.each([
    ['j n e proclamación', 'jne'],
    ['c v r informe final', 'truth-reconciliation-commission-peru'],
  ])('an acronym typed letter by letter, "%s", is read joined', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test.each([
    ['#tiamarianova', 'tia-maria'],
    ['#fueracastillo', 'pedro-castillo'],
    ['lavajato fiscales peruanos', 'lava-jato'],
  ])('a name run together, "%s", is read with its spaces', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test.each([
    ['bu kele el salvador', 'nayib-bukele'],
    ['no boa reeleccion', 'daniel-noboa'],
    ['mi lei motosierra', 'javier-milei'],
  ])('a one-word name dictation split in two, "%s", is read joined', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('two words of a two-word name stay apart: "machu picchu" is no one-word name', () => {
    expect(first('presidente que juró simbólicamente en machu picchu')).toBe('alejandro-toledo');
  });

  test('a question before a name of a title and a letter keeps the title: "¿quién es la señora K?"', () => {
    expect(first('¿quién es la señora K?')).toBe('keiko-fujimori');
    expect(first('who is señora k')).toBe('keiko-fujimori');
  });

  test('"x" between two names still sets them against each other; "señora k" is still Keiko', () => {
    expect(ids('keiko x castillo').slice(0, 2)).toEqual(['keiko-fujimori', 'pedro-castillo']);
    expect(first('señora k')).toBe('keiko-fujimori');
  });

  test('"M-19", a name of a letter and a number, finds the one whose text names it', () => {
    expect(first('el m-19 de colombia')).toBe('gustavo-petro');
    expect(first('guerrilla m-19')).toBe('gustavo-petro');
  });

  test.each([
    ['front large du pérou', 'frente-amplio-peru'],
    ['frente ampla uruguaio', 'frente-amplio-uruguay'],
  ])('a name two entries share beside a country, "%s", is that country\'s: %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test.each([
    ['gonzalo jefe de sendero luminoso', 'abimael-guzman'],
    ['shining path chief gonzalo', 'abimael-guzman'],
  ])('a word of a name beside a tie, "%s", is the one so named who has that tie', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test.each([
    ['party headed by keiko', 'fuerza-popular'],
    ['parti dirigé par cerron', 'peru-libre'],
  ])(
    'a party led by someone, "%s", is their party, not one whose text names their family',
    (query, party) => {
      expect(first(query)).toBe(party);
    },
  );

  test.each([
    ['hermano del esposo de nadine heredia', 'antauro-humala'],
    ['esposa del hermano de antauro', 'nadine-heredia'],
  ])('a tie asked of a tie, "%s", finds %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('two tie words side by side are no nested tie: "humala party founded 2005"', () => {
    expect(first('humala nationalist party founded 2005')).toBe('partido-nacionalista-peruano');
  });

  test.each([
    ['who overthrew allende', 'augusto-pinochet'],
    ['quem derrubou allende', 'augusto-pinochet'],
  ])('who ousted someone, "%s", is found by the coup their summary names them after: %s', (query, ouster) => {
    expect(first(query)).toBe(ouster);
  });

  test.each([
    ['sucessor de bolsonaro', 'lula-da-silva'],
    ['predecesor de lula en 2023', 'jair-bolsonaro'],
  ])('a handover across a new year, "%s", still finds the next or the last holder: %s', (query, holder) => {
    expect(first(query)).toBe(holder);
  });

  test.each([
    ['quien asumio cuando renuncio ppk', 'martin-vizcarra'],
    ['who took over when merino quit', 'francisco-sagasti'],
  ])('the office taken when someone left, "%s", is their successor: %s', (query, holder) => {
    expect(first(query)).toBe(holder);
  });

  test.each([
    ['presidente entre toledo y humala', 'alan-garcia'],
    ['who was president between fujimori and toledo', 'valentin-paniagua'],
  ])(
    'the office between two named holders, "%s", is whoever held it after the first: %s',
    (query, holder) => {
      expect(first(query)).toBe(holder);
    },
  );

  test.each([
    ['quem governa o chile', 'jose-antonio-kast'],
    ['quien gobierna bolivia', 'rodrigo-paz'],
    ['quem governa o peru em 2024', 'dina-boluarte'],
  ])(
    'governing in the present tense, "%s", asks for the head of state as the title does',
    (query, holder) => {
      expect(first(query)).toBe(holder);
    },
  );

  test.each([
    ['colistière de castillo', 'dina-boluarte'],
    ['patrouilles paysannes du nord du pérou', 'rondas-campesinas'],
    ['aide américaine contre la cocaïne en colombie', 'plan-colombia'],
    ['herdeiro de chávez', 'nicolas-maduro'],
  ])('words the glossary writes otherwise, "%s", find %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('seats in any of the four languages find the parties and elections the glossary counts them for', () => {
    // "curules": the glossary writes "escaños" and "seats".
    expect(ids('130 curules')).toContain('fuerza-popular');
    expect(ids('curules perdidas').length).toBeGreaterThan(0);
  });

  test.each([
    ['bukele populista', 'nayib-bukele'],
    ['mrta ideologia marxista leninista', 'mrta'],
  ])('a thing named before the ideas it may be classed as, "%s", asks about the thing', (query, thing) => {
    expect(first(query)).toBe(thing);
  });

  test('the idea named first asks for it ("populismo de bukele"); a deed is no class ("castillo coup")', () => {
    expect(first('populismo de bukele')).toBe('populism');
    expect(first('castillo coup')).toBe('castillo-self-coup-2022');
  });

  test.each([
    ['Murió Gustavo Gutiérrez, el dominico que fundó la teología de la liberación', 'gustavo-gutierrez'],
    ['Condenan a Ollanta Humala y a su esposa por lavado de activos', 'ollanta-humala'],
    // Or opening it, the deed right after: a surname of one person will do.
    ['Vizcarra renuncia a su candidatura tras el escándalo del vacunagate', 'martin-vizcarra'],
  ])('a headline of what befalls someone named whole, "%s", is about %s', (query, person) => {
    expect(first(query)).toBe(person);
  });

  test('a long question keeps the person it names whole among what it finds', () => {
    // The month and the year outweighed "evo morales" among the names the search looked at.
    expect(ids('por qué renunció evo morales el 10 de noviembre de 2019')).toContain('evo-morales');
  });

  test('"MVLL", as the press writes Mario Vargas Llosa, finds him', () => {
    expect(first('mvll y el nobel')).toBe('mario-vargas-llosa');
  });

  test('a "crise" is the crisis the glossary names, before the person beside it', () => {
    expect(first('crise au pérou avec merino en 2020')).toBe('peru-political-crisis-2020');
  });

  test('a first lady and an embassy in French find what the English and Spanish texts say', () => {
    expect(first('première dame réfugiée dans une ambassade')).toBe('nadine-heredia');
  });

  test.each([
    ['el chino', 'alberto-fujimori'],
    ['el cholo', 'alejandro-toledo'],
    ['lagarto', 'martin-vizcarra'],
    ['señora k', 'keiko-fujimori'],
    ['el mudo', 'luis-castaneda'],
    ['mashi', 'rafael-correa'],
    ['el peluca', 'javier-milei'],
  ])('the nickname "%s" finds %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('"chino" beside another word is Chinese, not Fujimori: "puerto" is no country by itself', () => {
    expect(first('puerto chino')).toBe('port-of-chancay');
  });

  test('a day with its year that no event began on: the event the words beside it name', () => {
    expect(first('5 de junio 2016 segunda vuelta')).toBe('peru-2016-election');
    expect(first('balotaje 7 de junio 2026')).toBe('peru-2026-election');
    // The one entry with a line on that day.
    expect(first('15 de octubre de 2025 lima')).toBe('gen-z-protests-peru-2025');
    expect(first('14 de noviembre de 2020 marcha')).toBe('peru-political-crisis-2020');
    // A day in figures is the day an event began.
    expect(first('30/09/2019')).toBe('congress-dissolution-2019');
  });

  test('a rival is whoever beat the one named, or lost to them', () => {
    expect(first('rival de lula en 2022')).toBe('jair-bolsonaro');
    expect(first('rival de keiko en 2021')).toBe('pedro-castillo');
    expect(first('rival de keiko 2016')).toBe('pedro-pablo-kuczynski');
  });

  test('a month or "new" beside the office and a year asks for the one who took office that year', () => {
    expect(first('presidente del peru octubre 2025')).toBe('jose-jeri');
    expect(first('nouveau président du pérou octobre 2025')).toBe('jose-jeri');
  });

  test.each([
    ['palabra de maestro', 'pedro-castillo'],
    ['viva la libertad carajo', 'javier-milei'],
    ['otorongo no come otorongo', 'congress-of-peru'],
    ['ele não', 'jair-bolsonaro'],
    ['no es plagio es copia', 'cesar-acuna'],
    ['la patria es el otro', 'cristina-fernandez-de-kirchner'],
    ['laguna el perol', 'conga-mining-conflict'],
    ['villa el salvador maria elena moyano', 'sendero-luminoso'],
  ])('the saying or place "%s" finds %s first, by what its entry now says', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test.each([
    ['is bukele right wing', 'nayib-bukele'],
    ['is the apra social democratic', 'apra'],
    ['was peron a fascist', 'juan-peron'],
    ['is fujimorismo populist', 'fujimorismo'],
    ['es sendero luminoso terrorista', 'sendero-luminoso'],
  ])('a yes-or-no question, "%s", puts what it asks about (%s) first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('a question that names nothing right after its verb is searched as a whole', () => {
    // "there" names nothing: the coups come first, not an entry named "there".
    expect(['autogolpe-1992', 'castillo-self-coup-2022', 'coup-d-etat']).toContain(
      first('is there a coup in peru'),
    );
  });

  test.each([
    ['#FueraCastillo', 'pedro-castillo'],
    ['@evoespueblo', 'evo-morales'],
    ['@CFKArgentina', 'cristina-fernandez-de-kirchner'],
    ['#CVR20Años', 'truth-reconciliation-commission-peru'],
    ['@OEA_oficial', 'oas'],
  ])('the hashtag or handle "%s" finds %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test.each([
    ['antifujimorismo', 'fujimorismo'],
    ['anticorreismo', 'citizens-revolution'],
    ['antibolsonarismo', 'jair-bolsonaro'],
  ])('opposition in one word, "%s", finds what it opposes (%s) first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test.each([
    ['M.C.M.', 'maria-corina-machado'],
    ['R.L.A.', 'rafael-lopez-aliaga'],
    ['V.R.H.T.', 'haya-de-la-torre'],
    ['J.A.K.', 'jose-antonio-kast'],
  ])('initials typed with dots, "%s", find the person (%s) first', (query, expected) => {
    expect(first(query)).toBe(expected);
    // Found by a name's initials, not guessed from the words of a description.
    expect(search.search(query, 5)[0]?.guessed).toBe(false);
  });

  test('initials typed without dots come before the same letters found inside a word: "rla"', () => {
    expect(first('rla')).toBe('rafael-lopez-aliaga');
    expect(first('jak')).toBe('jose-antonio-kast');
  });

  test('an acronym with dots stays the acronym: "O.E.A." is the OAS', () => {
    expect(first('O.E.A.')).toBe('oas');
  });

  test('a one-word name beside words no entry has still lists the entries so named', () => {
    expect(ids('fujimori extradicion').sort()).toEqual(['alberto-fujimori', 'keiko-fujimori']);
  });

  test('the 2019 dissolution of Congress by its French and Portuguese names', () => {
    expect(first('dissolution du congrès péruvien 2019')).toBe('congress-dissolution-2019');
    expect(first('dissolução do congresso peruano')).toBe('congress-dissolution-2019');
  });
});

describe('glossary search: a government named by whoever led it (stop 36)', () => {
  const ids = (query: string) => search.search(query, 5).map((hit) => hit.entry.id);
  const first = (query: string) => ids(query)[0];

  test.each([
    ['gobierno de vizcarra', 'martin-vizcarra'],
    ['gobierno de fujimori', 'alberto-fujimori'],
    ['régimen de fujimori', 'alberto-fujimori'],
    ['presidencia de humala', 'ollanta-humala'],
    ['segundo gobierno de alan garcía', 'alan-garcia'],
    ['gobierno del presidente castillo', 'pedro-castillo'],
    ['régime de maduro', 'nicolas-maduro'],
    ['governo de bolsonaro', 'jair-bolsonaro'],
    ['the vizcarra government', 'martin-vizcarra'],
    ['ditadura de pinochet', 'augusto-pinochet'],
  ])('"%s" finds the one who governed (%s) first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('two who governed together are both sought; a current after the word for a government is the current', () => {
    const found = search.search('el régimen de Fujimori y Montesinos', 5).map((hit) => hit.entry.id);
    expect(found[0]).toBe('alberto-fujimori');
    expect(found).toContain('vladimiro-montesinos');
    expect(search.search('régimen fujimorista', 5)[0]?.entry.id).toBe('fujimorismo');
  });

  test('a government the glossary has as an entry of its own, named after its leader, comes first', () => {
    expect(first('dictadura de velasco')).toBe('revolutionary-government-armed-forces');
    expect(first('gobierno de velasco')).toBe('revolutionary-government-armed-forces');
  });

  test('a government of no one the glossary names is searched as typed', () => {
    expect(ids('gobierno de transición')).not.toContain('francisco-sagasti');
  });
});

describe('glossary search: what befalls a person, beside their name (stop 36)', () => {
  const ids = (query: string) => search.search(query, 5).map((hit) => hit.entry.id);
  const first = (query: string) => ids(query)[0];

  test.each([
    ['juicio a toledo', 'alejandro-toledo'],
    ['prisión de toledo', 'alejandro-toledo'],
    ['exílio de pinochet', 'augusto-pinochet'],
    ['prisão do lula', 'lula-da-silva'],
    ['vitória de lula', 'lula-da-silva'],
    ['morte de allende', 'salvador-allende'],
    ['vizcarra 14 years prison', 'martin-vizcarra'],
    ['humala 15 años de carcel', 'ollanta-humala'],
  ])(
    '"%s" finds the person (%s) first, not an entry whose summary says both words apart',
    (query, expected) => {
      expect(first(query)).toBe(expected);
      // Found by the name, not guessed from the words.
      expect(search.search(query, 1)[0]?.guessed).toBe(false);
    },
  );

  test('a surname two people share: both, before entries that only mention one of them', () => {
    expect(ids('juicio a fujimori').slice(0, 2).sort()).toEqual(['alberto-fujimori', 'keiko-fujimori']);
  });
});

describe('glossary search: a possessive before a name (stop 36)', () => {
  const ids = (query: string) => search.search(query, 5).map((hit) => hit.entry.id);

  test.each([
    ["Keiko Fujimori's Popular Force party", 'fuerza-popular', 'keiko-fujimori'],
    ['Evo Morales’s MAS party', 'mas-bolivia', 'evo-morales'],
  ])('"%s" lists what is owned (%s) before its owner (%s)', (query, owned, owner) => {
    expect(ids(query).slice(0, 2)).toEqual([owned, owner]);
  });

  test('an owner the glossary does not name changes nothing: "peru\'s presidential runoff in june 2026"', () => {
    expect(ids("who were the two candidates in peru's presidential runoff in june 2026")[0]).toBe(
      'peru-2026-election',
    );
  });
});

describe('glossary search: a role opening the query asks for a person', () => {
  const ids = (query: string) => search.search(query, 5).map((hit) => hit.entry.id);

  test.each([
    ['presidente peruano que duró cinco días', 'manuel-merino'],
    ['the former priest who wrote about the poor', 'gustavo-gutierrez'],
    ['exgobernador de junin que fundo un partido', 'vladimir-cerron'],
  ])('"%s" finds the person (%s) before the event or idea it describes', (query, person) => {
    expect(ids(query)[0]).toBe(person);
  });

  test('not a person found by the role word itself: "presidente del jne" is not "Presidente Gonzalo"', () => {
    expect(ids('presidente del jne')[0]).not.toBe('abimael-guzman');
  });

  test('a query that opens with no role keeps its order', () => {
    expect(ids('protestas contra merino 2020')[0]).toBe('peru-political-crisis-2020');
  });

  test('a kind of thing opening a description asks for one of that kind: "partido que perdió su inscripción…"', () => {
    expect(ids('partido que perdio su inscripcion tras la caida de evo morales')[0]).toBe('mas-bolivia');
    expect(ids('marchas contra merino en lima noviembre')[0]).toBe('peru-political-crisis-2020');
  });

  test('a role in Portuguese or French asks the same: "ex-guerrilheiro eleito presidente da colombia em 2022"', () => {
    expect(ids('ex-guerrilheiro eleito presidente da colombia em 2022')[0]).toBe('gustavo-petro');
  });

  test('a role that says a woman asks for one: "médica que fue presidenta de chile dos veces"', () => {
    expect(ids('médica que fue presidenta de chile dos veces')[0]).toBe('michelle-bachelet');
    expect(ids('candidato de maría corina machado 2024')[0]).toBe('edmundo-gonzalez');
  });

  test('a former role in one word, and what befell them before it: "prófugo exgobernador de junín"', () => {
    expect(ids('prófugo exgobernador de junín')[0]).toBe('vladimir-cerron');
    expect(ids('exguerrillero del M-19 presidente de Colombia')[0]).toBe('gustavo-petro');
  });

  test('the one a description names is not the one it describes: "el político de derecha que admira a pinochet"', () => {
    expect(ids('el político de derecha que admira a pinochet')[0]).toBe('jose-antonio-kast');
  });

  test('who someone was before asks for a person too: "maestro rural que llegó a presidente"', () => {
    expect(ids('maestro rural que llegó a presidente')[0]).toBe('pedro-castillo');
  });

  test('a follower opening a description asks for a person: "el aprista que fue presidente dos veces"', () => {
    expect(ids('el aprista que fue presidente dos veces')[0]).toBe('alan-garcia');
    // The follower's word alone is the party's or the idea's.
    expect(ids('aprista')[0]).toBe('apra');
  });

  test('a question for one of a kind asks for it however short: "qué partido fundó césar acuña" (stop 38)', () => {
    expect(ids('qué partido fundó césar acuña')[0]).toBe('alianza-para-el-progreso');
    expect(ids('qué general dio el golpe de 1968')[0]).toBe('juan-velasco-alvarado');
  });

  test('a court, a commission or a body asks for an institution: "organismo que expulsó a cuba en 1962"', () => {
    expect(ids('organismo que expulsó a cuba en 1962')[0]).toBe('oas');
  });

  test('an owner asks for a person; a mine for the conflict over it', () => {
    expect(ids('owner of the cesar vallejo university')[0]).toBe('cesar-acuna');
    expect(ids('mine in arequipa that farmers of the tambo valley rejected')[0]).toBe('tia-maria');
  });

  test('a group or a guerrilla asks for an organization, not the idea it follows: "grupo maoísta peruano anos 80"', () => {
    expect(ids('grupo maoísta peruano anos 80')[0]).toBe('sendero-luminoso');
  });

  test.each([
    ['the peruvian left coalition that backed veronika mendoza', 'frente-amplio-peru'],
    ['escuadrón militar que mató a los estudiantes de la cantuta', 'grupo-colina'],
    ['la alianza que fundaron chávez y fidel castro', 'alba'],
    ['peruvian congressman who was president for five days', 'manuel-merino'],
    ['hermano de ollanta que se levantó en andahuaylas', 'antauro-humala'],
  ])(
    'a kind after an adjective, squads, alliances, congressmen and kin: "%s" finds %s first (stop 38)',
    (query, expected) => {
      expect(ids(query)[0]).toBe(expected);
    },
  );

  test('a role with a few words that describe someone, the name of a thing among them, asks for the person', () => {
    expect(ids('el presidente ecuatoriano de la revolución ciudadana condenado por corrupción')[0]).toBe(
      'rafael-correa',
    );
    expect(ids('cura peruano padre de la teologia de la liberacion')[0]).toBe('gustavo-gutierrez');
  });

  test('"who was" or "quién fue" before a role asks the same: "quien fue el presidente que duro cinco dias"', () => {
    expect(ids('quien fue el presidente que duro cinco dias')[0]).toBe('manuel-merino');
    expect(ids('quien fue el general velasco alvarado')[0]).toBe('juan-velasco-alvarado');
    // A word before the role says a woman.
    expect(ids('who was the first female president of peru')[0]).toBe('dina-boluarte');
  });

  test.each([
    ['prêtre péruvien de la théologie de la libération', 'gustavo-gutierrez'],
    ['ex metalúrgico sindicalista presidente do brasil', 'lula-da-silva'],
    ['tomada da embaixada do japão em lima', 'mrta'],
  ])('a priest, a metalworker, Japan in other languages: "%s" finds %s first', (query, expected) => {
    expect(ids(query)[0]).toBe(expected);
  });

  test('of those of the kind, one related to whom the description names: "la coalición de izquierda con la que ganó humala"', () => {
    expect(ids('la coalición de izquierda con la que ganó humala')[0]).toBe('gana-peru');
    expect(ids('a coalizão de esquerda que elegeu humala')[0]).toBe('gana-peru');
  });

  test('"when" with a deed asks for the event, the one related to whom it names: "cuando fujimori disolvio el congreso"', () => {
    expect(ids('cuando fujimori disolvio el congreso')[0]).toBe('autogolpe-1992');
    expect(ids('cuando vizcarra disolvio el congreso')[0]).toBe('congress-dissolution-2019');
    expect(ids('when did alberto fujimori die')[0]).toBe('alberto-fujimori');
    expect(ids('por qué fujimori disolvió el congreso')[0]).toBe('autogolpe-1992');
  });

  test('none of the kind among the hits: one related to the entry the description names (stop 38)', () => {
    expect(ids('partido que lanzo a pedro castillo')[0]).toBe('peru-libre');
    expect(ids('primer ministro que derrocó a Velasco')[0]).toBe('francisco-morales-bermudez');
  });

  test.each([
    ['party created by keiko fujimori', 'fuerza-popular'],
    ['le parti créé par haya de la torre', 'apra'],
  ])('a kind "founded by" someone is theirs: "%s" finds %s first', (query, expected) => {
    expect(ids(query)[0]).toBe(expected);
  });

  test.each([
    ['fiscal de lima pide prisión contra pedro castillo por rebelión', 'pedro-castillo'],
    ['juez de lima dicta prisión a alejandro toledo por sobornos', 'alejandro-toledo'],
    ['juez de la paz ordena detener a evo morales por estupro', 'evo-morales'],
  ])(
    '"por" without a participle says why, not by whom: a headline opening with a role, "%s", is about %s',
    (query, expected) => {
      expect(ids(query)[0]).toBe(expected);
    },
  );

  test('a group or a body no entry is named by, with a word or two: "guerrilla maoísta peruana"', () => {
    expect(ids('guerrilla maoísta peruana')[0]).toBe('sendero-luminoso');
  });

  test('a company opening the query asks for one: "la minera que quiere explotar tía maría"', () => {
    expect(ids('la minera que quiere explotar tía maría')[0]).toBe('southern-copper');
  });

  test('a former member of a group is a person; a feminine word before a role says a woman', () => {
    expect(ids('ex guerrilla of the m-19 who became president of colombia')[0]).toBe('gustavo-petro');
    // French writes "présidente" as Spanish writes a man's title: "la" says whose.
    expect(ids('la présidente chilienne qui a dirigé onu femmes')[0]).toBe('michelle-bachelet');
  });

  test('a party’s name beside the word for its kind is that party: "MAS party", "partido mas"', () => {
    expect(ids('MAS party')[0]).toBe('mas-bolivia');
    expect(ids('partido mas')[0]).toBe('mas-bolivia');
    // Its country beside it too.
    expect(ids('the MAS party of Bolivia')[0]).toBe('mas-bolivia');
  });

  test('dying, being convicted or elected are said alike across languages: "ancien dictateur du chili mort en 2006"', () => {
    expect(ids('ancien dictateur du chili mort en 2006 sans être jugé')[0]).toBe('augusto-pinochet');
  });

  test('a movement "founded by" someone asks for a movement or a party: "movimiento político fundado por juan perón"', () => {
    expect(ids('movimiento político fundado por juan perón')[0]).toBe('peronism');
    expect(ids('le mouvement politique fondé par juan perón')[0]).toBe('peronism');
  });

  test('a woman before a role in French or Portuguese: "première femme présidente", "primeira mulher presidente"', () => {
    expect(ids('la première femme présidente péruvienne')[0]).toBe('dina-boluarte');
    expect(ids('primeira mulher presidente do peru')[0]).toBe('dina-boluarte');
  });

  test('who pardoned someone is the one whose text says so: "who pardoned fujimori", "quem indultou fujimori"', () => {
    expect(ids('who pardoned fujimori')[0]).toBe('pedro-pablo-kuczynski');
    expect(ids('quem indultou alberto fujimori')[0]).toBe('pedro-pablo-kuczynski');
    // Without "who", the pardon is told in the pardoned one's own entry.
    expect(ids('el indulto de fujimori')[0]).toBe('alberto-fujimori');
  });

  test('how or why something befell the one named is theirs where their details tell it: "how did alan garcía die"', () => {
    // Bagua's summary says people died; García's details say how he did.
    expect(ids('how did alan garcía die')[0]).toBe('alan-garcia');
  });

  test.each([
    // The round named beside the loser says which tie, not what is sought.
    ['quién le ganó a keiko fujimori en la segunda vuelta de 2021', 'pedro-castillo'],
    // The one named lost: who beat them.
    ['who did keiko lose to in 2011', 'ollanta-humala'],
    ['ante quién perdió keiko en 2016', 'pedro-pablo-kuczynski'],
  ])('who beat whom, either way round: "%s" finds %s first', (query, expected) => {
    expect(ids(query)[0]).toBe(expected);
  });

  test('who won a kind of thing is told by the deed’s words, its country and year: "quién ganó el balotaje boliviano de 2025"', () => {
    expect(ids('quién ganó el balotaje boliviano de 2025')[0]).toBe('rodrigo-paz');
    expect(ids("who won chile's presidential runoff in 2025")[0]).toBe('jose-antonio-kast');
  });

  test('who wrote a book is its author, said either way: "quien escribio los siete ensayos"', () => {
    expect(ids('quien escribio los siete ensayos')[0]).toBe('jose-carlos-mariategui');
  });

  test('whom someone ousted, and who ousted them: "a quién derrocó juan velasco alvarado"', () => {
    expect(ids('a quién derrocó juan velasco alvarado')[0]).toBe('fernando-belaunde');
    expect(ids('quién derrocó a velasco')[0]).toBe('francisco-morales-bermudez');
  });

  test('why something befell the one a one-word name names is theirs where their texts say it: "por qué censuró el congreso a jerí"', () => {
    expect(ids('por qué censuró el congreso a jerí')[0]).toBe('jose-jeri');
  });

  test('what something stands for is its own entry’s to tell: "qué propone el fujimorismo"', () => {
    expect(ids('qué propone el fujimorismo')[0]).toBe('fujimorismo');
  });

  test('when something was founded asks for the thing founded, not its founder: "cuándo se fundó el apra"', () => {
    expect(ids('cuándo se fundó el apra')[0]).toBe('apra');
    expect(ids('in what year was the apra founded')[0]).toBe('apra');
    // Who founded it is the founder's.
    expect(ids('quién fundó el apra')[0]).toBe('haya-de-la-torre');
  });

  test('none of the kind found nor related: the first of the kind the description’s words find', () => {
    expect(ids('presidente que el congreso vacó por incapacidad moral en 2020')[0]).toBe('martin-vizcarra');
    expect(ids('le président péruvien que le congrès a destitué en 2020')[0]).toBe('martin-vizcarra');
  });

  test('a kind of thing with a few words is its own entry: "balotaje", "protests 2025"', () => {
    expect(ids('balotaje')[0]).toBe('runoff-election');
    expect(ids('balotaje que es')[0]).toBe('runoff-election');
  });
});

describe('glossary search: a kind of thing and a year', () => {
  const ids = (query: string) => search.search(query, 5).map((hit) => hit.entry.id);

  test.each([
    ['segunda vuelta 2021', 'peru-2021-election'],
    ['deuxième tour 2016', 'peru-2016-election'],
    ['segundo turno 2016 margem', 'peru-2016-election'],
  ])('"%s" finds the one event of that year whose summary names it (%s), then the kind', (query, event) => {
    expect(ids(query).slice(0, 2)).toEqual([event, 'runoff-election']);
  });

  test("a query that says more describes something else: the 1992 coup in Venezuela is not Peru's", () => {
    expect(ids('golpe fallido de 1992 contra el presidente carlos andres perez en venezuela')[0]).not.toBe(
      'autogolpe-1992',
    );
  });

  test('the French press names an election so: "la présidentielle péruvienne de 2021"', () => {
    expect(ids('la présidentielle péruvienne de 2021')[0]).toBe('peru-2021-election');
    expect(ids('résultats de la présidentielle péruvienne de 2011')[0]).toBe('peru-2011-election');
  });

  test('the amnesty law and the internal conflict by their French and Portuguese names', () => {
    expect(ids("la loi d'amnistie péruvienne de 2025")[0]).toBe('law-32419');
    expect(ids('lei de anistia do peru')[0]).toBe('law-32419');
    expect(ids('guerra interna en el perú')[0]).toBe('internal-conflict-peru');
  });

  test('a day and a deed, naming no one, find whose timeline says the deed that day', () => {
    expect(ids('censured on 17 february 2026')[0]).toBe('jose-jeri');
    expect(ids('condena del 27 de noviembre de 2025')[0]).toBe('pedro-castillo');
  });

  test('without a year the kind is the concept', () => {
    expect(ids('segunda vuelta')[0]).toBe('runoff-election');
  });
});

describe('glossary search: who did a deed (stop 36)', () => {
  const ids = (query: string) => search.search(query, 5).map((hit) => hit.entry.id);

  test.each([
    ['quien disolvio el congreso en 1992', 'alberto-fujimori', 'autogolpe-1992'],
    ['who led the shining path', 'abimael-guzman', 'sendero-luminoso'],
    ['who wrote a theology of liberation', 'gustavo-gutierrez', 'liberation-theology'],
    ["who led ecuador's citizens' revolution", 'rafael-correa', 'citizens-revolution'],
    ['quien cometio la matanza de barrios altos', 'grupo-colina', 'barrios-altos-la-cantuta'],
  ])('"%s" finds the doer (%s) first, the deed (%s) next', (query, doer, deed) => {
    expect(ids(query).slice(0, 2)).toEqual([doer, deed]);
  });

  test('a question that is no deed ("who is…") is searched as typed', () => {
    expect(ids('who is the shining path')[0]).toBe('sendero-luminoso');
  });

  test.each([
    ['el general que dio el golpe contra belaunde', 'juan-velasco-alvarado'],
    ['el presidente que disolvio el congreso en 1992', 'alberto-fujimori'],
    ['the priest who wrote a theology of liberation', 'gustavo-gutierrez'],
    ['o general que deu o golpe de 1968 contra belaunde', 'juan-velasco-alvarado'],
  ])('a role before the relative asks the same: "%s" finds %s first', (query, doer) => {
    expect(ids(query)[0]).toBe(doer);
  });

  test('the one a deed was done to is not its doer: "who led the 1968 coup against belaunde"', () => {
    const found = ids('who led the 1968 coup against belaunde');
    expect(found[0]).toBe('juan-velasco-alvarado');
    expect(found.indexOf('fernando-belaunde')).toBeGreaterThan(
      found.indexOf('revolutionary-government-armed-forces'),
    );
  });

  test.each([
    ['presidente que cerro el congreso en 2019', 'martin-vizcarra'],
    ['who closed congress in 2019', 'martin-vizcarra'],
    ['quem fechou o congresso em 1992', 'alberto-fujimori'],
    ['qui a fermé le congrès en 1992', 'alberto-fujimori'],
  ])('closing is dissolving: "%s" finds %s first', (query, doer) => {
    expect(ids(query)[0]).toBe(doer);
  });

  test('"que" opening a query asks what, not who: "que es el golpe de 1968"', () => {
    expect(ids('que es el golpe de 1968')[0]).not.toBe('juan-velasco-alvarado');
  });
});

describe('glossary search: a word said otherwise in the glossary’s texts (stop 38)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    // Portuguese and French words the English and Spanish texts say their own way.
    ['a empreiteira brasileira que pagou propinas', 'odebrecht'],
    ['la guérilla maoïste du pérou', 'sendero-luminoso'],
    // Spanish words the texts say another way ("removed", "vacancia").
    ['presidenta destituida en 2025', 'dina-boluarte'],
    ['dia que vizcarra cerro el congreso', 'congress-dissolution-2019'],
  ])('"%s" finds %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test.each([
    ['ex-président péruvien gracié en 2017', 'alberto-fujimori'],
    ['président pauvre du monde', 'jose-mujica'],
    ['presidente da motosserra', 'javier-milei'],
  ])('"%s" finds %s first (pardons, the poor, the world, a chainsaw)', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('"how many", "cuántas veces" say nothing of what is sought', () => {
    expect(first('how many times did keiko fujimori lose a runoff')).toBe('keiko-fujimori');
    expect(first('how many congressmen does peru have')).toBe('congress-of-peru');
  });

  test("Peru's electoral court, as the English press calls the JNE", () => {
    expect(first("peru's electoral court")).toBe('jne');
  });

  test('a year in two digits is the last century\'s: "autogolpe del 92", "reforma del 69"', () => {
    expect(first('autogolpe del 92')).toBe('autogolpe-1992');
    expect(first('la tierra es de quien la trabaja reforma del 69')).toBe('agrarian-reform-peru');
  });

  test('a title in a description is one of its words: "general que governou o peru em 1968"', () => {
    expect(first('general que governou o peru em 1968')).toBe('juan-velasco-alvarado');
    expect(first('alcalde que hizo el metropolitano')).toBe('luis-castaneda');
  });

  test.each([
    ['capitão do exército condenado por trama golpista', 'jair-bolsonaro'],
    ['asesor de fujimori que grababa a los congresistas', 'vladimiro-montesinos'],
  ])('a captain or an adviser is a role: "%s" finds %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('a name that begins like such a word is still the name: "cerron" is Vladimir Cerrón', () => {
    expect(first('cerron')).toBe('vladimir-cerron');
  });
});

describe('glossary search: a quotation pasted from a page (stop 36)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['la denominada "captura del siglo"', 'abimael-guzman'],
    ['Al grito de «Agro sí, mina no»', 'tia-maria'],
    ['“Para o Brasil alimentar, Reforma Agrária Popular!”', 'mst-brazil'],
    ['le surnom de "Pol Pot des Andes"', 'abimael-guzman'],
  ])('%s finds the entry whose text says the quoted words (%s) first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('a quoted name is the name, not a passage that mentions it', () => {
    expect(first('"Keiko Fujimori"')).toBe('keiko-fujimori');
    expect(first('«Sendero Luminoso»')).toBe('sendero-luminoso');
  });
});

describe('glossary search: a proper name no entry has, that an entry’s text says (stop 36)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['conservative Somos Perú party', 'jose-jeri'],
    ['cofondatrice de l’organisation Súmate', 'maria-corina-machado'],
    ['Provías y el marco temporal imputado', 'club-de-la-construccion'],
  ])('"%s" finds the entry whose text names it (%s) first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('a query that names an entry of the glossary is left to that name', () => {
    expect(first('Kuczynski & Williamson (2003)')).toBe('pedro-pablo-kuczynski');
  });
});

describe('glossary search: a name with its leader after it (stop 36)', () => {
  const ids = (query: string) => search.search(query, 5).map((hit) => hit.entry.id);

  test.each([
    ['Fuerza Popular, led by Keiko Fujimori', 'fuerza-popular', 'keiko-fujimori'],
    ['el partido Perú Libre, fundado por Vladimir Cerrón', 'peru-libre', 'vladimir-cerron'],
  ])('"%s" lists the thing named (%s) before its leader (%s)', (query, thing, leader) => {
    expect(ids(query).slice(0, 2)).toEqual([thing, leader]);
  });
});

describe('glossary search: what the twenty-first round taught (stop 36)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    // A y that is no consonant sounds as an i; a misspelt name beside a year is a name all the same.
    ['andahuailazo 2005', 'andahuaylazo'],
    ['keyko 2011', 'keiko-fujimori'],
    // What befell a person, in the words of the street.
    ['añez presa', 'jeanine-anez'],
    ['toledo preso', 'alejandro-toledo'],
    // The constitution by its French name.
    ['constitution péruvienne 1993', 'peru-constitution-1993'],
    // A tie to a misspelt one-word name.
    ['partido de keyko', 'fuerza-popular'],
    ['esposa de umala', 'nadine-heredia'],
  ])('"%s" finds %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});

describe('glossary search: names and labels the press gave (stop 37)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['presidente mas pobre del mundo', 'jose-mujica'],
    ["world's poorest president", 'jose-mujica'],
    ['Rolexgate', 'dina-boluarte'],
    ['coimas de odebrecht', 'odebrecht'],
    ['el rasputín de fujimori', 'vladimiro-montesinos'],
    ['máximo líder cubano', 'fidel-castro'],
    ['apodo la tigresa', 'delcy-rodriguez'],
    ['primer presidente de ascendencia japonesa', 'alberto-fujimori'],
    ['exilio de perón en puerta de hierro', 'juan-peron'],
    ['el modelo ISI', 'import-substitution-industrialization'],
  ])('"%s" finds %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});

describe('glossary search: someone likened to a person of another country (stop 37)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test('"the chilean bolsonaro" is the Chilean the glossary likens to him, not Bolsonaro', () => {
    expect(first('the chilean bolsonaro')).toBe('jose-antonio-kast');
  });

  test('the people of the person\'s own country ask for that person: "keiko peruana"', () => {
    expect(first('keiko peruana')).toBe('keiko-fujimori');
  });
});

describe('glossary search: what began on a day, besides events (stop 37)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test('"qué pasó el 3 de octubre de 1968" is the military government that began that day', () => {
    expect(first('qué pasó el 3 de octubre de 1968')).toBe('revolutionary-government-armed-forces');
  });
});

describe('glossary search: a person and the kind of an event of theirs (stop 42)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['ollanta levantamiento 2000', 'locumbazo'],
    ['antauro sublevación 2005', 'andahuaylazo'],
    ['manuel merino protestas', 'peru-political-crisis-2020'],
    ['evo morales crise 2019', 'bolivia-political-crisis-2019'],
    ['humala eleicoes peru 2011', 'peru-2011-election'],
  ])('"%s" is the one event of that kind the glossary ties to them: %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});

describe('glossary search: the one ousted, asked in the passive (stop 42)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['presidente depuesto por velasco', 'fernando-belaunde'],
    ['the president overthrown by pinochet', 'salvador-allende'],
  ])('"%s" is whom the one after "by" ousted: %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('the active question still asks for the ouster: "who ousted velasco"', () => {
    expect(first('who ousted velasco')).toBe('francisco-morales-bermudez');
  });
});

describe('glossary search: whoever ran against someone in an election of a year (stop 42)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['oponente de keiko en la segunda vuelta de 2026', 'roberto-sanchez'],
    ['rival de keiko 2026', 'roberto-sanchez'],
    ['adversario de maduro 2024', 'edmundo-gonzalez'],
  ])('"%s" is the other candidate that election’s summary names: %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('a name after the word of winning is who won, not whom they beat: "ganó castillo la segunda vuelta 2021"', () => {
    expect(first('ganó castillo la segunda vuelta 2021')).not.toBe('keiko-fujimori');
  });
});

describe('glossary search: the ideas or the followers of the one named (stop 42)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['ideología de antauro', 'etnocacerismo'],
    ['sendero luminoso doctrina', 'maoism'],
    ['simpatizantes de keiko', 'fujimorismo'],
    ['apoiadores de chávez', 'chavismo'],
  ])('"%s" is the current the glossary relates to them: %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('a query that names the current itself asks about it: "populismo no es una ideología"', () => {
    expect(first('populismo no es una ideología')).toBe('populism');
  });
});

describe('glossary search: "presidente" is a woman’s title too; coming after or before someone (stop 42)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['presidente del peru en 2024', 'dina-boluarte'],
    ['presidente de chile en 2015', 'michelle-bachelet'],
    // "leader" and "mandaba" say the office; "early" and "late" say no more than the year.
    ['bolivia leader 2021', 'luis-arce'],
    ['president of chile in early 2015', 'michelle-bachelet'],
  ])('"%s" is whoever held the office then, a woman too: %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test.each([
    ['who came before vizcarra', 'pedro-pablo-kuczynski'],
    ['quien vino despues de boluarte', 'jose-jeri'],
    ['quien vino tras la renuncia de ppk', 'martin-vizcarra'],
    ['who did congress choose after vizcarra resigned', 'manuel-merino'],
  ])('"%s" asks for the one before or after in office: %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('a head of state’s title asks for one who held the office, a military ruler too, not a candidate', () => {
    expect(first('ex-presidente peruano que se matou antes de ser preso')).toBe('alan-garcia');
    expect(first('general velasco 1975')).toBe('juan-velasco-alvarado');
  });

  test('an irregular participle before "por" still says by whom: "ex presidente preso por odebrecht" is a person', () => {
    expect(first('expresidente preso por odebrecht')).toBe('ollanta-humala');
  });
});

describe('glossary search: two people and a word of an election ask for the one they shared (stop 42)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['balotaje kuczynski keiko', 'peru-2016-election'],
    ['segunda vuelta sánchez keiko', 'peru-2026-election'],
    ['présidentielle péruvienne castillo contre keiko', 'peru-2021-election'],
  ])('"%s" is %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});

describe('glossary search: what befell someone, with its date (stop 42)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test('"boluarte vacada en octubre de 2025": a removal beside the name, a month and a year, is hers', () => {
    expect(first('boluarte vacada en octubre de 2025')).toBe('dina-boluarte');
  });

  test('"maduro capturado el 3 de enero de 2026": his own line that day, before the event of that day', () => {
    expect(first('maduro capturado el 3 de enero de 2026')).toBe('nicolas-maduro');
  });

  test('words that name the day’s event still ask for it: "vizcarra disuelve el congreso 30 septiembre 2019"', () => {
    expect(first('vizcarra disuelve el congreso 30 septiembre 2019')).toBe('congress-dissolution-2019');
  });
});

describe('glossary search: French "femme de" and an election between two names (stop 42)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['femme de humala', 'nadine-heredia'],
    ['femme de néstor kirchner', 'cristina-fernandez-de-kirchner'],
  ])('"%s" is the spouse: %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  test('"la première femme présidente du pérou" is still a woman president, not a spouse', () => {
    expect(first('la première femme présidente du pérou')).toBe('dina-boluarte');
  });

  test('"auto-coup d’État de castillo", as the French press writes it, is his self-coup', () => {
    expect(first("auto-coup d'état de castillo")).toBe('castillo-self-coup-2022');
  });

  test('"élection keiko vs castillo" is the election they shared, not the first side', () => {
    expect(first('élection keiko vs castillo')).toBe('peru-2021-election');
  });
});

describe('glossary search: "más" is no party (stop 42)', () => {
  const ids = (query: string) => search.search(query, 5).map((hit) => hit.entry.id);

  test('"candidato que saca mas de la mitad de los votos" is the runoff, and the MAS is nowhere', () => {
    expect(ids('candidato que saca mas de la mitad de los votos')[0]).toBe('runoff-election');
    expect(ids('qué pasa si ningún candidato saca más del 50%')).not.toContain('mas-bolivia');
  });

  test('the party’s name is still the party: "MAS de Evo", "el mas de evo morales"', () => {
    expect(ids('MAS de Evo')[0]).toBe('mas-bolivia');
    expect(ids('el mas de evo morales')[0]).toBe('mas-bolivia');
    // A year after it is the party's, not a quantity.
    expect(ids('mas 2025')[0]).toBe('mas-bolivia');
  });
});

describe('glossary search: who won a country’s election of a year (stop 42)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['qui a gagné la présidentielle bolivienne de 2025', 'rodrigo-paz'],
    ['quien gano las elecciones de bolivia en 2025', 'rodrigo-paz'],
    ['quem ganhou a eleição no chile em 2021', 'gabriel-boric'],
  ])('"%s" is whoever took office after it: %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});

describe('glossary search: who signed a law or a treaty (stop 42)', () => {
  const first = (query: string) => search.search(query, 5)[0]?.entry.id;

  test.each([
    ['quién promulgó la ley 32107', 'dina-boluarte'],
    ['quien firmo el tlc con estados unidos', 'alejandro-toledo'],
  ])('"%s" is the head of state on its first day: %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});

describe('glossary search: a tie of two people joined by "y" or "and" (stop 42)', () => {
  test('"partido de ollanta humala y de nadine heredia" is the party they share', () => {
    expect(search.search('partido de ollanta humala y de nadine heredia', 5)[0]?.entry.id).toBe(
      'partido-nacionalista-peruano',
    );
  });
});
