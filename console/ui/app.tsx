import { LazyInsightsPage } from './insights/lazy-insights-page.js';
import { useModel } from './model-context.js';
import { SettingsPage } from './settings-page.js';
import { PageFrame } from './page-frame.js';
import { SignInForm } from './sign-in-form.js';
import { useStore } from './use-store.js';
import { Workspace } from './workspace.js';

/** The console: the sign-in form, or the page the signed-in agent is on. */
export function App() {
  const model = useModel();
  const session = useStore(model.session.$session);
  const page = useStore(model.$page);
  if (session.status === 'loading') {
    return (
      <p class="splash" role="status">
        Loading…
      </p>
    );
  }
  if (session.status === 'signed-out')
    return <SignInForm error={session.error} isSubmitting={session.isSubmitting} />;
  switch (page) {
    case 'inbox':
      return <Workspace agent={session.agent} />;
    case 'settings':
      return <SettingsPage agent={session.agent} />;
    case 'insights':
      return (
        <PageFrame agent={session.agent}>
          <LazyInsightsPage />
        </PageFrame>
      );
  }
}
