import type { CannedResponse, CannedResponsesResponse } from '../../protocol/http-api.js';
import type { CannedResponsesApi } from '../chat/ports.js';
import { isRecord } from './api-error.js';
import { createJsonCall, field, type Fetch } from './json-call.js';

const PATH = '/api/canned-responses';

function isCannedResponse(body: unknown): body is CannedResponse {
  return isRecord(body) && typeof body['id'] === 'string' && typeof body['shortcut'] === 'string';
}

function one(body: unknown): CannedResponse | undefined {
  return isCannedResponse(body) ? body : undefined;
}

function at(id: string): string {
  return `${PATH}/${encodeURIComponent(id)}`;
}

/** The team's canned responses over the relay's REST API on this origin. */
export function createCannedResponsesApi(
  fetchFn: Fetch = (input, init) => fetch(input, init),
): CannedResponsesApi {
  const call = createJsonCall(fetchFn);
  return {
    list: () => call('GET', PATH, field<CannedResponsesResponse, 'cannedResponses'>('cannedResponses')),
    create: (request) => call('POST', PATH, one, request),
    replace: (id, request) => call('PUT', at(id), one, request),
    remove: (id) => call('DELETE', at(id), () => null),
  };
}
