import type { AgentProfile } from '../../protocol/agent-events.js';
import type { NewAgentResponse, TeamResponse } from '../../protocol/http-api.js';
import type { TeamApi } from '../chat/ports.js';
import { createJsonCall, field, type Fetch } from './json-call.js';

const PATH = '/api/agents';

/** The team's accounts over the relay's REST API on this origin (admins only). */
export function createTeamApi(fetchFn: Fetch = (input, init) => fetch(input, init)): TeamApi {
  const call = createJsonCall(fetchFn);
  return {
    list: () => call('GET', PATH, field<TeamResponse, 'agents'>('agents')),
    add: (request) => call<AgentProfile>('POST', PATH, field<NewAgentResponse, 'agent'>('agent'), request),
  };
}
