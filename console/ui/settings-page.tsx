import type { AgentProfile } from '../../protocol/agent-events.js';
import { CannedResponseSettings } from './canned-response-settings.js';
import { DeliveryLog } from './delivery-log.js';
import { KnowledgeSettings } from './knowledge-settings.js';
import { useModel } from './model-context.js';
import { RetentionSettings } from './retention-settings.js';
import { SiteEditor } from './site-editor.js';
import { SitesSettings } from './sites-settings.js';
import { TopBar } from './top-bar.js';
import { useStore } from './use-store.js';
import { TeamSettings } from './team-settings.js';
import { WebhookSettings } from './webhook-settings.js';

interface SettingsPageProps {
  agent: AgentProfile;
}

/**
 * The admins' page: the team and its canned responses; the sites, and the chosen site's branding, origins,
 * identity verification, bot, snippet, retention, webhook endpoints, delivery log and knowledge documents.
 */
export function SettingsPage({ agent }: SettingsPageProps) {
  const model = useModel();
  return (
    <div class="page">
      <TopBar agent={agent} />
      <main class="settings" aria-labelledby="settings-title">
        <h2 id="settings-title" class="settings__title">
          Settings
        </h2>
        {agent.role === 'admin' ? (
          <>
            <TeamSettings />
            <CannedResponseSettings />
            <SiteSettings />
          </>
        ) : (
          <div class="settings__refusal">
            <p>Only admins can change settings.</p>
            <button type="button" class="button" onClick={() => model.goTo('inbox')}>
              Back to the inbox
            </button>
          </div>
        )}
      </main>
    </div>
  );
}

/** The chosen site's settings, once the relay has listed the sites. */
function SiteSettings() {
  const { settings } = useModel();
  const sites = useStore(settings.$sites);
  const loadError = useStore(settings.$loadError);
  const site = useStore(settings.$site);
  if (loadError !== null) return <p role="alert">The settings could not be loaded: {loadError}</p>;
  if (sites === null) return <p role="status">Loading…</p>;
  if (site === null) return <p>There is no site to configure.</p>;
  return (
    <>
      <SitesSettings sites={sites} site={site} />
      <SiteEditor />
      <RetentionSettings key={site.id} site={site} />
      <WebhookSettings />
      <DeliveryLog />
      <KnowledgeSettings />
    </>
  );
}
