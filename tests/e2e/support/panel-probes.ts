/**
 * Functions evaluated in the side panel page (serialized: each uses only its argument and page
 * globals). They act as a reader does: by labels, button names and roles.
 */

/** Types into the field whose label is `label` (input events, as typing sends). */
export function fillField({ label, value }: { label: string; value: string }): boolean {
  const labelElement = [...document.querySelectorAll('label')].find(
    (candidate) => candidate.firstChild?.textContent?.trim() === label,
  );
  const field = (
    labelElement?.htmlFor
      ? document.getElementById(labelElement.htmlFor)
      : labelElement?.querySelector('input, textarea')
  ) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!field) return false;
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

/** Clicks the button named `name`, inside the article containing `inArticle` when given. */
export function clickButton({ name, inArticle }: { name: string; inArticle?: string }): boolean {
  const scope: ParentNode = inArticle
    ? ([...document.querySelectorAll('article')].find((article) =>
        article.textContent?.includes(inArticle),
      ) ?? document.createElement('div'))
    : document;
  const button = [...scope.querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === name,
  );
  button?.click();
  return Boolean(button);
}

export function articleTexts(): string[] {
  return [...document.querySelectorAll('article, [role="article"]')].map(
    (article) => article.textContent ?? '',
  );
}

/** The buttons of the "Terms on this page" list, as their text reads. */
export function pageTermButtons(): string[] {
  const heading = [...document.querySelectorAll('h3')].find(
    (candidate) => candidate.textContent === 'Terms on this page',
  );
  return [...(heading?.closest('section')?.querySelectorAll('button') ?? [])].map(
    (button) => button.textContent ?? '',
  );
}

/** What the new-note editor says the draft is about (page, passage, terms). */
export function draftTargetText(): string {
  return document.querySelector('.notes-app__target')?.textContent ?? '';
}

export function alertText(): string {
  return document.querySelector('[role="alert"]')?.textContent ?? '';
}

/**
 * Records files the panel saves through <a download>: the blob behind each link, read as text. (The
 * pages' CSP forbids fetch, so the blob is kept when its URL is made.)
 */
export function captureDownloads(): void {
  const scope = window as unknown as { glosaDownloads: Promise<{ name: string; text: string }>[] };
  scope.glosaDownloads = [];
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  HTMLAnchorElement.prototype.click = function captureClick(this: HTMLAnchorElement) {
    const name = this.download;
    const blob = blobs.get(this.href);
    scope.glosaDownloads.push(
      blob ? blob.text().then((text) => ({ name, text })) : Promise.resolve({ name, text: '' }),
    );
  };
}

/** Whether at least `count` downloads were started (an export reads the notes before it saves). */
export function downloadsStarted(count: number): boolean {
  const scope = window as unknown as { glosaDownloads?: unknown[] };
  return (scope.glosaDownloads?.length ?? 0) >= count;
}

export async function capturedDownloads(): Promise<{ name: string; text: string }[]> {
  const scope = window as unknown as { glosaDownloads?: Promise<{ name: string; text: string }>[] };
  return Promise.all(scope.glosaDownloads ?? []);
}

/**
 * Whether no import's search words are left to write and note `id`'s stored words include `word`: read
 * straight from the notes database, as a later search through its words index would.
 */
export async function searchWordStored({ id, word }: { id: string; word: string }): Promise<boolean> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open('glosa-notes');
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  const read = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  try {
    const transaction = db.transaction(['notes', 'wordsBacklog']);
    const backlog = await read(transaction.objectStore('wordsBacklog').count());
    const note = (await read(transaction.objectStore('notes').get(id))) as { words?: string[] } | undefined;
    return backlog === 0 && (note?.words?.includes(word) ?? false);
  } finally {
    db.close();
  }
}
