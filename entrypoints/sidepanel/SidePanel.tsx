import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { messagesFor } from '../../components/messages';
import { DEFAULT_SETTINGS, type Settings, withDefaults } from '../../core/settings';
import { settingsItem } from '../../data/settings-store';
import { NotesApp, type NotesAppProps } from './NotesApp';

export type SidePanelProps = Omit<NotesAppProps, 'messages'>;

/** The notes panel in the reader's language and theme, both followed live from the settings. */
export function SidePanel(props: SidePanelProps) {
  const settings = useSignal<Settings>({ ...DEFAULT_SETTINGS });
  useEffect(() => {
    void settingsItem.getValue().then((value) => {
      settings.value = withDefaults(value);
    });
    return settingsItem.watch((value) => {
      settings.value = withDefaults(value);
    });
  }, []);
  const { language, theme } = settings.value;
  const messages = messagesFor(language, navigator.language);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.lang = messages.notes.locale;
    document.title = messages.notes.title;
  }, [theme, messages]);
  return <NotesApp {...props} messages={messages} />;
}
