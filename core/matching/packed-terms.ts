/**
 * The compiled term list in the form it travels in (extension storage, messages): its number arrays as
 * packed text (./packed-ints) and its forms as columns, about a quarter of its JSON size. Pages unpack
 * it once per load, in one pass over each column, before loadMatcher.
 */
import type { CompiledForm, CompiledTerms } from './matcher';
import { packBits, packInts, packUnits, unpackBits, unpackInts, unpackUnits } from './packed-ints';

export interface PackedTerms {
  /** Entry ids, each once: forms name theirs by position. */
  entryIds: string[];
  /** Per form: its entry's position in entryIds. */
  formEntries: string;
  /** Per form: FLAG_* bits. */
  formFlags: string;
  /** The caseKey of each case-sensitive form, in form order. */
  caseKeys: string[];
  /** The nounOf of each form that has one, in form order. */
  nounOf: string[][];
  /** The country of each form that has one, in form order. */
  countries: string[];
  edgeStart: string;
  /** The trie's edge labels: UTF-16 units of folded text, as the string they spell. */
  edgeLabel: string;
  formStart: string;
  formList: string;
  /** One bit per trie node. */
  endsWord: string;
  soloFirstWords: string;
  leadFirstWords: string;
  firstWordPairs: string;
  nonWordStarters: number[];
  maxKeyLength: number;
}

const FLAG_CASE_SENSITIVE = 1;
const FLAG_PRIVATE = 2;
const FLAG_SHORT = 4;
const FLAG_NOUN_OF = 8;
const FLAG_COUNTRY = 16;
const FLAG_ALONE = 32;
const FLAG_SURNAME = 64;

export function packTerms(compiled: CompiledTerms): PackedTerms {
  const entryIds: string[] = [];
  const positionOf = new Map<string, number>();
  const formEntries: number[] = [];
  const formFlags: number[] = [];
  const caseKeys: string[] = [];
  const nounOf: string[][] = [];
  const countries: string[] = [];
  for (const form of compiled.forms) {
    let position = positionOf.get(form.entryId);
    if (position === undefined) {
      position = entryIds.length;
      positionOf.set(form.entryId, position);
      entryIds.push(form.entryId);
    }
    formEntries.push(position);
    let flags = 0;
    if (form.caseSensitive) {
      flags |= FLAG_CASE_SENSITIVE;
      caseKeys.push(form.caseKey);
    }
    if (form.private) flags |= FLAG_PRIVATE;
    if (form.short) flags |= FLAG_SHORT;
    if (form.alone) flags |= FLAG_ALONE;
    if (form.surname) flags |= FLAG_SURNAME;
    if (form.nounOf) {
      flags |= FLAG_NOUN_OF;
      nounOf.push(form.nounOf);
    }
    if (form.country !== undefined) {
      flags |= FLAG_COUNTRY;
      countries.push(form.country);
    }
    formFlags.push(flags);
  }
  return {
    entryIds,
    formEntries: packInts(formEntries, false),
    formFlags: packInts(formFlags, false),
    caseKeys,
    nounOf,
    countries,
    edgeStart: packInts(compiled.edgeStart, true),
    edgeLabel: packUnits(compiled.edgeLabel),
    formStart: packInts(compiled.formStart, true),
    formList: packInts(compiled.formList, true),
    endsWord: packBits(compiled.endsWord),
    soloFirstWords: packInts(compiled.soloFirstWords, false),
    leadFirstWords: packInts(compiled.leadFirstWords, false),
    firstWordPairs: packInts(compiled.firstWordPairs, false),
    nonWordStarters: compiled.nonWordStarters,
    maxKeyLength: compiled.maxKeyLength,
  };
}

/** The compiled terms packTerms packed. Throws on a packed list it did not write. */
export function unpackTerms(packed: PackedTerms): CompiledTerms {
  const formEntries = unpackInts(packed.formEntries, false);
  const formFlags = unpackInts(packed.formFlags, false);
  if (formEntries.length !== formFlags.length) throw new RangeError('forms do not line up');
  let caseKey = 0;
  let nounOf = 0;
  let country = 0;
  const forms = Array.from(formEntries, (position, index): CompiledForm => {
    const entryId = packed.entryIds[position];
    const flags = formFlags[index] as number;
    if (entryId === undefined) throw new RangeError(`no entry at ${position}`);
    const form: CompiledForm = {
      entryId,
      caseSensitive: (flags & FLAG_CASE_SENSITIVE) !== 0,
      caseKey: flags & FLAG_CASE_SENSITIVE ? (packed.caseKeys[caseKey++] ?? '') : '',
      private: (flags & FLAG_PRIVATE) !== 0,
    };
    if (flags & FLAG_SHORT) form.short = true;
    if (flags & FLAG_ALONE) form.alone = true;
    if (flags & FLAG_SURNAME) form.surname = true;
    if (flags & FLAG_NOUN_OF) form.nounOf = packed.nounOf[nounOf++] ?? [];
    if (flags & FLAG_COUNTRY) form.country = packed.countries[country++] ?? '';
    return form;
  });
  const edgeStart = unpackInts(packed.edgeStart, true);
  const edgeLabel = unpackUnits(packed.edgeLabel);
  return {
    forms,
    edgeStart,
    edgeLabel,
    formStart: unpackInts(packed.formStart, true),
    formList: unpackInts(packed.formList, true),
    // One per node: a node per offset in edgeStart but the closing one.
    endsWord: unpackBits(packed.endsWord, edgeStart.length - 1),
    soloFirstWords: unpackInts(packed.soloFirstWords, false),
    leadFirstWords: unpackInts(packed.leadFirstWords, false),
    firstWordPairs: unpackInts(packed.firstWordPairs, false),
    nonWordStarters: packed.nonWordStarters,
    maxKeyLength: packed.maxKeyLength,
  };
}
