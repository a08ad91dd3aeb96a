/**
 * Lists of integers as short printable text. The term index travels from the background to every page
 * load (and every frame) through extension storage, and a page's first marks wait for it; as JSON
 * numbers its arrays are several times longer. Each value is written in one to a few characters that
 * JSON keeps as they are, and reading them back is one pass over character codes.
 *
 * Alphabet: '#' (0x23) to '~' (0x7E) without '\', 91 characters: 59 end a value, 32 carry more of it.
 * A value (zigzag: 0, -1, 1, -2 … as 0, 1, 2, 3 …) below 59 takes one character.
 */
const FIRST_CODE = 0x23;
const BACKSLASH = 0x5c;
const TERMINALS = 59;
const CONTINUATIONS = 32;

function digitChar(digit: number): string {
  const code = FIRST_CODE + digit;
  return String.fromCharCode(code >= BACKSLASH ? code + 1 : code);
}

/** The digit of each ASCII character code; -1 outside the alphabet. */
const DIGIT_OF = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let code = FIRST_CODE; code <= 0x7e; code++)
    if (code !== BACKSLASH) table[code] = (code > BACKSLASH ? code - 1 : code) - FIRST_CODE;
  return table;
})();

/**
 * `values` as text; with `delta`, each is written as its difference from the one before (sorted or
 * nearly sorted lists: offsets, node numbers), which keeps most to one character.
 */
export function packInts(values: ArrayLike<number>, delta: boolean): string {
  const parts: string[] = [];
  let previous = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    // Read back into 32-bit integers (as the matcher keeps them).
    if (!Number.isInteger(value) || value < -(2 ** 31) || value >= 2 ** 31)
      throw new RangeError(`not a 32-bit integer: ${value}`);
    // Differences wrap around 32 bits, as the reading adds them back.
    const written = delta ? (value - previous) | 0 : value;
    previous = value;
    let rest = written >= 0 ? 2 * written : -2 * written - 1;
    while (rest >= TERMINALS) {
      parts.push(digitChar(TERMINALS + (rest % CONTINUATIONS)));
      rest = Math.floor(rest / CONTINUATIONS);
    }
    parts.push(digitChar(rest));
  }
  return parts.join('');
}

/**
 * The values packInts wrote. Throws on text it did not write (a character outside the alphabet). One
 * tight loop into a typed array: it runs once per page load, mostly before the engine has optimized it.
 */
export function unpackInts(text: string, delta: boolean): Int32Array {
  const values = new Int32Array(text.length);
  const length = text.length;
  let count = 0;
  let previous = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    let digit = code < 128 ? (DIGIT_OF[code] as number) : -1;
    if (digit < 0) throw new RangeError(`not a packed list (character ${index})`);
    // Most values are one character; longer ones gather their carrying characters first.
    let rest = digit;
    if (digit >= TERMINALS) {
      rest = 0;
      let scale = 1;
      while (digit >= TERMINALS) {
        rest += (digit - TERMINALS) * scale;
        scale *= CONTINUATIONS;
        index++;
        if (index >= length) throw new RangeError('not a packed list (cut short)');
        const next = text.charCodeAt(index);
        digit = next < 128 ? (DIGIT_OF[next] as number) : -1;
        if (digit < 0) throw new RangeError(`not a packed list (character ${index})`);
      }
      rest += digit * scale;
    }
    // Zigzag back: values are 32-bit (packInts checks), so their zigzag fits 32 unsigned bits.
    const written = (rest >>> 1) ^ -(rest & 1);
    previous = delta ? (previous + written) | 0 : written;
    values[count++] = previous;
  }
  return values.subarray(0, count);
}

/** UTF-16 code units (0–0xFFFF) as the string they spell: text's own units are mostly one byte. */
export function packUnits(units: ArrayLike<number>): string {
  const parts: string[] = [];
  const CHUNK = 4_096;
  for (let start = 0; start < units.length; start += CHUNK) {
    const chunk: number[] = [];
    for (let index = start; index < Math.min(units.length, start + CHUNK); index++) {
      const unit = units[index] as number;
      if (!Number.isInteger(unit) || unit < 0 || unit > 0xffff) throw new RangeError(`not a unit: ${unit}`);
      chunk.push(unit);
    }
    parts.push(String.fromCharCode(...chunk));
  }
  return parts.join('');
}

export function unpackUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index++) units[index] = text.charCodeAt(index);
  return units;
}

/** Bits (0 or 1 each) four to a character. */
const BITS_PER_GROUP = 4;

export function packBits(bits: ArrayLike<number>): string {
  const groups: number[] = [];
  for (let start = 0; start < bits.length; start += BITS_PER_GROUP) {
    let group = 0;
    for (let bit = 0; bit < BITS_PER_GROUP && start + bit < bits.length; bit++)
      if (bits[start + bit]) group |= 1 << bit;
    groups.push(group);
  }
  return packInts(groups, false);
}

/** The first `count` bits packBits wrote. */
export function unpackBits(text: string, count: number): Uint8Array {
  const groups = unpackInts(text, false);
  if (groups.length !== Math.ceil(count / BITS_PER_GROUP)) throw new RangeError('not as many bits as said');
  const bits = new Uint8Array(count);
  for (let index = 0; index < count; index++)
    bits[index] = ((groups[Math.floor(index / BITS_PER_GROUP)] as number) >> (index % BITS_PER_GROUP)) & 1;
  return bits;
}
