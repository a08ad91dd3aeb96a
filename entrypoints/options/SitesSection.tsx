import { useSignal } from '@preact/signals';
import type { Messages } from '../../components/messages';
import { parseSiteInput } from '../../core/settings';

export interface SitesSectionProps {
  sites: readonly string[];
  messages: Messages;
  onChange(sites: string[]): void;
}

/** The sites where Glosa stays off: add by host name or URL, remove one by one. */
export function SitesSection({ sites, messages, onChange }: SitesSectionProps) {
  const input = useSignal('');
  const problem = useSignal('');
  const add = (event: Event) => {
    event.preventDefault();
    const site = parseSiteInput(input.value);
    if (!site) {
      problem.value = messages.options.invalidSite;
      return;
    }
    problem.value = '';
    input.value = '';
    if (!sites.includes(site)) onChange([...sites, site].sort());
  };
  return (
    <fieldset>
      <legend>{messages.options.sites}</legend>
      <form class="row" onSubmit={add}>
        <label class="visually-hidden" for="site-input">
          {messages.options.siteInput}
        </label>
        <input
          id="site-input"
          type="text"
          placeholder={messages.options.sitesHelp}
          value={input.value}
          aria-invalid={problem.value !== ''}
          aria-describedby="site-problem"
          onInput={(event) => {
            input.value = (event.target as HTMLInputElement).value;
          }}
          style={{ flex: 1, width: 'auto' }}
        />
        <button type="submit">{messages.options.addSite}</button>
      </form>
      <p id="site-problem" role="alert">
        {problem.value}
      </p>
      <ul class="list" aria-label={messages.options.sites}>
        {sites.map((site) => (
          <li key={site}>
            <span>{site}</span>
            <button type="button" onClick={() => onChange(sites.filter((other) => other !== site))}>
              {messages.options.removeSite(site)}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
