import { useEffect } from 'preact/hooks';
import { uiLanguage } from '../../components/strings/language';
import { NOTES_STRINGS } from '../../components/strings/notes';
import { useSettings } from '../../hooks/use-settings';
import { NotesApp, type NotesAppProps } from './NotesApp';

export type SidePanelProps = Omit<NotesAppProps, 'text'>;

/** The notes panel in the reader's language and theme, both followed live from the settings. */
export function SidePanel(props: SidePanelProps) {
  const settings = useSettings();
  const { language: choice, theme } = settings.value;
  const language = uiLanguage(choice, navigator.language);
  const text = NOTES_STRINGS[language];
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.lang = language;
    document.title = text.title;
  }, [theme, language, text]);
  return <NotesApp {...props} text={text} />;
}
