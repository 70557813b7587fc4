import { describe, expect, it } from 'vitest';
import { decide } from './decide.js';
import { alice, control, decisionContext, NOW } from './test-context.js';

const since = NOW - 200_000;
const waiting = control({ state: 'waiting', waitingSince: since, ownerVersion: 3 });

describe('escalating a wait nobody accepts', () => {
  it('re-offers the wait to agents, then offers the visitor to leave a message, each once', () => {
    const reoffered = decide(
      waiting,
      { type: 'escalate_wait', waitingSince: since, stage: 'reoffered' },
      decisionContext(),
    );
    expect(reoffered).toMatchObject({
      ok: true,
      entries: [{ kind: 'wait_escalated', stage: 'reoffered', waitedMs: 200_000 }],
      control: { state: 'waiting', waitingSince: since, escalation: 'reoffered' },
    });
    const afterReoffer = { ...waiting, escalation: 'reoffered' as const };
    expect(
      decide(
        afterReoffer,
        { type: 'escalate_wait', waitingSince: since, stage: 'reoffered' },
        decisionContext(),
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
    expect(
      decide(
        afterReoffer,
        { type: 'escalate_wait', waitingSince: since, stage: 'message_offered' },
        decisionContext(),
      ),
    ).toMatchObject({ ok: true, control: { escalation: 'message_offered' } });
  });

  it('leaves a wait that ended, or began again, alone', () => {
    const claimed = control({ state: 'agent', agent: alice });
    expect(
      decide(claimed, { type: 'escalate_wait', waitingSince: since, stage: 'reoffered' }, decisionContext())
        .ok,
    ).toBe(false);
    expect(
      decide(
        waiting,
        { type: 'escalate_wait', waitingSince: since - 1, stage: 'reoffered' },
        decisionContext(),
      ).ok,
    ).toBe(false);
  });

  it('forgets the escalation when the wait ends', () => {
    const escalated = { ...waiting, escalation: 'message_offered' as const };
    const decision = decide(escalated, { type: 'claim', agent: alice }, decisionContext());
    expect(decision.ok && decision.control.escalation).toBeNull();
  });
});

describe('a dropped agent’s visitor', () => {
  it('goes to the front of the queue, and stops being first once taken', () => {
    const withAlice = control({ state: 'agent', agent: alice, ownerVersion: 3 });
    const released = decide(
      withAlice,
      { type: 'release_agent', agent: alice, ownerVersion: 3 },
      decisionContext(),
    );
    expect(released.ok && released.control).toMatchObject({ state: 'waiting', isRequeued: true });
    const requeued = control({ state: 'waiting', waitingSince: NOW, isRequeued: true });
    const taken = decide(requeued, { type: 'claim', agent: alice }, decisionContext());
    expect(taken.ok && taken.control.isRequeued).toBe(false);
  });
});
