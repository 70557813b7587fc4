import type { TargetedSubmitEvent } from 'preact';
import { useState } from 'preact/hooks';
import { useModel } from './model-context.js';

interface SignInFormProps {
  error: string | null;
  isSubmitting: boolean;
}

/** Email and password; the refusal, if any, in an alert. */
export function SignInForm({ error, isSubmitting }: SignInFormProps) {
  const { session } = useModel();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function submit(event: TargetedSubmitEvent<HTMLFormElement>): void {
    event.preventDefault();
    void session.signIn(email.trim(), password);
  }

  return (
    <main class="sign-in">
      <form class="sign-in__card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title" class="sign-in__title">
          Switchboard console
        </h1>
        <p class="sign-in__lead">Sign in to answer visitors.</p>
        <label class="field">
          <span class="field__label">Email</span>
          <input
            class="field__input"
            type="email"
            name="email"
            autocomplete="username"
            required
            value={email}
            onInput={(event) => setEmail(event.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span class="field__label">Password</span>
          <input
            class="field__input"
            type="password"
            name="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
        </label>
        <div class="sign-in__error" role="alert">
          {error}
        </div>
        <button class="button button--primary" type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
          Sign in
        </button>
      </form>
    </main>
  );
}
