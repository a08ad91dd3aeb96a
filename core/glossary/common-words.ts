/**
 * Words that are names in the glossary but ordinary words in English or Spanish.
 * `never`: not allowed as a one-word alias at all (the verb "gana" would light up every Spanish page).
 * `case-sensitive`: allowed alone only when the entry lists it in `caseSensitive`, so "Sendero" (the
 * Shining Path, as English articles write it) matches while "un sendero" (a path) does not.
 * Keys are folded (lower case, no accents).
 */
export const AMBIGUOUS_WORDS: Readonly<Record<string, 'never' | 'case-sensitive'>> = {
  gana: 'never',
  fuerza: 'never',
  patria: 'never',
  frente: 'never',
  alianza: 'never',
  popular: 'never',
  nacional: 'never',
  solidaridad: 'never',
  cambio: 'never',
  somos: 'never',
  libre: 'never',
  accion: 'never',
  sendero: 'case-sensitive',
  luminoso: 'never',
  correa: 'case-sensitive',
  morales: 'case-sensitive',
  toledo: 'case-sensitive',
  lima: 'case-sensitive',
  garcia: 'case-sensitive',
  castillo: 'case-sensitive',
  blanco: 'case-sensitive',
  colina: 'case-sensitive',
  conga: 'case-sensitive',
  islay: 'case-sensitive',
  mercosur: 'case-sensitive',
  alba: 'case-sensitive',
  uribe: 'case-sensitive',
  lula: 'case-sensitive',
  mujica: 'case-sensitive',
  condor: 'case-sensitive',
  shining: 'never',
  path: 'never',
  left: 'never',
  people: 'never',
  transformation: 'never',
  transformacion: 'never',
};
