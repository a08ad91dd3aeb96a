import { describe, expect, it } from 'vitest';
import { compileMatcher, type Matcher, type MatcherTerm } from '../../core/matching/matcher';
import { termsFromEntries } from '../../core/matching/terms';

const matcher = compileMatcher(
  termsFromEntries([
    { id: 'ollanta-humala', term: 'Ollanta Humala', aliases: ['Humala'] },
    { id: 'peru', term: 'Perú', aliases: [] },
    { id: 'gana-peru', term: 'Gana Perú', aliases: [] },
    { id: 'hugo-chavez', term: 'Hugo Chávez', aliases: ['Chavez'] },
    {
      id: 'sendero-luminoso',
      term: 'Sendero Luminoso',
      aliases: ['Shining Path', 'Sendero', 'PCP-SL'],
      caseSensitive: ['Sendero'],
    },
    {
      id: 'twenty-first-century-socialism',
      term: '21st-century socialism',
      aliases: ['Twenty-First Century Socialism'],
    },
    { id: 'socialism', term: 'socialism', aliases: ['socialist'] },
    { id: 'neoliberalism', term: 'neoliberalism', aliases: ['neoliberal'] },
    { id: 'rafael-correa', term: 'Rafael Correa', aliases: ['Correa'], caseSensitive: ['Correa'] },
    { id: 'keiko-fujimori', term: 'Keiko Fujimori', aliases: ["Keiko's party"] },
    { id: 'truth-commission', term: 'Truth and Reconciliation Commission (Peru)', aliases: ['CVR'] },
    { id: 'apra', term: 'APRA', aliases: [], caseSensitive: ['APRA'] },
  ]),
);

/** Each match as "entry:exact page text". */
function found(text: string, using: Matcher = matcher): string[] {
  return using.find(text).map((match) => `${match.entryId}:${text.slice(match.start, match.end)}`);
}

describe('compileMatcher: case-sensitive forms written in capitals', () => {
  const capitals = compileMatcher(
    termsFromEntries([
      { id: 'peru-libre', term: 'Perú Libre', aliases: [], caseSensitive: ['Perú Libre'] },
      { id: 'mas-bolivia', term: 'Movement for Socialism', aliases: ['MAS'], caseSensitive: ['MAS'] },
    ]),
  );

  it('a headline in capitals shows the form’s capitals, only louder', () => {
    expect(found('PERÚ LIBRE SE QUEDA SIN BANCADA', capitals)).toEqual(['peru-libre:PERÚ LIBRE']);
    expect(found('PERU LIBRE', capitals)).toEqual(['peru-libre:PERU LIBRE']);
    expect(found('Perú Libre', capitals)).toEqual(['peru-libre:Perú Libre']);
    expect(found('un Perú libre de corrupción', capitals)).toEqual([]);
  });

  it('an acronym never carries an accent: "MÁS" in capitals is the Spanish word', () => {
    expect(found('EVO MORALES CONVOCA MÁS BLOQUEOS', capitals)).toEqual([]);
    expect(found('EL MAS GANA EN EL ALTIPLANO', capitals)).toEqual(['mas-bolivia:MAS']);
    expect(found('más o menos', capitals)).toEqual([]);
  });
});

describe('compileMatcher: folding', () => {
  it('matches a term split by any white space', () => {
    expect(found('the Sendero   Luminoso war')).toEqual(['sendero-luminoso:Sendero   Luminoso']);
    expect(found('Sendero\nLuminoso')).toEqual(['sendero-luminoso:Sendero\nLuminoso']);
    expect(found('Sendero \r\n\t Luminoso')).toEqual(['sendero-luminoso:Sendero \r\n\t Luminoso']);
  });

  it('matches across NBSP and returns the exact page text', () => {
    const text = 'the Sendero\u00A0Luminoso war';
    const [match] = matcher.find(text);
    expect(match).toMatchObject({ entryId: 'sendero-luminoso', start: 4, end: 20 });
    expect(text.slice(match?.start, match?.end)).toBe('Sendero\u00A0Luminoso');
    expect(found('Ollanta\u202FHumala')).toEqual(['ollanta-humala:Ollanta\u202FHumala']);
  });

  it('matches across a soft hyphen inside a word', () => {
    expect(found('against neo\u00ADliberalism.')).toEqual(['neoliberalism:neo\u00ADliberalism']);
    expect(found('neo\u00ADlib\u00ADeral')).toEqual(['neoliberalism:neo\u00ADlib\u00ADeral']);
  });

  it('ignores accents either way', () => {
    expect(found('Peru and Perú')).toEqual(['peru:Peru', 'peru:Perú']);
    expect(found('Chávez, Chavez')).toEqual(['hugo-chavez:Chávez', 'hugo-chavez:Chavez']);
    expect(found('Hugo Chavez')).toEqual(['hugo-chavez:Hugo Chavez']);
    expect(found('Pe\u0301ru\u0301')).toEqual(['peru:Pe\u0301ru\u0301']);
  });

  it('ignores capitals for ordinary forms', () => {
    expect(found('HUMALA, humala, HuMaLa')).toEqual([
      'ollanta-humala:HUMALA',
      'ollanta-humala:humala',
      'ollanta-humala:HuMaLa',
    ]);
  });

  it('treats hyphen and space alike', () => {
    expect(found('a 21st century socialism')).toEqual([
      'twenty-first-century-socialism:21st century socialism',
    ]);
    expect(found('Twenty-First Century Socialism')).toEqual([
      'twenty-first-century-socialism:Twenty-First Century Socialism',
    ]);
    expect(found('twenty first century socialism')).toEqual([
      'twenty-first-century-socialism:twenty first century socialism',
    ]);
    expect(found('the PCP–SL and PCP SL')).toEqual(['sendero-luminoso:PCP–SL', 'sendero-luminoso:PCP SL']);
  });

  it('matches curly apostrophes against a straight one in the form', () => {
    expect(found('Keiko’s party won')).toEqual(['keiko-fujimori:Keiko’s party']);
  });

  it('matches a form that ends in punctuation', () => {
    expect(found('the Truth and Reconciliation Commission (Peru) said')).toEqual([
      'truth-commission:Truth and Reconciliation Commission (Peru)',
    ]);
  });
});

describe('compileMatcher: whole words', () => {
  it('does not match inside other words', () => {
    expect(found('Ghana')).toEqual([]);
    const gana = compileMatcher([{ entryId: 'gana', form: 'Gana', caseSensitive: false }]);
    expect(found('Ghana, ganas, ganador, agana', gana)).toEqual([]);
    expect(found('Gana', gana)).toEqual(['gana:Gana']);
  });

  it('does not match next to letters or digits of any script', () => {
    for (const glued of [
      'xPerú',
      'Perúx',
      'Perú2',
      '2Perú',
      'жPerú',
      'Perú中',
      '中Perú',
      'Perúñ',
      'Perú\u0301x',
    ]) {
      expect(found(glued)).toEqual([]);
    }
    expect(found('𝐀Perú')).toEqual([]);
  });

  it('matches next to punctuation, apostrophes, hyphens and symbols', () => {
    expect(found("Humala's")).toEqual(['ollanta-humala:Humala']);
    expect(found('Humala’s')).toEqual(['ollanta-humala:Humala']);
    expect(found('(Humala)')).toEqual(['ollanta-humala:Humala']);
    expect(found('"Humala",')).toEqual(['ollanta-humala:Humala']);
    expect(found('pro-Humala')).toEqual(['ollanta-humala:Humala']);
    expect(found('Humala—Keiko')).toEqual(['ollanta-humala:Humala']);
    expect(found('😀Humala😀')).toEqual(['ollanta-humala:Humala']);
  });

  it('matches at the very start and end of the text', () => {
    expect(found('Perú')).toEqual(['peru:Perú']);
    expect(found('Perú is here')).toEqual(['peru:Perú']);
    expect(found('here is Perú')).toEqual(['peru:Perú']);
  });

  it('never matches inside the expansion of one character', () => {
    const two = compileMatcher([{ entryId: 'two', form: '2', caseSensitive: false }]);
    expect(found('½', two)).toEqual([]);
    expect(found('½ 2', two)).toEqual(['two:2']);
  });
});

describe('compileMatcher: choosing between forms', () => {
  it('prefers the longest form at the leftmost start', () => {
    expect(found('Sendero Luminoso')).toEqual(['sendero-luminoso:Sendero Luminoso']);
    expect(found('21st Century Socialism')).toEqual([
      'twenty-first-century-socialism:21st Century Socialism',
    ]);
    expect(found('Gana Perú')).toEqual(['gana-peru:Gana Perú']);
    expect(found('Ollanta Humala')).toEqual(['ollanta-humala:Ollanta Humala']);
  });

  it('falls back to a shorter form when the longer one is cut by a word boundary', () => {
    expect(found('Sendero Luminosos')).toEqual(['sendero-luminoso:Sendero']);
    expect(found('Ollanta Humalas')).toEqual([]);
  });

  it('resumes after the chosen match and finds adjacent matches', () => {
    expect(found('socialism socialism')).toEqual(['socialism:socialism', 'socialism:socialism']);
    expect(found('Humala/Chávez/Perú')).toEqual(['ollanta-humala:Humala', 'hugo-chavez:Chávez', 'peru:Perú']);
    expect(found('Gana Perú Perú')).toEqual(['gana-peru:Gana Perú', 'peru:Perú']);
  });

  it('returns matches sorted by start and in original offsets', () => {
    const text = 'Perú:\u00A0el neo\u00ADliberal Humala';
    const matches = matcher.find(text);
    expect(matches.map((m) => m.start)).toEqual([0, 9, 21]);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['Perú', 'neo\u00ADliberal', 'Humala']);
  });

  it('finds nothing in text without terms', () => {
    expect(found('')).toEqual([]);
    expect(found('   ')).toEqual([]);
    expect(found('The weather in the Andes was cold; 中文 ελληνικά 2011.')).toEqual([]);
  });
});

describe('compileMatcher: reading the text', () => {
  it('finds a form whose first word also stood alone just before', () => {
    const text = 'Ollanta Ollanta Humala';
    expect(matcher.find(text)).toMatchObject([{ entryId: 'ollanta-humala', start: 8, end: 22 }]);
    expect(found('Ollanta said Humala')).toEqual(['ollanta-humala:Humala']);
  });

  it('treats multi-byte punctuation as boundaries and multi-byte letters as word characters', () => {
    expect(found('—Humala—, ’Humala’, «Perú», ¡Humala!')).toEqual([
      'ollanta-humala:Humala',
      'ollanta-humala:Humala',
      'peru:Perú',
      'ollanta-humala:Humala',
    ]);
    expect(found('éHumala Humalaé ñPerú Perúñ')).toEqual([]);
  });

  it('keeps UTF-16 offsets right after multi-byte, astral and lone-surrogate characters', () => {
    const texts = [
      `${'ñ'.repeat(1000)} Perú`,
      `${'—’'.repeat(500)} Perú`,
      '😀😀 Perú',
      '\uD800 Perú',
      '\uDC00\uD800Perú',
    ];
    for (const text of texts) {
      const [match] = matcher.find(text);
      expect(match && text.slice(match.start, match.end), JSON.stringify(text)).toBe('Perú');
    }
  });

  it('matches forms that start with punctuation only where no word precedes', () => {
    const slogan = compileMatcher([{ entryId: 'slogan', form: '¡Sí se puede!', caseSensitive: false }]);
    expect(found('gritaron ¡Si se puede! y', slogan)).toEqual(['slogan:¡Si se puede!']);
    expect(found('x¡Sí se puede!', slogan)).toEqual([]);
    expect(found('¡Sí se puede!¡Sí se puede!', slogan)).toEqual([
      'slogan:¡Sí se puede!',
      'slogan:¡Sí se puede!',
    ]);
  });
});

describe('compileMatcher: case-sensitive forms', () => {
  it('matches only the exact capitalization, or the form all in capitals (a headline)', () => {
    expect(found('Sendero')).toEqual(['sendero-luminoso:Sendero']);
    expect(found('un sendero')).toEqual([]);
    // In capitals the form's own capitals are there: what it names is the resolution's to decide.
    expect(found('SENDERO')).toEqual(['sendero-luminoso:SENDERO']);
    expect(found('SeNDERO')).toEqual([]);
    expect(found('Correa and correa')).toEqual(['rafael-correa:Correa']);
    expect(found('APRA, Apra, apra')).toEqual(['apra:APRA']);
  });

  it('still folds accents and spacing', () => {
    expect(found('Séndero')).toEqual(['sendero-luminoso:Séndero']);
    expect(found('Sen\u00ADdero')).toEqual(['sendero-luminoso:Sen\u00ADdero']);
  });

  it('lets a longer case-insensitive form at the same start win', () => {
    expect(found('SENDERO LUMINOSO')).toEqual(['sendero-luminoso:SENDERO LUMINOSO']);
    expect(found('sendero luminoso')).toEqual(['sendero-luminoso:sendero luminoso']);
  });

  it('falls back to a shorter form at the same start when the case check fails', () => {
    const terms: MatcherTerm[] = [
      { entryId: 'garcia', form: 'García', caseSensitive: false },
      { entryId: 'garcia-perez', form: 'García Pérez', caseSensitive: true },
    ];
    const fallback = compileMatcher(terms);
    expect(found('García Pérez', fallback)).toEqual(['garcia-perez:García Pérez']);
    expect(found('garcía pérez', fallback)).toEqual(['garcia:garcía']);
  });

  it('tries forms with the same key in order, the first that passes wins', () => {
    const both = compileMatcher([
      { entryId: 'lima-city', form: 'Lima', caseSensitive: true },
      { entryId: 'lima-user-note', form: 'lima', caseSensitive: false },
    ]);
    expect(found('Lima lima LIMA', both)).toEqual([
      'lima-city:Lima',
      'lima-user-note:lima',
      'lima-city:LIMA',
    ]);
  });
});

describe('compileMatcher: compiling', () => {
  it('skips empty forms and duplicates', () => {
    const compiled = compileMatcher([
      { entryId: 'a', form: '  ', caseSensitive: false },
      { entryId: 'a', form: '\u00AD', caseSensitive: false },
      { entryId: 'b', form: 'Perú', caseSensitive: false },
      { entryId: 'b', form: 'PERU', caseSensitive: false },
    ]);
    expect(compiled.size).toBe(1);
    expect(found('peru', compiled)).toEqual(['b:peru']);
  });

  it('works with no terms at all', () => {
    expect(compileMatcher([]).find('Perú')).toEqual([]);
  });

  it('reuses its buffers safely across texts of different sizes', () => {
    const long = `${'x '.repeat(5000)}Perú`;
    expect(found(long)).toEqual(['peru:Perú']);
    expect(found('Perú')).toEqual(['peru:Perú']);
  });
});

describe('termsFromEntries', () => {
  it('lists term and aliases with their case flags, and which are the reader’s own', () => {
    expect(
      termsFromEntries([
        {
          id: 'sl',
          term: 'Sendero Luminoso',
          aliases: ['Sendero', 'Shining Path', 'SL'],
          caseSensitive: ['Sendero'],
          ownForms: ['SL'],
        },
        { id: 'p', term: 'Perú', aliases: [] },
      ]),
    ).toEqual([
      { entryId: 'sl', form: 'Sendero Luminoso', caseSensitive: false, private: false },
      { entryId: 'sl', form: 'Sendero', caseSensitive: true, private: false },
      { entryId: 'sl', form: 'Shining Path', caseSensitive: false, private: false },
      { entryId: 'sl', form: 'SL', caseSensitive: false, private: true },
      { entryId: 'p', form: 'Perú', caseSensitive: false, private: false },
    ]);
  });
});
