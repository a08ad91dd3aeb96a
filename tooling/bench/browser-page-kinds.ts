/**
 * Page kinds that are hard for a page reader in other ways than size, generated for the browser bench:
 * long Chinese and Japanese text without spaces, dozens of embedded video players (iframes and custom
 * elements with shadow roots), 10,000 small nodes, and one very long paragraph. Each holds some glossary
 * names, so Glosa has work to do. Pure string work: the runner writes the files.
 */
import { Random } from '../../tests/node/text-noise';
import { type DemoArticle, textOf } from './browser-pages';

export interface PageKind {
  label: string;
  /** The page's file name, and extra files it loads (the embeds' frames). */
  file: string;
  files: Record<string, string>;
}

const NAMES = [
  'Sendero Luminoso',
  'Alberto Fujimori',
  'Keiko Fujimori',
  'Gana Perú',
  'neoliberalism',
  'Perú',
];

function shell(title: string, lang: string, body: string, style = ''): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${title}</title><style>body{font:16px/1.5 sans-serif;margin:2em}${style}</style></head>
<body>
${body}
</body>
</html>
`;
}

/** Han and kana text, no spaces, with Latin names now and then (as Chinese and Japanese news write them). */
function cjkText(random: Random, chars: number): string {
  const han = '秘鲁总统选举国会政党经济改革左翼右翼社会主义自由市场民主危机抗议政府宪法法院腐败调查议员投票';
  const kana = 'ペルーの大統領選挙で左派と右派が争い、議会は改革を議論した。';
  let text = '';
  while (text.length < chars) {
    const run = random.int(400) + 100;
    for (let k = 0; k < run; k++)
      text += random.chance(0.5) ? han[random.int(han.length)] : kana[random.int(kana.length)];
    text += random.chance(0.5) ? `（${random.pick(NAMES)}）` : '。';
  }
  return text;
}

function cjkPage(chars: number): PageKind {
  const random = new Random(11);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    // Long paragraphs, as long Chinese and Japanese articles have.
    const text = cjkText(random, 2_000 + random.int(6_000));
    paragraphs.push(`<p>${text}</p>`);
    length += text.length;
  }
  return {
    label: `CJK, ${Math.round(chars / 1000)} K chars, no spaces`,
    file: 'kind-cjk.html',
    files: { 'kind-cjk.html': shell('CJK page', 'zh', `<article>${paragraphs.join('\n')}</article>`) },
  };
}

/** A video player's page as embed providers serve them: a player element, controls and a few labels. */
function embedFile(index: number): string {
  const controls = Array.from(
    { length: 30 },
    (_, k) => `<button aria-label="control ${k}">${k}</button>`,
  ).join('');
  return shell(
    `Player ${index}`,
    'en',
    `<div class="player"><video width="320" height="180" preload="none"></video>
<div class="bar">${controls}</div><p class="title">Debate highlights ${index}: Keiko Fujimori and Pedro Castillo</p>
<video-controls></video-controls></div>
<script>customElements.define('video-controls', class extends HTMLElement { connectedCallback() {
  const root = this.attachShadow({ mode: 'open' });
  root.innerHTML = '<div>' + Array.from({ length: 40 }, (_, k) => '<span>' + k + ':00</span>').join('') + '</div>';
} });</script>`,
  );
}

function embedsPage(demo: DemoArticle, frames: number): PageKind {
  const paragraphs = demo.blocks.filter((block) => block.tag === 'p').map((block) => `<p>${block.html}</p>`);
  const parts: string[] = [];
  const files: Record<string, string> = {};
  for (let index = 0; index < frames; index++) {
    files[`kind-embed-${index}.html`] = embedFile(index);
    parts.push(paragraphs[index % paragraphs.length] as string);
    parts.push(`<iframe src="kind-embed-${index}.html" width="360" height="240" loading="eager"></iframe>`);
    // Players as custom elements in the page itself, each with its shadow root.
    parts.push(`<lite-player data-title="Clip ${index}"></lite-player>`);
  }
  const script = `<script>customElements.define('lite-player', class extends HTMLElement { connectedCallback() {
  const root = this.attachShadow({ mode: 'open' });
  root.innerHTML = '<style>div{width:320px;height:180px;background:#111;color:#eee}</style><div><span>' + this.dataset.title + ' · Sendero Luminoso</span><button>Play</button></div>';
} });</script>`;
  files['kind-embeds.html'] = shell('Embeds page', 'en', `${script}<article>${parts.join('\n')}</article>`);
  return { label: `${frames} iframes + ${frames} player elements`, file: 'kind-embeds.html', files };
}

function smallNodesPage(nodes: number): PageKind {
  const random = new Random(13);
  const rows: string[] = [];
  // Table rows of five cells, each a small element with a word or two: 10,000 small nodes in all.
  for (let row = 0; row < nodes / 5; row++) {
    const cells = Array.from({ length: 5 }, (_, k) =>
      k === 2 && random.chance(0.1)
        ? `<td><a href="#r${row}">${random.pick(NAMES)}</a></td>`
        : `<td>${random.int(1000)}</td>`,
    );
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  return {
    label: `${nodes.toLocaleString('en')} small nodes (table cells)`,
    file: 'kind-nodes.html',
    files: {
      'kind-nodes.html': shell(
        'Small nodes page',
        'en',
        `<h1>Results by district</h1><table>${rows.join('\n')}</table>`,
      ),
    },
  };
}

function longParagraphPage(demo: DemoArticle, chars: number): PageKind {
  const sentences = demo.blocks.filter((block) => block.tag === 'p').map((block) => textOf(block.html));
  let text = '';
  for (let k = 0; text.length < chars; k++) text += `${sentences[k % sentences.length]} `;
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return {
    label: `one paragraph of ${Math.round(chars / 1000)} K chars`,
    file: 'kind-paragraph.html',
    files: {
      'kind-paragraph.html': shell('One long paragraph', 'en', `<h1>Transcript</h1><p>${escaped}</p>`),
    },
  };
}

export function pageKinds(demo: DemoArticle): PageKind[] {
  return [cjkPage(500_000), embedsPage(demo, 40), smallNodesPage(10_000), longParagraphPage(demo, 500_000)];
}
