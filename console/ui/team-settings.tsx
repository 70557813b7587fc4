import type { TargetedSubmitEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AgentRole } from '../../protocol/agent-events.js';
import { MIN_PASSWORD_LENGTH } from '../../protocol/limits.js';
import { FormOutcome } from './form-outcome.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

/** The team's accounts, for admins: everyone who can sign in, and a form to add a teammate. */
export function TeamSettings() {
  const { teamAdmin } = useModel();
  const members = useStore(teamAdmin.$members);
  const form = useStore(teamAdmin.$form);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AgentRole>('agent');
  const [password, setPassword] = useState('');

  useEffect(() => void teamAdmin.load(), [teamAdmin]);

  async function submit(event: TargetedSubmitEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!(await teamAdmin.add({ name: name.trim(), email: email.trim(), role, password }))) return;
    setName('');
    setEmail('');
    setRole('agent');
    setPassword('');
  }

  return (
    <section class="settings__section" aria-labelledby="team-title">
      <h3 id="team-title">Team</h3>
      <table class="settings__table">
        <caption>Agents who can sign in</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id}>
              <td>{member.name}</td>
              <td>{member.email}</td>
              <td>{member.role === 'admin' ? 'Admin' : 'Agent'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form class="settings__form" aria-labelledby="team-form-title" onSubmit={(event) => void submit(event)}>
        <h4 id="team-form-title">Add a teammate</h4>
        <label class="field">
          <span class="field__label">Name</span>
          <input
            class="field__input"
            required
            maxLength={80}
            autoComplete="off"
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span class="field__label">Email</span>
          <input
            class="field__input"
            type="email"
            required
            maxLength={254}
            autoComplete="off"
            value={email}
            onInput={(event) => setEmail(event.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span class="field__label">Role</span>
          <select
            class="field__input"
            value={role}
            onChange={(event) => setRole(event.currentTarget.value === 'admin' ? 'admin' : 'agent')}
          >
            <option value="agent">Agent</option>
            <option value="admin">Admin: also manages settings and the team</option>
          </select>
        </label>
        <label class="field">
          <span class="field__label">First password</span>
          <input
            class="field__input"
            type="password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            maxLength={1024}
            autoComplete="new-password"
            aria-describedby="team-password-hint"
            value={password}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
        </label>
        <p id="team-password-hint" class="settings__hint">
          At least {MIN_PASSWORD_LENGTH} characters. Give it to your teammate in person or over a channel you
          trust; only its hash is stored.
        </p>
        <button class="button button--primary" type="submit" disabled={form.isBusy} aria-busy={form.isBusy}>
          Add teammate
        </button>
        <FormOutcome form={form} />
      </form>
    </section>
  );
}
