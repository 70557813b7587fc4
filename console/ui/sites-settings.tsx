import { useState } from 'preact/hooks';
import type { SiteSettings } from '../../protocol/http-api.js';
import { AddSiteDialog } from './add-site-dialog.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

interface SitesSettingsProps {
  sites: SiteSettings[];
  site: SiteSettings;
}

/** Every site, the one the sections below configure, and adding another. */
export function SitesSettings({ sites, site }: SitesSettingsProps) {
  const { settings, siteCreation } = useModel();
  const creation = useStore(siteCreation.$form);
  const [isAdding, setIsAdding] = useState(false);

  return (
    <section class="settings__section" aria-labelledby="sites-title">
      <div class="settings__heading">
        <h3 id="sites-title">Sites</h3>
        <button
          type="button"
          class="button"
          onClick={() => {
            siteCreation.reset();
            setIsAdding(true);
          }}
        >
          Add site
        </button>
      </div>
      <table class="settings__table">
        <caption class="visually-hidden">Sites</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Site id</th>
            <th scope="col">
              <span class="visually-hidden">Configure</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sites.map((each) => (
            <tr key={each.id} aria-current={each.id === site.id ? 'true' : undefined}>
              <th scope="row">{each.name}</th>
              <td>
                <code>{each.id}</code>
              </td>
              <td>
                {each.id === site.id ? (
                  <span class="settings__current">Shown below</span>
                ) : (
                  <button
                    type="button"
                    class="button button--small"
                    aria-label={`Configure ${each.name}`}
                    onClick={() => settings.selectSite(each.id)}
                  >
                    Configure
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="settings__notice" role="status">
        {creation.notice}
      </p>
      {isAdding ? <AddSiteDialog onClose={() => setIsAdding(false)} /> : null}
    </section>
  );
}
