/** Functions evaluated inside Glosa's own pages (popup, options); each is self-contained. */
import type { Settings } from '../../../core/settings';

export interface PopupState {
  options: string[];
  activeOption: string | null;
  heading: string | null;
  status: string;
  noResults: boolean;
  /** The note above results guessed from a description's words. */
  guessNote: string | null;
}

export function popupState(): PopupState {
  const options = [...document.querySelectorAll('[role="listbox"] [role="option"]')];
  const active = options.find((option) => option.getAttribute('aria-selected') === 'true');
  return {
    options: options.map((option) => option.textContent ?? ''),
    activeOption: active?.textContent ?? null,
    heading: document.querySelector('h2')?.textContent ?? null,
    status: document.querySelector('.page-status')?.textContent ?? '',
    noResults: document.querySelector('[role="status"]') !== null,
    guessNote: document.querySelector('.guess-note')?.textContent ?? null,
  };
}

/** Clicks the first button whose text contains `label`. */
export function clickButton(label: string): boolean {
  const button = [...document.querySelectorAll('button')].find((candidate) =>
    candidate.textContent?.includes(label),
  );
  button?.click();
  return Boolean(button);
}

/** Types into a labelled field the way an input event reports it. */
export function fillField({ label, value }: { label: string; value: string }): boolean {
  const field = [...document.querySelectorAll('label')]
    .find((candidate) => candidate.textContent?.trim().startsWith(label))
    ?.querySelector('input, textarea, select') as HTMLInputElement | null;
  if (!field) return false;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** Chooses a file for the first file input, as the browser's file picker would. */
export function chooseFile({ name, content }: { name: string; content: string }): boolean {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement | null;
  if (!input) return false;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

export function alertText(): string {
  return [...document.querySelectorAll('[role="alert"]')]
    .map((alert) => alert.textContent ?? '')
    .join(' ')
    .trim();
}

export function listedOwnTerms(): string[] {
  return [...document.querySelectorAll('.own-term__name')].map((name) => name.textContent ?? '');
}

/** Runs in an extension context: writes the settings item as the options page does. */
export async function writeSettings(settings: Settings): Promise<void> {
  const scope = globalThis as unknown as {
    browser?: { storage: { local: { set(items: object): Promise<void> } } };
    chrome: { storage: { local: { set(items: object): Promise<void> } } };
  };
  await (scope.browser ?? scope.chrome).storage.local.set({ settings });
}
