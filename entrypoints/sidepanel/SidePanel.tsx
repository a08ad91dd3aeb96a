import { useEffect } from 'preact/hooks';
import { messagesFor } from '../../components/messages';
import { useSettings } from '../../hooks/use-settings';
import { NotesApp, type NotesAppProps } from './NotesApp';

export type SidePanelProps = Omit<NotesAppProps, 'messages'>;

/** The notes panel in the reader's language and theme, both followed live from the settings. */
export function SidePanel(props: SidePanelProps) {
  const settings = useSettings();
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
