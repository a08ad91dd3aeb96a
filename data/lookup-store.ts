import { storage } from 'wxt/utils/storage';

/** A query the context menu hands to the popup when nothing on the page was close enough. */
export const pendingLookupItem = storage.defineItem<string | null>('session:pendingLookup', {
  fallback: null,
});
