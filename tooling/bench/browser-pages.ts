/**
 * Generated news pages for the browser benchmark, built from the project's own demo article
 * (demo/article.html): its blocks, with their inline markup, are repeated as stories, varied (paragraph
 * order, bylines, links, some paragraphs as lists) until the page holds the wanted amount of text.
 * Pure string work: the runner writes the pages into a temporary folder.
 */
import { Random } from '../../tests/node/text-noise';

/** One block of the demo article: its tag and its inner HTML (inline markup kept). */
interface DemoBlock {
  tag: string;
  html: string;
}

export interface DemoArticle {
  style: string;
  blocks: DemoBlock[];
}

export interface GeneratedPage {
  html: string;
  /** Characters of text in the generated body (entities decoded, tags dropped). */
  textLength: number;
}

const BLOCK_PATTERN = /<(h1|h2|p|blockquote|aside)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/g;

/** Reads the blocks of the demo article's <article> and its <style>. */
export function parseDemoArticle(html: string): DemoArticle {
  const article = /<article>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  const blocks: DemoBlock[] = [];
  for (const match of article.matchAll(BLOCK_PATTERN)) {
    blocks.push({ tag: match[1] as string, html: (match[2] as string).trim() });
  }
  if (blocks.length === 0) throw new Error('demo article has no blocks');
  return { style, blocks };
}

const ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"' };

/** The text a browser shows for an inline HTML fragment (enough entity decoding for the demo). */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&([a-z]+);/g, (whole, name: string) => ENTITIES[name] ?? whole);
}

const BYLINE_PLACES = ['Lima', 'Cusco', 'Puno', 'Arequipa', 'Trujillo', 'Iquitos', 'Piura', 'Ayacucho'];

/** Wraps one longer plain word (outside tags) in a link, as news pages link words mid-sentence. */
function linkOneWord(random: Random, html: string, href: string): string {
  const parts = html.split(/(<[^>]*>)/);
  const textParts = parts.map((part, index) => ({ part, index })).filter(({ part }) => !part.startsWith('<'));
  const chosen = textParts.length > 0 ? random.pick(textParts) : undefined;
  if (!chosen) return html;
  const words = [...chosen.part.matchAll(/\b[a-z]{7,}\b/g)];
  const word = words.length > 0 ? random.pick(words) : undefined;
  if (!word || word.index === undefined) return html;
  const at = word.index;
  parts[chosen.index] =
    `${chosen.part.slice(0, at)}<a href="${href}">${word[0]}</a>${chosen.part.slice(at + word[0].length)}`;
  return parts.join('');
}

/** A paragraph without markup, split at sentence ends into a bulleted list. */
function asList(html: string): string | undefined {
  if (html.includes('<')) return undefined;
  const sentences = html.split(/(?<=\.)\s+/).filter(Boolean);
  if (sentences.length < 3) return undefined;
  return `<ul>\n${sentences.map((sentence) => `<li>${sentence}</li>`).join('\n')}\n</ul>`;
}

/** One story: the demo article's blocks, varied by `random`; returns HTML and its text length. */
function story(random: Random, blocks: readonly DemoBlock[], index: number): GeneratedPage {
  const out: string[] = [`<section class="story" id="s${index}">`];
  let textLength = 0;
  const emit = (tag: string, inner: string) => {
    out.push(`<${tag}>${inner}</${tag}>`);
    textLength += textOf(inner).length;
  };
  // Paragraphs between headings are shuffled a little, so stories are not byte-identical.
  const sections: DemoBlock[][] = [[]];
  for (const block of blocks) {
    if (block.tag === 'h2') sections.push([]);
    sections[sections.length - 1]?.push(block);
  }
  for (const section of sections) {
    const [head, ...rest] = section;
    const ordered = head?.tag === 'h2' ? [head, ...shuffled(random, rest)] : section;
    for (const block of ordered) {
      let inner = block.html;
      if (block.tag === 'h1') {
        emit('h2', inner);
        continue;
      }
      if (block.tag === 'h2') {
        emit('h3', inner);
        continue;
      }
      if (inner.startsWith('By ')) inner = inner.replace('Lima', random.pick(BYLINE_PLACES));
      if (block.tag === 'p') {
        const list = random.chance(0.3) ? asList(inner) : undefined;
        if (list) {
          out.push(list);
          textLength += textOf(inner).length;
          continue;
        }
        inner = linkOneWord(random, inner, `#s${random.int(index + 1)}`);
      }
      emit(block.tag, inner);
    }
  }
  out.push('</section>');
  return { html: out.join('\n'), textLength };
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let k = copy.length - 1; k > 0; k--) {
    const other = random.int(k + 1);
    [copy[k], copy[other]] = [copy[other] as T, copy[k] as T];
  }
  return copy;
}

function pageShell(demo: DemoArticle, title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${demo.style}</style>
</head>
<body>
<header class="site">THE ANDEAN LEDGER · Politics · Lima</header>
<main id="stories">
${body}
</main>
</body>
</html>
`;
}

/** A page of stories holding at least `targetChars` characters of text. */
export function articlePage(demo: DemoArticle, targetChars: number, seed = 6): GeneratedPage {
  const random = new Random(seed + targetChars);
  const parts: string[] = [];
  let textLength = 0;
  for (let index = 0; textLength < targetChars; index++) {
    const next = story(random, demo.blocks, index);
    parts.push(next.html);
    textLength += next.textLength;
  }
  return { html: pageShell(demo, `Benchmark page, ${targetChars} characters`, parts.join('\n')), textLength };
}

/** `count` paragraphs of the demo article (cycled), as HTML strings to append to a page. */
export function extraParagraphs(demo: DemoArticle, count: number): string[] {
  const paragraphs = demo.blocks.filter((block) => block.tag === 'p' && !block.html.startsWith('By '));
  return Array.from({ length: count }, (_, k) => (paragraphs[k % paragraphs.length] as DemoBlock).html);
}

/**
 * A page with only the demo article's headline and a line naming its people in full (a headline's
 * surname alone marks nothing until the page introduces it): the base for "those paragraphs alone".
 */
export function headlinePage(demo: DemoArticle): string {
  const headline = demo.blocks.find((block) => block.tag === 'h1')?.html ?? 'Headline';
  const dek = '<p>Ollanta Humala faces Keiko Fujimori in the runoff.</p>';
  return pageShell(demo, 'Benchmark page, headline only', `<h2>${headline}</h2>${dek}`);
}
