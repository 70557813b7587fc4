/**
 * The console's entry point: builds the model over the real transport, renders the app, and keeps the tab
 * title showing how many visitors wait.
 */
import { render } from 'preact';
import { createClientId } from './chat/client-id.js';
import { createConsoleModel } from './chat/console-model.js';
import { documentTitle } from './chat/document-title.js';
import { createAgentLink } from './transport/agent-link.js';
import { createSessionApi } from './transport/session-api.js';
import { App } from './ui/app.js';
import { ModelContext } from './ui/model-context.js';

const model = createConsoleModel({
  sessionApi: createSessionApi(),
  openLink: createAgentLink,
  newClientId: () => createClientId(),
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
