import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { SearchResults } from '../../components/SearchResults';
import { CARD_STRINGS } from '../../components/strings/card';
import { TermCard } from '../../components/TermCard';
import type { GlossaryEntry } from '../../core/glossary/schema';

const PAYLOADS = [
  '<img src=x onerror="window.pwned=1">',
  '<script>window.pwned=1</script>',
  '"><svg onload=window.pwned=1>',
  '<a href="javascript:window.pwned=1">click</a>',
  '{{constructor.constructor("window.pwned=1")()}}',
];

function hostileEntry(payload: string): GlossaryEntry {
  return {
    id: 'own-x',
    term: `Term ${payload}`,
    aliases: [`alias ${payload}`],
    category: 'concept',
    summary: `Summary ${payload}`,
    details: `Details ${payload}`,
    es: { summary: `Resumen ${payload}`, details: `Detalles ${payload}` },
    timeline: [{ date: '2020-05', text: `Event ${payload}`, es: `Suceso ${payload}` }],
    related: [],
    sources: [
      { title: `Source ${payload}`, url: 'javascript:window.pwned=1' },
      { title: 'Fine', url: 'https://example.org/' },
    ],
    period: payload,
  };
}

describe('glossary, own-term and imported text is shown as text, never as HTML', () => {
  test.each(PAYLOADS)('term card with %s', async (payload) => {
    const { container, getByText } = render(
      <TermCard
        entry={hostileEntry(payload)}
        related={[{ id: 'r', term: `Related ${payload}` }]}
        strings={CARD_STRINGS.en}
        language="en"
        articleDate="2011-04-14"
        onOpenRelated={() => {}}
      />,
    );
    await fireEvent.click(getByText('More'));
    expect(container.textContent).toContain(`Event ${payload}`);
    expect(container.querySelectorAll('img, script, svg, iframe').length).toBe(0);
    expect(container.textContent).toContain(`Summary ${payload}`);
    expect(container.textContent).toContain(`Details ${payload}`);
    // A source with a non-web URL is shown as plain text, not as a link.
    const hrefs = [...container.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org/']);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  test.each(PAYLOADS)('search results with %s', (payload) => {
    const entry = hostileEntry(payload);
    const { container } = render(
      <SearchResults
        id="r"
        items={[entry]}
        activeIndex={0}
        label="Results"
        categories={CARD_STRINGS.en.categories}
        onChoose={() => {}}
        onHover={() => {}}
      />,
    );
    expect(container.querySelectorAll('img, script, svg, iframe, a').length).toBe(0);
    expect(container.querySelector('[role="option"]')?.textContent?.startsWith(`Term ${payload}`)).toBe(true);
  });
});
