/**
 * Functions evaluated inside test pages (main world). Each is self-contained: it is serialized and
 * sent to the browser, so it may use only its argument and page globals.
 */

/** The centre of the first registered term range whose text is `text` (any glosa-term highlight). */
export function termCenter(text: string): { x: number; y: number } | null {
  let found: { x: number; y: number } | null = null;
  CSS.highlights.forEach((highlight, name) => {
    if (found || !name.startsWith('glosa-term')) return;
    highlight.forEach((range) => {
      if (found || (range as Range).toString() !== text) return;
      const rect = (range as Range).getClientRects()[0];
      if (rect) found = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
  });
  return found;
}

/** The centre of the `nth` marked `text` on screen, top to bottom (any glosa-term highlight). */
export function nthTermCenter({ text, nth }: { text: string; nth: number }): { x: number; y: number } | null {
  const centers: { x: number; y: number }[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('glosa-term')) return;
    highlight.forEach((range) => {
      if ((range as Range).toString() !== text) return;
      const rect = (range as Range).getClientRects()[0];
      if (rect) centers.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    });
  });
  centers.sort((a, b) => a.y - b.y || a.x - b.x);
  return centers[nth] ?? null;
}

/** The texts of every glosa-term highlight on the page. */
export function markedTexts(): string[] {
  const texts: string[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('glosa-term')) return;
    highlight.forEach((range) => {
      texts.push((range as Range).toString());
    });
  });
  return texts.sort();
}

/**
 * The on-screen boxes of every occurrence of `text` in the page's own text (what a private mark over it
 * must cover). Written without Array methods: hostile pages break them.
 */
export function textRects(text: string): { left: number; top: number; width: number; height: number }[] {
  const rects: { left: number; top: number; width: number; height: number }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let at = data.indexOf(text); at !== -1; at = data.indexOf(text, at + text.length)) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const boxes = range.getClientRects();
      for (let index = 0; index < boxes.length; index++) {
        const box = boxes[index];
        if (box && box.width > 0)
          rects.push({ left: box.left, top: box.top, width: box.width, height: box.height });
      }
    }
  }
  return rects;
}

/** The page's DOM as markup, without Glosa's own host element. */
export function serializeWithoutGlosa(): string {
  const clone = document.documentElement.cloneNode(true) as Element;
  for (const host of clone.querySelectorAll('glosa-popover')) host.remove();
  return clone.outerHTML;
}

/**
 * Records every DOM mutation after the parser is done (content scripts run later still), except
 * those of Glosa's own host.
 */
export function recordMutations(): void {
  const log: string[] = [];
  (window as unknown as { glosaTestMutations: string[] }).glosaTestMutations = log;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const nodes = [...record.addedNodes, ...record.removedNodes];
      const own =
        (record.target as Element).localName === 'glosa-popover' ||
        (nodes.length > 0 && nodes.every((node) => node.nodeName === 'GLOSA-POPOVER'));
      if (!own) log.push(`${record.type} on ${record.target.nodeName} ${record.attributeName ?? ''}`);
    }
  });
  const start = () =>
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

export function recordedMutations(): string[] {
  return (window as unknown as { glosaTestMutations?: string[] }).glosaTestMutations ?? [];
}
