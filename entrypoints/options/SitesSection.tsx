import { useSignal } from '@preact/signals';
import type { OptionsStrings } from '../../components/strings/options';
import { parseSiteInput } from '../../core/settings';

export interface SitesSectionProps {
  sites: readonly string[];
  text: OptionsStrings;
  onChange(sites: string[]): void;
}

/** The sites where Glosa stays off: add by host name or URL, remove one by one. */
export function SitesSection({ sites, text, onChange }: SitesSectionProps) {
  const input = useSignal('');
  const problem = useSignal('');
  const add = (event: Event) => {
    event.preventDefault();
    const site = parseSiteInput(input.value);
    if (!site) {
      problem.value = text.invalidSite;
      return;
    }
    problem.value = '';
    input.value = '';
    if (!sites.includes(site)) onChange([...sites, site].sort());
  };
  return (
    <fieldset>
      <legend>{text.sites}</legend>
      <form class="row" onSubmit={add}>
        <label class="visually-hidden" for="site-input">
          {text.siteInput}
        </label>
        <input
          id="site-input"
          type="text"
          placeholder={text.sitesHelp}
          value={input.value}
          aria-invalid={problem.value !== ''}
          aria-describedby="site-problem"
          onInput={(event) => {
            input.value = (event.target as HTMLInputElement).value;
          }}
          style={{ flex: 1, width: 'auto' }}
        />
        <button type="submit">{text.addSite}</button>
      </form>
      <p id="site-problem" role="alert">
        {problem.value}
      </p>
      <ul class="list" aria-label={text.sites}>
        {sites.map((site) => (
          <li key={site}>
            <span>{site}</span>
            <button type="button" onClick={() => onChange(sites.filter((other) => other !== site))}>
              {text.removeSite(site)}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
