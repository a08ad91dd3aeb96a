/**
 * The key a page's notes are filed under: the same article reached from a newsletter, a search ad or a
 * shared link must find the same notes, so the fragment and tracking parameters are dropped.
 */

/** Query parameters that identify a campaign or a click, never the page. */
const TRACKING_PARAMETERS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
  'twclid',
  'ttclid',
  '_ga',
  '_gl',
  'ref_src',
  'mkt_tok',
]);

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMETERS.has(lower);
}

function parameterName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** The normalized http(s) URL, or undefined for anything that is not a web page (notes need one). */
export function normalizePageUrl(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  // The query is filtered as text: it keeps its encoding, and Firefox content scripts cannot
  // iterate URLSearchParams ("Xray wrapping of iterators not supported").
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParameter(parameterName(pair)));
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.href;
}
