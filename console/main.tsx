/**
 * The console's entry point: builds the model over the real transport, renders the app, and keeps the tab
 * title showing how many visitors wait.
 */
import { render } from 'preact';
import { createClientId } from './chat/client-id.js';
import { createConsoleModel } from './chat/console-model.js';
import { documentTitle } from './chat/document-title.js';
import type { ConsoleLocation, Scheduler } from './chat/ports.js';
import { createAgentLink } from './transport/agent-link.js';
import { createBrowserAttention } from './transport/browser-attention.js';
import { createCannedResponsesApi } from './transport/canned-responses-api.js';
import { createTeamApi } from './transport/team-api.js';
import { createInsightsApi } from './transport/insights-api.js';
import { createSessionApi } from './transport/session-api.js';
import { createSettingsApi } from './transport/settings-api.js';
import { createSitesApi } from './transport/sites-api.js';
import { App } from './ui/app.js';
import { ModelContext } from './ui/model-context.js';

const location: ConsoleLocation = {
  hash: () => window.location.hash,
  setHash: (hash) => {
    window.location.hash = hash;
  },
  onHashChange: (listener) => {
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  },
};

const scheduler: Scheduler = {
  now: Date.now,
  after: (ms, callback) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

const model = createConsoleModel({
  sessionApi: createSessionApi(),
  settingsApi: createSettingsApi(),
  sitesApi: createSitesApi(),
  insightsApi: createInsightsApi(),
  cannedResponsesApi: createCannedResponsesApi(),
  teamApi: createTeamApi(),
  attention: createBrowserAttention(),
  scheduler,
  openLink: createAgentLink,
  location,
  newClientId: () => createClientId(),
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  now: Date.now,
});

model.inbox.$waitingCount.subscribe((count) => {
  document.title = documentTitle(count);
});
model.start();

const root = document.getElementById('app');
if (root === null) throw new Error('The console page has no #app element.');
render(
  <ModelContext.Provider value={model}>
    <App />
  </ModelContext.Provider>,
  root,
);
