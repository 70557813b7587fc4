import { useModel } from './model-context.js';
import { SignInForm } from './sign-in-form.js';
import { useStore } from './use-store.js';
import { Workspace } from './workspace.js';

/** The console: the sign-in form, or the workspace of the signed-in agent. */
export function App() {
  const session = useStore(useModel().session.$session);
  if (session.status === 'loading') {
    return (
      <p class="splash" role="status">
        Loading…
      </p>
    );
  }
  if (session.status === 'signed-out')
    return <SignInForm error={session.error} isSubmitting={session.isSubmitting} />;
  return <Workspace agent={session.agent} />;
}
