import type { LanguageChoice } from '../../core/settings';

/** The languages of Glosa's interface. */
export type UiLanguage = 'en' | 'es';

/**
 * The interface language for a choice; "browser" follows the browser's UI language. The store name and
 * description live in public/_locales (browser.i18n cannot switch at run time, so the tables here do).
 */
export function uiLanguage(choice: LanguageChoice, browserLanguage: string): UiLanguage {
  const language = choice === 'browser' ? browserLanguage.toLowerCase().slice(0, 2) : choice;
  return language === 'es' ? 'es' : 'en';
}

/** A table of strings per interface language: a missing translation does not compile. */
export type Translated<T> = Readonly<Record<UiLanguage, T>>;
