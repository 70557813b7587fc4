import type { SiteSettings } from '../../protocol/http-api.js';
import { useModel } from './model-context.js';

interface SitePickerProps {
  sites: SiteSettings[];
  site: SiteSettings;
}

/** Which site the page configures: a choice when there are several, its name otherwise. */
export function SitePicker({ sites, site }: SitePickerProps) {
  const { settings } = useModel();
  if (sites.length === 1) {
    return (
      <p class="settings__site">
        Site: <strong>{site.name}</strong> (<code>{site.id}</code>)
      </p>
    );
  }
  return (
    <label class="field settings__site">
      <span class="field__label">Site</span>
      <select
        class="field__input"
        value={site.id}
        onChange={(event) => settings.selectSite(event.currentTarget.value)}
      >
        {sites.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name} ({option.id})
          </option>
        ))}
      </select>
    </label>
  );
}
