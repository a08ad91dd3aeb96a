import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../core/settings';

/** One versioned item, so every page and content script sees changes live through `watch`. */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});
