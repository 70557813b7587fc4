import type { AgentPresence } from '../../protocol/agent-events.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

/** Online agents first, then by name. */
function byPresence(left: AgentPresence, right: AgentPresence): number {
  if (left.isOnline !== right.isOnline) return left.isOnline ? -1 : 1;
  return left.name.localeCompare(right.name);
}

function describeLoad(load: number): string {
  return load === 1 ? '1 conversation' : `${load} conversations`;
}

/**
 * Who on the team is connected, on any relay process, with the status they set (online, away, offline) and
 * how many conversations each owns.
 */
export function TeamPanel() {
  const model = useModel();
  const team = useStore(model.$team);
  const myId = useStore(model.$myId);
  if (team.length === 0) return null;
  return (
    <section class="team" aria-labelledby="team-title">
      <h2 id="team-title" class="team__title">
        Team
      </h2>
      <ul class="team__list">
        {team.toSorted(byPresence).map((agent) => (
          <li
            key={agent.id}
            class={
              agent.isOnline && agent.status === 'online' ? 'team__agent' : 'team__agent team__agent--offline'
            }
          >
            <span class="team__name">{agent.id === myId ? `${agent.name} (you)` : agent.name}</span>
            <span class="team__status">
              {agent.isOnline ? agent.status : 'not connected'}, {describeLoad(agent.load)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
