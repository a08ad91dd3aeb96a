import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { unpackTerms } from '../../core/matching/packed-terms';
import { readerGlossary } from '../../entrypoints/background/reader-glossary';
import { storeTermIndex } from '../../entrypoints/background/term-index-store';
import { readTermIndex } from '../../entrypoints/content/term-index-reader';
import { storedTermIndex, TERM_INDEX_KEY, termIndexFrom } from '../../messaging/term-index-item';

/**
 * A page being loaded reads the term index from extension storage, where the background keeps it: no
 * waiting for the background (asleep or not). An index of another version, or none, and the page asks.
 */
const VERSION = '1.4.0';

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: VERSION } as never);
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function storedValue(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(TERM_INDEX_KEY))[TERM_INDEX_KEY];
}

describe('the term index kept for pages', () => {
  test('a page reads the index the background stored, without a message to the background', async () => {
    await storeTermIndex();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const index = await readTermIndex();
    expect(send).not.toHaveBeenCalled();
    const built = (await readerGlossary()).termIndex;
    expect(index).toEqual(JSON.parse(JSON.stringify(built)));
    expect(unpackTerms(index.terms).forms.length).toBeGreaterThan(500);
  });

  test('an index stored by another version is not used: the page asks the background', async () => {
    const { termIndex } = await readerGlossary();
    const stale = { ...termIndex, categoryOf: {} };
    await fakeBrowser.storage.local.set({ [TERM_INDEX_KEY]: storedTermIndex('1.3.9', stale) });
    vi.resetModules();
    const { registerGlossaryHandlers } = await import('../../entrypoints/background/glossary-handlers');
    registerGlossaryHandlers();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const index = await readTermIndex();
    expect(send).toHaveBeenCalledTimes(1);
    expect(index.categoryOf).toEqual(termIndex.categoryOf);
    // The background stored the index for this version meanwhile: the next page reads it.
    await vi.waitFor(async () =>
      expect(termIndexFrom(VERSION, await storedValue())?.categoryOf).toEqual(termIndex.categoryOf),
    );
  });

  test('a write that fails (a full disk) leaves no index behind, not an older one', async () => {
    await storeTermIndex();
    expect(await storedValue()).toBeDefined();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await storeTermIndex();
    expect(await storedValue()).toBeUndefined();
  });

  test('what is not an index of this version reads as none', () => {
    const { json } = storedTermIndex(VERSION, { categoryOf: {} } as never);
    expect(termIndexFrom(VERSION, { version: VERSION, json })).toEqual({ categoryOf: {} });
    for (const value of [
      undefined,
      null,
      'text',
      { version: VERSION },
      { version: VERSION, json: '{broken' },
      { version: '0.0.1', json },
      { version: VERSION, json: 42 },
    ])
      expect(termIndexFrom(VERSION, value)).toBeUndefined();
  });
});

describe('writing the term index', () => {
  test('requests made while a write waits join it: forty frames asking at once write once or twice', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await Promise.all(Array.from({ length: 40 }, () => storeTermIndex()));
    expect(set.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(set.mock.calls.length).toBeLessThanOrEqual(2);
    expect(termIndexFrom(VERSION, await storedValue())).toBeDefined();
  });
});
