import { afterEach, describe, expect, test } from 'vitest';
import { documentParsed } from '../../entrypoints/content/document-parsed';

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
});
