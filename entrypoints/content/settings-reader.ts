import { browser } from 'wxt/browser';
import { SETTINGS_KEY, type Settings } from '../../core/settings';

/**
 * The reader's settings as content scripts read them: straight from the extension's local storage
 * (where data/settings-store.ts keeps them), without the storage library every page would carry.
 */
type StoredSettings = Partial<Settings> | null;

export async function readSettings(): Promise<StoredSettings> {
  const items = await browser.storage.local.get(SETTINGS_KEY);
  return (items[SETTINGS_KEY] as StoredSettings | undefined) ?? null;
}

/** Calls `onChange` with the new settings whenever they change; returns how to stop. */
export function watchSettings(onChange: (settings: StoredSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    onChange((changes[SETTINGS_KEY]?.newValue as StoredSettings | undefined) ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
