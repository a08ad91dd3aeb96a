import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OwnEntry } from '../../core/glossary/own-terms';
import { unpackTerms } from '../../core/matching/packed-terms';
import { ownTermsDb } from '../../data/own-terms-db';
import { readerGlossary } from '../../entrypoints/background/reader-glossary';
import { storeTermIndex } from '../../entrypoints/background/term-index-store';
import { readTermIndex } from '../../entrypoints/content/term-index-reader';
import {
  OWN_TERMS_CHANGED_KEY,
  storedTermIndex,
  TERM_INDEX_KEY,
  termIndexFrom,
} from '../../messaging/term-index-item';

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

async function ownTermsChangedAt(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(OWN_TERMS_CHANGED_KEY))[OWN_TERMS_CHANGED_KEY];
}

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
    await fakeBrowser.storage.local.set({ [TERM_INDEX_KEY]: storedTermIndex('1.3.9', 0, stale) });
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
    const { json } = storedTermIndex(VERSION, 0, { categoryOf: {}, wordLists: {} } as never);
    expect(termIndexFrom(VERSION, { version: VERSION, ownTermsAt: 0, json })).toEqual({
      categoryOf: {},
      wordLists: {},
    });
    // One the same version wrote before the index carried its word lists (a reload while developing).
    const before = storedTermIndex(VERSION, 0, { categoryOf: {} } as never);
    expect(termIndexFrom(VERSION, { ...before, ownTermsAt: 0 })).toBeUndefined();
    for (const value of [
      undefined,
      null,
      'text',
      { version: VERSION },
      { version: VERSION, ownTermsAt: 0, json: '{broken' },
      { version: '0.0.1', ownTermsAt: 0, json },
      { version: VERSION, json: 42 },
      { version: VERSION, json },
      { version: VERSION, ownTermsAt: '5', json },
    ])
      expect(termIndexFrom(VERSION, value)).toBeUndefined();
  });
});

describe('the reader’s own terms changed', () => {
  const OWN: OwnEntry = {
    id: 'own-coalition',
    term: 'coalition',
    aliases: [],
    category: 'concept',
    summary: 'My gloss.',
    updatedAt: 1,
  };
  afterEach(async () => {
    await ownTermsDb().entries.clear();
  });

  test('only an index built from the own terms as of their last change is used', () => {
    const stored = storedTermIndex(VERSION, 500, { categoryOf: {}, wordLists: {} } as never);
    expect(termIndexFrom(VERSION, stored, 500)).toBeDefined();
    expect(termIndexFrom(VERSION, stored, 501)).toBeUndefined();
    // A clock set back gives a change an earlier stamp: the index is just as stale.
    expect(termIndexFrom(VERSION, stored, 499)).toBeUndefined();
    // Never changed (no stamp stored): the index built without own terms.
    expect(
      termIndexFrom(
        VERSION,
        storedTermIndex(VERSION, 0, { categoryOf: {}, wordLists: {} } as never),
        undefined,
      ),
    ).toBeDefined();
    expect(termIndexFrom(VERSION, stored, undefined)).toBeUndefined();
  });

  test('the change is recorded in storage, with no message: the background rebuilds, stores and tells the tabs', async () => {
    vi.resetModules();
    const { registerGlossaryHandlers } = await import('../../entrypoints/background/glossary-handlers');
    const { storeTermIndex: store } = await import('../../entrypoints/background/term-index-store');
    const { recordOwnTermsChanged } = await import('../../messaging/channels');
    registerGlossaryHandlers();
    await store();
    const before = termIndexFrom(VERSION, await storedValue());
    expect(before?.privateForms).toEqual([]);
    await fakeBrowser.tabs.create({ url: 'https://news.example/article' });
    const tellTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);

    await ownTermsDb().entries.put(OWN);
    await recordOwnTermsChanged();
    // A page loading now does not use the index stored before the change: it asks, and gets the term.
    const asked = await readTermIndex();
    expect(asked.privateForms.length).toBeGreaterThan(0);
    expect(asked.categoryOf[OWN.id]).toBe('concept');
    // Meanwhile the background stored the new index and told every tab to read its page again.
    await vi.waitFor(async () => {
      const stored = termIndexFrom(VERSION, await storedValue(), await ownTermsChangedAt());
      expect(stored?.categoryOf[OWN.id]).toBe('concept');
      expect(tellTab).toHaveBeenCalled();
    });
  });

  test('changes made one right after another each get a later stamp (each one wakes the background)', async () => {
    const { recordOwnTermsChanged } = await import('../../messaging/channels');
    let last = 0;
    for (let change = 0; change < 20; change++) {
      await recordOwnTermsChanged();
      const stamp = Number(await ownTermsChangedAt());
      expect(stamp).toBeGreaterThan(last);
      last = stamp;
    }
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
