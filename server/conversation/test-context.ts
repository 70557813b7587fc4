import type { AgentRef } from '../../protocol/entries.js';
import { ALWAYS_AVAILABLE, type Availability } from './availability.js';
import { NEW_CONVERSATION_CONTROL, type ConversationControl } from './conversation-control.js';
import { DEFAULT_HANDOFF_RULES, type HandoffRules } from './handoff-rules.js';
import type { DecisionContext } from './outcome.js';

/** Shared fixtures for the state machine's tests. */
export const NOW = 1_700_000_000_000;
export const alice: AgentRef = { id: 'agent-alice', name: 'Alice' };
export const bob: AgentRef = { id: 'agent-bob', name: 'Bob' };

export function control(overrides: Partial<ConversationControl> = {}): ConversationControl {
  return { ...NEW_CONVERSATION_CONTROL, version: 4, ownerVersion: 1, ...overrides };
}

export function decisionContext(
  rules: Partial<HandoffRules> = {},
  availability: Availability = ALWAYS_AVAILABLE,
): DecisionContext {
  return { now: NOW, rules: { ...DEFAULT_HANDOFF_RULES, ...rules }, availability };
}
