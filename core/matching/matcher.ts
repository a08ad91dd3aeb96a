/**
 * Multi-term matcher: whole-word, leftmost-longest, non-overlapping, over folded text (./normalize).
 *
 * Compiled once: every form is folded (normalizeKey) into one trie of UTF-16 units in flat typed arrays,
 * and the hashes of every form's first word (and of its first two words) go into hash sets and a Bloom
 * filter. find() then makes one pass over the page text's UTF-8 bytes, folding each character through
 * normalize's table as it goes (no folded copy, no offset arrays) and keeping a rolling hash of the
 * current word, branch-free. Only where a word ends whose hash begins some form does it walk the trie
 * from that word's start (for forms of several words, only once the next word confirms the pair); in
 * news prose that is about one word in thirty, and nearly every walk is a match.
 *
 * Measured alternatives (bench/matcher.ts): a trie walked from every word start over normalizeWithMap's
 * output (this file's first version), one trie-factored RegExp, and one RegExp per form.
 */
import {
  type CharacterFold,
  FOLD_DROP,
  FOLD_EXTEND,
  FOLD_KIND_MASK,
  FOLD_SPACE,
  FOLD_UNIT,
  FOLD_UNIT_SHIFT,
  FOLD_WORD,
  FoldCursor,
  foldCharacter,
  foldEntry,
  foldTable,
  inCapitals,
  isWordCodePoint,
  normalizeCaseKey,
  normalizeKey,
} from './normalize';

export interface MatcherTerm {
  entryId: string;
  /** A display term or alias as written in the glossary. */
  form: string;
  /** Match only where the page has exactly this capitalization (accents and spacing still fold). */
  caseSensitive: boolean;
  /** The reader's own form: its marks are painted where the page cannot read them. */
  private?: boolean;
  /** A short form: names its entry only on a page that introduces it (core/names/resolve.ts). */
  short?: boolean;
  /** A short form readers know alone ("Lula", "Boluarte"): it names its entry on a page about its world. */
  alone?: boolean;
  /** A short form that is the display term's words past its first: a person's surname ("Castillo"). */
  surname?: boolean;
  /** The languages the form is a common noun of (empty or absent: a proper name). */
  nounOf?: readonly string[];
  /** A country's name (ISO code): read for the page's topic, never marked. */
  country?: string;
}

/**
 * One match, in offsets of the ORIGINAL text passed to find (end exclusive): text.slice(start, end) is the
 * page text exactly as written ("Sendero\u00A0Luminoso", "Pe\u0301ru"), so no mapping step is needed. To map
 * a range of normalizeWithMap's folded text yourself, use originalRange from ./normalize.
 */
export interface TermMatch {
  entryId: string;
  start: number;
  end: number;
  /** The compiled form that matched: its index in CompiledTerms.forms (absent in hand-made matches). */
  form?: number;
}

export interface Matcher {
  /** Matches sorted by start, non-overlapping; leftmost-longest, whole words only. */
  find(text: string): TermMatch[];
  /**
   * find() of each text (offsets within that text), in one pass over them all: for many short texts
   * (a page's paragraphs) one call each costs more than the matching itself.
   */
  findEach(texts: readonly string[]): TermMatch[][];
  /** Number of distinct (entry, key, case) forms compiled. */
  readonly size: number;
  /** The compiled form at `index` (TermMatch.form). */
  form(index: number): CompiledForm;
  /**
   * Every compiled form that matches `text` at `match`, the one find() reported first: forms that share
   * the match's words (a surname two entries have), each with its own case check.
   */
  formsMatching(text: string, match: TermMatch): number[];
}

export interface CompiledForm {
  entryId: string;
  caseSensitive: boolean;
  /** normalizeCaseKey of the form; compared only when caseSensitive. */
  caseKey: string;
  /** One of the reader's own forms (see MatcherTerm.private). */
  private: boolean;
  /** See MatcherTerm: set only when true or not empty, to keep the compiled list small. */
  short?: true;
  alone?: true;
  surname?: true;
  nounOf?: string[];
  country?: string;
}

export function compileMatcher(terms: readonly MatcherTerm[]): Matcher {
  return loadMatcher(compileTerms(terms));
}

/**
 * The compiled term list as data. The background compiles once, packs it (./packed-terms) and every page
 * loads it with loadMatcher, which only copies arrays: building the trie costs tens of milliseconds in a
 * page's cold engine, a long task on every load. Nodes are numbered breadth first, children in label
 * order, so edge e always leads to node e + 1: no list of edge targets is needed.
 */
export interface CompiledTerms {
  forms: CompiledForm[];
  edgeStart: ArrayLike<number>;
  edgeLabel: ArrayLike<number>;
  formStart: ArrayLike<number>;
  formList: ArrayLike<number>;
  /** 1 per trie node when the unit leading to it belongs to a word. */
  endsWord: ArrayLike<number>;
  soloFirstWords: ArrayLike<number>;
  leadFirstWords: ArrayLike<number>;
  firstWordPairs: ArrayLike<number>;
  /** Folded non-word units that start some form. */
  nonWordStarters: number[];
  maxKeyLength: number;
}

export function compileTerms(terms: readonly MatcherTerm[]): CompiledTerms {
  const builder = new TrieBuilder();
  const forms: CompiledForm[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    const key = normalizeKey(term.form);
    if (key.length === 0) continue;
    const caseKey = term.caseSensitive ? normalizeCaseKey(term.form) : '';
    const identity = `${term.entryId}\u0000${key}\u0000${caseKey}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    builder.add(key, forms.length);
    forms.push({
      entryId: term.entryId,
      caseSensitive: term.caseSensitive,
      caseKey,
      private: term.private === true,
      ...(term.short ? { short: true as const } : {}),
      ...(term.alone ? { alone: true as const } : {}),
      ...(term.surname ? { surname: true as const } : {}),
      ...(term.nounOf && term.nounOf.length > 0 ? { nounOf: [...term.nounOf] } : {}),
      ...(term.country ? { country: term.country } : {}),
    });
  }
  return builder.build(forms);
}

/** A matcher over compiled terms: typed arrays, hash sets and the Bloom filter made from the plain data. */
export function loadMatcher(compiled: CompiledTerms): Matcher {
  const nonWordStarters = new Uint8Array(0x10000);
  for (const unit of compiled.nonWordStarters) nonWordStarters[unit] = 1;
  const edgeStart = Int32Array.from(compiled.edgeStart);
  const edgeLabel = Uint16Array.from(compiled.edgeLabel);
  const rootAscii = new Int32Array(128).fill(-1);
  for (let edge = edgeStart[0] ?? 0; edge < (edgeStart[1] ?? 0); edge++) {
    const label = edgeLabel[edge] as number;
    if (label < 0x80) rootAscii[label] = edge + 1;
  }
  const trie: FlatTrie = {
    edgeStart,
    edgeLabel,
    formStart: Int32Array.from(compiled.formStart),
    formList: Int32Array.from(compiled.formList),
    endsWord: Uint8Array.from(compiled.endsWord),
    rootAscii,
    soloFirstWords: new HashSet(compiled.soloFirstWords),
    leadFirstWords: new HashSet(compiled.leadFirstWords),
    firstWordPairs: new HashSet(compiled.firstWordPairs),
    firstWordBloom: bloomFilter(compiled.soloFirstWords, compiled.leadFirstWords),
    nonWordStarters,
    hasNonWordStarters: compiled.nonWordStarters.length > 0,
    maxKeyLength: compiled.maxKeyLength,
    keysHaveSeparator: edgeLabel.includes(TEXT_SEPARATOR.charCodeAt(0)),
  };
  return new TrieMatcher(trie, compiled.forms);
}

// ---------------------------------------------------------------------------------------------------
// Compiling: a trie in flat typed arrays, plus the hashes of every form's first word.

/** Rolling hash of a word's folded units; find() and the compiler must agree on it. */
function hashStep(hash: number, unit: number): number {
  return ((hash << 5) | (hash >>> 27)) ^ unit;
}

const GOLDEN = 0x9e3779b1;
const BLOOM_SHIFT = 17;

/** Hash of a form's first two words. */
function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x2f0b3c5d) ^ second) | 0;
}

interface BuildNode {
  children: Map<number, BuildNode>;
  forms: number[];
  /** Whether the unit leading here belongs to a word character (state of the scan after a match). */
  endsWord: boolean;
}

/**
 * The trie in flat arrays; node 0 is the root, node k's edges are edgeStart[k]..edgeStart[k + 1], and
 * edge e leads to node e + 1.
 */
interface FlatTrie {
  edgeStart: Int32Array;
  edgeLabel: Uint16Array;
  formStart: Int32Array;
  formList: Int32Array;
  endsWord: Uint8Array;
  /** Root transitions for ASCII units (-1: none), the first step of every walk. */
  rootAscii: Int32Array;
  /** First words of one-word forms: a walk starts as soon as such a word ends. */
  soloFirstWords: HashSet;
  /** First words of longer forms: the walk waits until the next word shows the pair is in firstWordPairs. */
  leadFirstWords: HashSet;
  firstWordPairs: HashSet;
  /** Bloom filter over all first words, tested branch-free at every character. */
  firstWordBloom: Uint8Array;
  /** 1 for each folded non-word unit that starts some form ("(PCP)"): tried where no word precedes. */
  nonWordStarters: Uint8Array;
  hasNonWordStarters: boolean;
  maxKeyLength: number;
  /** Some key holds TEXT_SEPARATOR: findEach then finds each text on its own. */
  keysHaveSeparator: boolean;
}

class TrieBuilder {
  private readonly root: BuildNode = { children: new Map(), forms: [], endsWord: false };
  private readonly soloFirstWords: number[] = [];
  private readonly leadFirstWords: number[] = [];
  private readonly firstWordPairs: number[] = [];
  private readonly nonWordStarters = new Set<number>();
  private maxKeyLength = 0;

  add(key: string, formIndex: number): void {
    let node = this.root;
    // Hashes of the first two words, as find() computes them: runs of word characters.
    const wordHashes = [0, 0];
    let wordIndex = -1;
    let previousIsWord = false;
    for (let k = 0; k < key.length; ) {
      const cp = key.codePointAt(k) ?? 0;
      const width = cp > 0xffff ? 2 : 1;
      const isWord = isWordCodePoint(cp);
      if (k === 0 && !isWord) this.nonWordStarters.add(key.charCodeAt(0));
      if (isWord && !previousIsWord) wordIndex++;
      previousIsWord = isWord;
      for (let u = k; u < k + width; u++) {
        const unit = key.charCodeAt(u);
        if (isWord && wordIndex < 2) wordHashes[wordIndex] = hashStep(wordHashes[wordIndex] as number, unit);
        let child = node.children.get(unit);
        if (!child) {
          child = { children: new Map(), forms: [], endsWord: isWord };
          node.children.set(unit, child);
        }
        node = child;
      }
      k += width;
    }
    const [first = 0, second = 0] = wordHashes;
    if (isWordCodePoint(key.codePointAt(0) ?? 0)) {
      if (wordIndex === 0) this.soloFirstWords.push(first);
      else {
        this.leadFirstWords.push(first);
        this.firstWordPairs.push(pairHash(first, second));
      }
    }
    node.forms.push(formIndex);
    this.maxKeyLength = Math.max(this.maxKeyLength, key.length);
  }

  build(forms: CompiledForm[]): CompiledTerms {
    // Breadth first, children in label order: the k-th edge written leads to the (k + 1)-th node.
    const order: BuildNode[] = [this.root];
    for (let k = 0; k < order.length; k++) {
      const node = order[k] as BuildNode;
      for (const label of sortedLabels(node)) order.push(node.children.get(label) as BuildNode);
    }
    const edgeStart: number[] = [];
    const edgeLabel: number[] = [];
    const formStart: number[] = [];
    const formList: number[] = [];
    const endsWord: number[] = [];
    for (const node of order) {
      edgeStart.push(edgeLabel.length);
      formStart.push(formList.length);
      endsWord.push(node.endsWord ? 1 : 0);
      edgeLabel.push(...sortedLabels(node));
      formList.push(...node.forms);
    }
    edgeStart.push(edgeLabel.length);
    formStart.push(formList.length);
    return {
      forms,
      edgeStart,
      edgeLabel,
      formStart,
      formList,
      endsWord,
      soloFirstWords: this.soloFirstWords,
      leadFirstWords: this.leadFirstWords,
      firstWordPairs: this.firstWordPairs,
      nonWordStarters: [...this.nonWordStarters],
      maxKeyLength: this.maxKeyLength,
    };
  }
}

/**
 * The Bloom filter find() tests at every character: one byte per slot (32 KB, so a test is one load), slot
 * (hash * golden ratio) >>> BLOOM_SHIFT set for each first-word hash.
 */
function bloomFilter(...lists: ArrayLike<number>[]): Uint8Array {
  const slots = new Uint8Array(1 << (32 - BLOOM_SHIFT));
  for (const hashes of lists)
    for (let index = 0; index < hashes.length; index++)
      slots[Math.imul(hashes[index] as number, GOLDEN) >>> BLOOM_SHIFT] = 1;
  return slots;
}

function sortedLabels(node: BuildNode): number[] {
  return [...node.children.keys()].sort((a, b) => a - b);
}

/** Open-addressing set of 32-bit hashes in typed arrays (a JS Set costs more per lookup). */
class HashSet {
  private readonly slots: Int32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(values: ArrayLike<number>) {
    let bits = 4;
    while (1 << bits < values.length * 4) bits++;
    const size = 1 << bits;
    this.slots = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
    this.shift = 32 - bits;
    for (let index = 0; index < values.length; index++) {
      const value = values[index] as number;
      let slot = this.slotOf(value);
      while (this.used[slot] === 1 && this.slots[slot] !== value) slot = (slot + 1) & this.mask;
      this.slots[slot] = value;
      this.used[slot] = 1;
    }
  }

  has(value: number): boolean {
    for (let slot = this.slotOf(value); this.used[slot] === 1; slot = (slot + 1) & this.mask) {
      if (this.slots[slot] === value) return true;
    }
    return false;
  }

  private slotOf(value: number): number {
    return Math.imul(value, 0x9e3779b1) >>> this.shift;
  }
}

// ---------------------------------------------------------------------------------------------------
// Matching.

// The scan's state lives in one Int32Array shared by the quiet-run loop and the per-character step.
/** 1 when the last folded unit was a word character, else 0. */
const IN_WORD = 0;
/** Hash of the current word's folded units (0 outside words). */
const HASH = 1;
/** UTF-16 units from the current word's start to here; negative when the word cannot start a match. */
const WORD_LENGTH = 2;
/** 1 while a word that only begins longer forms waits for the next word. */
const PENDING = 3;
/** Current byte offset in the UTF-8 text, and the UTF-16 offset of the same character. */
const BYTE = 4;
const UNIT = 5;
/** 1 when some form starts with a non-word character (the loop then watches for those). */
const HAS_STARTERS = 6;

/** wordLength of a word that started inside one character's fold or right after a match. */
const NOT_A_START = -(1 << 29);

const UTF8 = new TextEncoder();
/**
 * Joins the texts of findEach: a non-word unit of its own (not a space, not a vanishing character), so
 * no match can cross it as long as no key contains it.
 */
const TEXT_SEPARATOR = '\u0000';
/** Larger UTF-8 buffers are not kept between calls, so one huge text does not pin memory. */
const MAX_KEPT_UTF8_BYTES = 1 << 22;

/**
 * The hot loop: runs over the bytes while nothing can happen. Branch-free per character: the word hash,
 * the word length and the test "a word ends here and its hash may be a first word (Bloom filter), or a
 * word waits for this one" use masks, so the loop exits only at an event, at an astral character or at
 * one that does not fold to a single unit; the caller's slower step() takes that one character. Two- and
 * three-byte characters that fold to one unit (á, ñ, ’, —) stay in the loop. Kept small and free of calls
 * so that the engine compiles it the same way every time.
 */
function scanQuietRun(
  bytes: Uint8Array,
  size: number,
  bloom: Uint8Array,
  starters: Uint8Array,
  scan: Int32Array,
) {
  const table = foldTable();
  const hasStarters = scan[HAS_STARTERS] === 1;
  const pending = scan[PENDING] as number;
  let inWord = scan[IN_WORD] as number;
  let hash = scan[HASH] as number;
  let wordLength = scan[WORD_LENGTH] as number;
  const start = scan[BYTE] as number;
  // UTF-16 units = bytes read - continuation bytes of multi-byte characters.
  let continuationBytes = 0;
  let b = start;
  while (b < size) {
    let unit = bytes[b] as number;
    // Extra bytes of a multi-byte character; counted in before the character's tests, taken back at a stop.
    let extra = 0;
    if (unit >= 0x80) {
      if (unit >= 0xf0) break;
      if (unit >= 0xe0) {
        unit =
          ((unit & 0x0f) << 12) |
          (((bytes[b + 1] as number) & 0x3f) << 6) |
          ((bytes[b + 2] as number) & 0x3f);
        extra = 2;
      } else {
        unit = ((unit & 0x1f) << 6) | ((bytes[b + 1] as number) & 0x3f);
        extra = 1;
      }
      const kind = (table[unit] as number) & FOLD_KIND_MASK;
      if (kind !== FOLD_UNIT && kind !== FOLD_SPACE) break;
      b += extra;
      continuationBytes += extra;
    }
    const entry = table[unit] as number;
    const isWord = (entry >>> 3) & 1; // FOLD_WORD
    const foldedUnit = entry >>> FOLD_UNIT_SHIFT;
    const maybeFirstWord = (bloom[Math.imul(hash, GOLDEN) >>> BLOOM_SHIFT] as number) | pending;
    const wordEnds = inWord & (isWord ^ 1) & maybeFirstWord;
    // Forms that start with punctuation are rare: that test is skipped (predictably) without them.
    if (
      wordEnds !== 0 ||
      (hasStarters && (((inWord | isWord) ^ 1) & (starters[foldedUnit] as number)) !== 0)
    ) {
      b -= extra;
      continuationBytes -= extra;
      break;
    }
    const wordMask = -isWord;
    hash = (((hash << 5) | (hash >>> 27)) ^ foldedUnit) & wordMask; // hashStep, inlined
    wordLength = (wordLength + 1) & wordMask;
    inWord = isWord;
    b++;
  }
  scan[IN_WORD] = inWord;
  scan[HASH] = hash;
  scan[WORD_LENGTH] = wordLength;
  scan[BYTE] = b;
  scan[UNIT] = (scan[UNIT] as number) + (b - start) - continuationBytes;
}

/** Goes back `units` UTF-16 units of UTF-8 from byte `b` (a character start); returns that byte offset. */
function utf8Back(bytes: Uint8Array, b: number, units: number): number {
  let remaining = units;
  let offset = b;
  while (remaining > 0) {
    const byte = bytes[--offset] as number;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte
    remaining -= byte >= 0xf0 ? 2 : 1;
  }
  return offset;
}

/** Advances over `units` UTF-16 units of UTF-8 starting at byte `b`; returns the new byte offset. */
function skipUtf8(bytes: Uint8Array, b: number, units: number): number {
  let remaining = units;
  let offset = b;
  while (remaining > 0) {
    const byte = bytes[offset] as number;
    if (byte < 0x80) offset++;
    else if (byte < 0xe0) offset += 2;
    else if (byte < 0xf0) offset += 3;
    else {
      offset += 4;
      remaining--;
    }
    remaining--;
  }
  return offset;
}

class TrieMatcher implements Matcher {
  private readonly cursor = new FoldCursor();
  private readonly candidateNodes: Int32Array;
  private readonly candidateEnds: Int32Array;
  private readonly scan = new Int32Array(7);
  private utf8 = new Uint8Array(4096);
  private encodedLength = 0;
  /** Set by matchAt: whether the last folded unit of the match is a word character. */
  private matchEndsWord = false;
  /** Start of a word that begins only multi-word forms, waiting for the next word (-1: none). */
  private pendingStart = -1;
  private pendingByte = 0;
  private pendingHash = 0;
  /** The UTF-8 bytes of the text being scanned, and their count. */
  private bytes: Uint8Array = this.utf8;

  /** The trie node each form ends at, made on the first formsMatching call. */
  private nodeOfForm: Int32Array | undefined;

  constructor(
    private readonly trie: FlatTrie,
    private readonly forms: readonly CompiledForm[],
  ) {
    this.candidateNodes = new Int32Array(trie.maxKeyLength + 1);
    this.candidateEnds = new Int32Array(trie.maxKeyLength + 1);
  }

  get size(): number {
    return this.forms.length;
  }

  form(index: number): CompiledForm {
    return this.forms[index] as CompiledForm;
  }

  formsMatching(text: string, match: TermMatch): number[] {
    if (match.form === undefined) return [];
    const { formStart, formList } = this.trie;
    if (!this.nodeOfForm) {
      const nodeOfForm = new Int32Array(this.forms.length);
      for (let node = 0; node + 1 < formStart.length; node++) {
        for (let f = formStart[node] as number; f < (formStart[node + 1] as number); f++)
          nodeOfForm[formList[f] as number] = node;
      }
      this.nodeOfForm = nodeOfForm;
    }
    const node = this.nodeOfForm[match.form] as number;
    const matching: number[] = [];
    let pageText: string | null = null;
    for (let f = formStart[node] as number; f < (formStart[node + 1] as number); f++) {
      const index = formList[f] as number;
      const form = this.forms[index] as CompiledForm;
      if (form.caseSensitive) {
        pageText ??= text.slice(match.start, match.end);
        if (!caseMatches(pageText, form.caseKey)) continue;
      }
      matching.push(index);
    }
    return matching;
  }

  /**
   * One pass over the text's UTF-8 bytes: TextEncoder.encodeInto is native, and a byte read is several
   * times cheaper than charCodeAt. Quiet runs go through scanQuietRun; the characters it stops at (where a
   * word ends that may begin a form, astral or vanishing or multi-unit characters) through step().
   */
  find(text: string): TermMatch[] {
    const matches: TermMatch[] = [];
    const bytes = this.encode(text);
    this.bytes = bytes;
    const scan = this.scan;
    scan.fill(0);
    scan[HAS_STARTERS] = this.trie.hasNonWordStarters ? 1 : 0;
    this.pendingStart = -1;
    this.scanText(text, bytes, this.encodedLength, matches);
    if (scan[IN_WORD] === 1) {
      this.wordEnded(text, scan[UNIT] as number, scan[HASH] as number, scan[WORD_LENGTH] as number, matches);
    }
    return matches;
  }

  findEach(texts: readonly string[]): TermMatch[][] {
    if (texts.length === 1 || this.trie.keysHaveSeparator) return texts.map((text) => this.find(text));
    const perText: TermMatch[][] = texts.map(() => []);
    let index = 0;
    let start = 0;
    let end = texts[0]?.length ?? 0;
    for (const match of this.find(texts.join(TEXT_SEPARATOR))) {
      while (match.start >= end) {
        start = end + TEXT_SEPARATOR.length;
        end = start + (texts[++index]?.length ?? 0);
      }
      match.start -= start;
      match.end -= start;
      perText[index]?.push(match);
    }
    return perText;
  }

  /**
   * The loop over the whole text. Nothing follows it but a return: a long first call gets this loop
   * compiled on the fly (on-stack replacement), and code after the loop that never ran would make that
   * compiled code bail out on every later call.
   */
  private scanText(text: string, bytes: Uint8Array, size: number, matches: TermMatch[]): void {
    const { firstWordBloom, nonWordStarters } = this.trie;
    const scan = this.scan;
    for (;;) {
      scanQuietRun(bytes, size, firstWordBloom, nonWordStarters, scan);
      if ((scan[BYTE] as number) >= size) return;
      this.step(text, bytes, matches);
    }
  }

  /** Processes the one character at the scan's offsets, and any match that starts before it. */
  private step(text: string, bytes: Uint8Array, matches: TermMatch[]): void {
    const scan = this.scan;
    const b = scan[BYTE] as number;
    const i = scan[UNIT] as number;
    let unit = bytes[b] as number;
    let byteLength = 1;
    if (unit >= 0x80) {
      if (unit < 0xe0) {
        unit = ((unit & 0x1f) << 6) | ((bytes[b + 1] as number) & 0x3f);
        byteLength = 2;
      } else if (unit < 0xf0) {
        unit =
          ((unit & 0x0f) << 12) |
          (((bytes[b + 1] as number) & 0x3f) << 6) |
          ((bytes[b + 2] as number) & 0x3f);
        byteLength = 3;
      } else {
        unit = 0xd800; // astral: folded from the surrogate pair in the text
        byteLength = 4;
      }
    }
    const entry = foldEntry(unit);
    const kind = entry & FOLD_KIND_MASK;
    const width = byteLength === 4 ? 2 : 1;
    const end =
      kind === FOLD_UNIT || kind === FOLD_SPACE
        ? this.stepUnit(text, i, entry, matches)
        : this.stepCharacter(text, i, width, kind, matches);
    if (end < 0) {
      scan[BYTE] = b + byteLength;
      scan[UNIT] = i + width;
      return;
    }
    // A match ended at `end`: the characters up to it are consumed. When it ends before `i` (only
    // vanishing characters lie between), the current character is read again in the new state.
    scan[IN_WORD] = this.matchEndsWord ? 1 : 0;
    scan[HASH] = 0;
    scan[WORD_LENGTH] = NOT_A_START;
    scan[PENDING] = 0;
    if (end > i) {
      scan[BYTE] = skipUtf8(bytes, b, end - i);
      scan[UNIT] = end;
    }
  }

  /** step() for a character that folds to one unit (or a space): the same rules as scanQuietRun. */
  private stepUnit(text: string, i: number, entry: number, matches: TermMatch[]): number {
    const scan = this.scan;
    const isWord = (entry >>> 3) & 1;
    const foldedUnit = entry >>> FOLD_UNIT_SHIFT;
    const inWord = scan[IN_WORD] as number;
    let end = -1;
    if (inWord === 1 && isWord === 0) {
      end = this.wordEnded(text, i, scan[HASH] as number, scan[WORD_LENGTH] as number, matches);
    } else if (inWord === 0 && isWord === 0 && this.trie.nonWordStarters[foldedUnit] === 1) {
      end = this.keyStartsAt(text, i, matches);
    }
    if (end >= 0) return end;
    const wordMask = -isWord;
    scan[HASH] = hashStep(scan[HASH] as number, foldedUnit) & wordMask;
    scan[WORD_LENGTH] = ((scan[WORD_LENGTH] as number) + 1) & wordMask;
    scan[IN_WORD] = isWord;
    scan[PENDING] = this.pendingStart >= 0 ? 1 : 0;
    return -1;
  }

  /**
   * step() for a character (`width` UTF-16 units at `i`) that vanishes, folds to several units or is
   * astral: the same word tracking, per folded code point. Returns the end of a match, or -1.
   */
  private stepCharacter(text: string, i: number, width: number, kind: number, matches: TermMatch[]): number {
    const scan = this.scan;
    const folded: CharacterFold =
      kind === FOLD_EXTEND || kind === FOLD_DROP
        ? kind
        : foldCharacter(width === 2 ? (text.codePointAt(i) ?? 0) : text.charCodeAt(i));
    if (typeof folded !== 'string') {
      // Vanishing characters belong to the word around them.
      if (scan[IN_WORD] === 1) scan[WORD_LENGTH] = (scan[WORD_LENGTH] as number) + width;
      return -1;
    }
    for (let k = 0; k < folded.length; ) {
      const cp = folded.codePointAt(k) ?? 0;
      const cpWidth = cp > 0xffff ? 2 : 1;
      if (isWordCodePoint(cp)) {
        if (scan[IN_WORD] === 0) {
          scan[IN_WORD] = 1;
          // A match may only start where an original character starts.
          scan[WORD_LENGTH] = k === 0 ? 0 : NOT_A_START;
          scan[HASH] = 0;
        }
        for (let u = k; u < k + cpWidth; u++)
          scan[HASH] = hashStep(scan[HASH] as number, folded.charCodeAt(u));
      } else {
        let end = -1;
        if (scan[IN_WORD] === 1) {
          end = this.wordEnded(text, i, scan[HASH] as number, scan[WORD_LENGTH] as number, matches);
        } else if (k === 0 && this.trie.nonWordStarters[folded.charCodeAt(0)] === 1) {
          end = this.keyStartsAt(text, i, matches);
        }
        if (end >= 0) return end;
        scan[IN_WORD] = 0;
        scan[HASH] = 0;
        scan[WORD_LENGTH] = 0;
      }
      k += cpWidth;
    }
    if (scan[IN_WORD] === 1) scan[WORD_LENGTH] = (scan[WORD_LENGTH] as number) + width;
    scan[PENDING] = this.pendingStart >= 0 ? 1 : 0;
    return -1;
  }

  /**
   * A word with `hash` ended at `i` (it began wordLength units earlier; negative: not a possible start).
   * First settles a word waiting for its successor (the pair check), then walks from this word if it is
   * the first word of a one-word form, or makes it wait if it only begins longer forms.
   */
  private wordEnded(text: string, i: number, hash: number, wordLength: number, matches: TermMatch[]): number {
    const { soloFirstWords, leadFirstWords, firstWordPairs } = this.trie;
    if (this.pendingStart >= 0) {
      const start = this.pendingStart;
      this.pendingStart = -1;
      if (firstWordPairs.has(pairHash(this.pendingHash, hash))) {
        const end = this.matchAt(text, start, this.pendingByte, matches);
        if (end >= 0) return end;
      }
    }
    if (wordLength < 0) return -1;
    const solo = soloFirstWords.has(hash);
    if (!solo && !leadFirstWords.has(hash)) return -1;
    const startByte = utf8Back(this.bytes, this.scan[BYTE] as number, wordLength);
    if (solo) return this.matchAt(text, i - wordLength, startByte, matches);
    this.pendingStart = i - wordLength;
    this.pendingByte = startByte;
    this.pendingHash = hash;
    return -1;
  }

  /** A form may start with the non-word unit at `i`; a waiting word, further left, is settled first. */
  private keyStartsAt(text: string, i: number, matches: TermMatch[]): number {
    if (this.pendingStart >= 0) {
      const start = this.pendingStart;
      this.pendingStart = -1;
      const end = this.matchAt(text, start, this.pendingByte, matches);
      if (end >= 0) return end;
    }
    return this.matchAt(text, i, this.scan[BYTE] as number, matches);
  }

  /** The text's UTF-8 bytes in a reused buffer (kept between calls unless huge); sets encodedLength. */
  private encode(text: string): Uint8Array {
    const needed = text.length * 3;
    let bytes = this.utf8;
    if (bytes.length < needed) {
      bytes = new Uint8Array(needed);
      if (needed <= MAX_KEPT_UTF8_BYTES) this.utf8 = bytes;
    }
    this.encodedLength = UTF8.encodeInto(text, bytes).written;
    return bytes;
  }

  private child(node: number, unit: number): number {
    const { edgeStart, edgeLabel } = this.trie;
    let low = edgeStart[node] as number;
    let high = edgeStart[node + 1] as number;
    if (high - low <= 8) {
      for (; low < high; low++) if (edgeLabel[low] === unit) return low + 1;
      return -1;
    }
    while (low < high) {
      const middle = (low + high) >>> 1;
      const label = edgeLabel[middle] as number;
      if (label === unit) return middle + 1;
      if (label < unit) low = middle + 1;
      else high = middle;
    }
    return -1;
  }

  /**
   * Walks the trie from original offset `start` (a word start), collects every form that ends at the end
   * of a character and is followed by a non-word unit or the end of the text, and pushes the longest whose
   * case check passes. Returns the match's original end, or -1.
   */
  private matchAt(text: string, start: number, startByte: number, matches: TermMatch[]): number {
    let count = this.collectCandidates(start, startByte);
    if (count < 0) count = this.collectCandidatesSlowly(text, start);
    const { candidateNodes, candidateEnds } = this;
    for (let k = count - 1; k >= 0; k--) {
      const end = candidateEnds[k] as number;
      const accepted = this.acceptedForm(text, candidateNodes[k] as number, start, end);
      if (accepted >= 0) {
        matches.push({ entryId: (this.forms[accepted] as CompiledForm).entryId, start, end, form: accepted });
        this.matchEndsWord = this.trie.endsWord[candidateNodes[k] as number] === 1;
        return end;
      }
    }
    return -1;
  }

  /**
   * The walk for characters that fold to at most one unit (the common case), read from the UTF-8 bytes:
   * `start` is the UTF-16 offset of byte `startByte`. Fills candidateNodes/candidateEnds (UTF-16 ends)
   * and returns their count, or -1 at a character that folds to several units or is astral: then
   * collectCandidatesSlowly walks again over the text with the general reader.
   */
  private collectCandidates(start: number, startByte: number): number {
    const { formStart, rootAscii } = this.trie;
    const { candidateNodes, candidateEnds, bytes } = this;
    const size = this.encodedLength;
    const table = foldTable();
    let count = 0;
    let node = 0;
    // A form end waits for the next unit to tell whether a word boundary follows it.
    let pendingNode = -1;
    let pendingEnd = 0;
    let lastWasSpace = false;
    let position = start;
    for (let b = startByte; b < size; ) {
      let unit = bytes[b] as number;
      if (unit < 0x80) b++;
      else if (unit < 0xe0) {
        unit = ((unit & 0x1f) << 6) | ((bytes[b + 1] as number) & 0x3f);
        b += 2;
      } else if (unit < 0xf0) {
        unit =
          ((unit & 0x0f) << 12) |
          (((bytes[b + 1] as number) & 0x3f) << 6) |
          ((bytes[b + 2] as number) & 0x3f);
        b += 3;
      } else return -1;
      let entry = table[unit] as number;
      if (entry === 0) entry = foldEntry(unit);
      const kind = entry & FOLD_KIND_MASK;
      position++;
      let folded: number;
      if (kind === FOLD_UNIT) folded = entry >>> FOLD_UNIT_SHIFT;
      else if (kind === FOLD_SPACE) {
        if (lastWasSpace) continue;
        folded = 0x20;
      } else if (kind === FOLD_EXTEND) {
        if (pendingNode >= 0) pendingEnd = position; // marks belong to the character before them
        continue;
      } else if (kind === FOLD_DROP) continue;
      else return -1;
      lastWasSpace = folded === 0x20;
      if (pendingNode >= 0) {
        if ((entry & FOLD_WORD) === 0) {
          candidateNodes[count] = pendingNode;
          candidateEnds[count++] = pendingEnd;
        }
        pendingNode = -1;
      }
      node = node === 0 && folded < 0x80 ? (rootAscii[folded] as number) : this.child(node, folded);
      if (node < 0) return count;
      if ((formStart[node] as number) < (formStart[node + 1] as number)) {
        pendingNode = node;
        pendingEnd = position;
      }
    }
    if (pendingNode >= 0) {
      candidateNodes[count] = pendingNode;
      candidateEnds[count++] = pendingEnd;
    }
    return count;
  }

  /** collectCandidates for any text, through FoldCursor (multi-unit folds, surrogate pairs). */
  private collectCandidatesSlowly(text: string, start: number): number {
    const { formStart } = this.trie;
    const { cursor, candidateNodes, candidateEnds } = this;
    cursor.reset(text, start);
    let count = 0;
    let node = 0;
    let pendingNode = -1;
    let pendingEnd = 0;
    while (cursor.next()) {
      if (pendingNode >= 0) {
        if (!cursor.isWord) {
          candidateNodes[count] = pendingNode;
          candidateEnds[count++] = pendingEnd;
        }
        pendingNode = -1;
      }
      node = this.child(node, cursor.unit);
      if (node < 0) return count;
      if (cursor.endsCharacter && (formStart[node] as number) < (formStart[node + 1] as number)) {
        pendingNode = node;
        pendingEnd = cursor.characterEnd();
      }
    }
    if (pendingNode >= 0) {
      candidateNodes[count] = pendingNode;
      candidateEnds[count++] = pendingEnd;
    }
    return count;
  }

  /** The first form at `node` whose case check passes for the original [start, end) (its index), or -1. */
  private acceptedForm(text: string, node: number, start: number, end: number): number {
    const { formStart, formList } = this.trie;
    let pageText: string | null = null;
    for (let f = formStart[node] as number; f < (formStart[node + 1] as number); f++) {
      const index = formList[f] as number;
      const form = this.forms[index] as CompiledForm;
      if (!form.caseSensitive) return index;
      pageText ??= text.slice(start, end);
      if (caseMatches(pageText, form.caseKey)) return index;
    }
    return -1;
  }
}

/**
 * Whether page text written `pageText` passes a case-sensitive form's check: its own capitalization
 * (accents and the like folded), or the whole form in capitals, as a headline writes "PERÚ LIBRE".
 * An acronym never carries an accent: "MÁS" in a capitals headline is the word, not MAS.
 */
function caseMatches(pageText: string, formCaseKey: string): boolean {
  const pageCaseKey = normalizeCaseKey(pageText);
  if (pageCaseKey === formCaseKey) return !inCapitals(formCaseKey) || !hasDiacritic(pageText);
  return inCapitals(pageCaseKey) && pageCaseKey === formCaseKey.toUpperCase();
}

function hasDiacritic(text: string): boolean {
  return /\p{M}/u.test(text.normalize('NFD'));
}
