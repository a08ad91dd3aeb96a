/**
 * The page text that note passages are measured in: the readable text blocks joined by a line break,
 * with every run of white space collapsed to one space. Collapsing makes quotes survive re-flowed
 * markup (indentation, line breaks in the HTML source) and keeps TextPosition stable across them.
 */

export interface CollapsedText {
  text: string;
  /** toSource[i] is where collapsed character i came from; toSource[text.length] is the source length. */
  toSource: Int32Array;
}

export function collapseWhitespace(source: string): CollapsedText {
  const toSource = new Int32Array(source.length + 1);
  let text = '';
  let parts: string[] = [];
  let length = 0;
  let inSpace = true; // leading white space is dropped
  let runStart = 0;
  const flush = () => {
    text += parts.join('');
    parts = [];
  };
  for (let index = 0; index < source.length; index++) {
    const char = source[index] ?? '';
    if (/\s/.test(char)) {
      if (!inSpace) {
        inSpace = true;
        runStart = index;
      }
      continue;
    }
    if (inSpace && length > 0) {
      parts.push(' ');
      toSource[length++] = runStart;
    }
    inSpace = false;
    parts.push(char);
    toSource[length++] = index;
    if (parts.length > 4096) flush();
  }
  flush();
  toSource[length] = source.length;
  return { text, toSource: toSource.subarray(0, length + 1) };
}
