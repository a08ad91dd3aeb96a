import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings, withDefaults } from '../core/settings';
import { settingsItem } from '../data/settings-store';

/**
 * The reader's settings as a signal, kept current as they change in any page of the extension. A page
 * may set it ahead of storage (the options page does, so a control never flickers back).
 */
export function useSettings(): Signal<Settings> {
  const settings = useSignal<Settings>({ ...DEFAULT_SETTINGS });
  useEffect(() => {
    void settingsItem.getValue().then((value) => {
      settings.value = withDefaults(value);
    });
    return settingsItem.watch((value) => {
      settings.value = withDefaults(value);
    });
  }, []);
  return settings;
}
