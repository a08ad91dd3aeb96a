import { useEffect } from 'preact/hooks';
import { uiLanguage } from '../../components/strings/language';
import { OPTIONS_STRINGS } from '../../components/strings/options';
import { CATEGORIES } from '../../core/glossary/schema';
import type { Settings } from '../../core/settings';
import { settingsItem } from '../../data/settings-store';
import { useSettings } from '../../hooks/use-settings';
import { recordOwnTermsChanged } from '../../messaging/channels';
import { OwnTermsSection } from './OwnTermsSection';
import { SitesSection } from './SitesSection';

/** Every setting applies to open tabs at once: pages watch the same storage item. */
export function OptionsApp() {
  const settings = useSettings();
  const current = settings.value;
  const language = uiLanguage(current.language, navigator.language);
  const text = OPTIONS_STRINGS[language];
  useEffect(() => {
    document.documentElement.dataset.theme = current.theme;
    document.documentElement.lang = language;
    document.title = text.title;
  }, [current.theme, language, text]);

  const update = (changes: Partial<Settings>) => {
    const next = { ...settings.value, ...changes };
    settings.value = next;
    void settingsItem.setValue(next);
  };
  const choice = <K extends keyof Settings>(key: K, value: Settings[K], label: string) => (
    <label key={String(value)}>
      <input
        type="radio"
        name={key}
        checked={current[key] === value}
        onChange={() => update({ [key]: value })}
      />{' '}
      {label}
    </label>
  );

  return (
    <main>
      <h1>{text.title}</h1>
      <fieldset>
        <legend>{text.general}</legend>
        <label>
          <input
            type="checkbox"
            checked={current.enabled}
            onChange={() => update({ enabled: !current.enabled })}
          />{' '}
          {text.enabled}
        </label>
        <label>
          <input
            type="checkbox"
            checked={current.firstOccurrenceOnly}
            onChange={() => update({ firstOccurrenceOnly: !current.firstOccurrenceOnly })}
          />{' '}
          {text.firstOccurrenceOnly}
        </label>
        <fieldset>
          <legend>{text.categoriesShown}</legend>
          <div class="choices">
            {CATEGORIES.map((category) => (
              <label key={category}>
                <input
                  type="checkbox"
                  checked={!current.hiddenCategories.includes(category)}
                  onChange={() =>
                    update({
                      hiddenCategories: current.hiddenCategories.includes(category)
                        ? current.hiddenCategories.filter((hidden) => hidden !== category)
                        : [...current.hiddenCategories, category],
                    })
                  }
                />{' '}
                {text.categories[category]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{text.highlightStyle}</legend>
          <div class="choices">
            {choice('highlightStyle', 'background', text.styleBackground)}
            {choice('highlightStyle', 'underline', text.styleUnderline)}
          </div>
        </fieldset>
        <fieldset>
          <legend>{text.language}</legend>
          <div class="choices">
            {choice('language', 'browser', text.languageBrowser)}
            {choice('language', 'en', 'English')}
            {choice('language', 'es', 'Español')}
          </div>
        </fieldset>
        <fieldset>
          <legend>{text.explanationLanguage}</legend>
          <div class="choices">
            {choice('explanationLanguage', 'page', text.explanationLanguagePage)}
            {choice('explanationLanguage', 'en', 'English')}
            {choice('explanationLanguage', 'es', 'Español')}
          </div>
        </fieldset>
        <fieldset>
          <legend>{text.theme}</legend>
          <div class="choices">
            {choice('theme', 'auto', text.themeAuto)}
            {choice('theme', 'light', text.themeLight)}
            {choice('theme', 'dark', text.themeDark)}
          </div>
        </fieldset>
      </fieldset>
      <SitesSection
        sites={current.disabledSites}
        text={text}
        onChange={(disabledSites) => update({ disabledSites })}
      />
      <OwnTermsSection text={text} onChanged={recordOwnTermsChanged} />
    </main>
  );
}
