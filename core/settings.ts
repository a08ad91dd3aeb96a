/** Reader settings and the pure rules that apply them. Storage lives in data/settings-store.ts. */

export type HighlightStyle = 'background' | 'underline';
type ThemeChoice = 'auto' | 'light' | 'dark';
export type LanguageChoice = 'browser' | 'en' | 'es';
/** The language of explanations: the page's (Spanish on Spanish pages, else English), or always one. */
export type ExplanationLanguageChoice = 'page' | 'en' | 'es';

export interface Settings {
  enabled: boolean;
  /** Host names where Glosa stays off (www. is ignored). */
  disabledSites: string[];
  /** Categories whose terms are not marked. */
  hiddenCategories: string[];
  highlightStyle: HighlightStyle;
  firstOccurrenceOnly: boolean;
  /** The interface's language. */
  language: LanguageChoice;
  explanationLanguage: ExplanationLanguageChoice;
  theme: ThemeChoice;
}

/** Where the settings live in the extension's local storage (data/settings-store.ts). */
export const SETTINGS_KEY = 'settings';

/** On for every site, every category shown, every occurrence marked. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  hiddenCategories: [],
  highlightStyle: 'background',
  firstOccurrenceOnly: false,
  language: 'browser',
  explanationLanguage: 'page',
  theme: 'auto',
});

/** Stored settings from an older version lack newer fields: fill them from the defaults. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
}

export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(hostname));
}

/** A site as the reader types it ("https://www.elcomercio.pe/politica", "ElComercio.pe") → its key, or null. */
export function parseSiteInput(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  const key = siteKey(host);
  // A host name: labels of letters, digits and hyphens, or an IPv4 address; "localhost" too.
  if (!/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(key)) return null;
  return key;
}
