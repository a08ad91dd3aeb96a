import { afterEach, describe, expect, test } from 'vitest';
import { documentParsed, pauseWhileParsing } from '../../entrypoints/content/document-parsed';

/** The content script starts before the page is parsed and waits for the browser to finish parsing. */
describe('documentParsed', () => {
  afterEach(() => {
    delete (document as { readyState?: string }).readyState;
  });

  test('a parsed document: at once', async () => {
    await expect(documentParsed(document)).resolves.toBeUndefined();
  });

  test('a DOMContentLoaded the page dispatches itself does not start Glosa early', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    let parsed = false;
    void documentParsed(document).then(() => {
      parsed = true;
    });
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(parsed).toBe(false);
  });

  test('a pause begun while the page is parsed ends when the parsing does, though the yield has not come', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    let ended = false;
    // A yield to the page queued behind its parsing and first frame: it does not come in this test.
    void pauseWhileParsing(document, () => new Promise<void>(() => {})).then(() => {
      ended = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ended).toBe(false);
    // The browser's own DOMContentLoaded (trusted); happy-dom dispatches untrusted events only.
    const parsed = new Event('DOMContentLoaded');
    Object.defineProperty(parsed, 'isTrusted', { value: true });
    document.dispatchEvent(parsed);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ended).toBe(true);
  });

  test('once the page is parsed, a pause is the yield itself', async () => {
    let yielded = false;
    await pauseWhileParsing(document, async () => {
      yielded = true;
    });
    expect(yielded).toBe(true);
  });
});
