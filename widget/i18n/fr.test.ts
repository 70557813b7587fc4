import { describe, expect, it } from 'vitest';
import { queueLine } from '../chat/queue-line.js';
import { botEntry, testEntry } from '../chat/test-entry.js';
import { buildTimeline } from '../chat/timeline.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { loadMessages } from './load-messages.js';

const alice = { id: 'a1', name: 'Alice' };
/** Monday 6 January 2025 at noon UTC: a Monday in every time zone from UTC-11 to UTC+11. */
const MONDAY_NOON_UTC = Date.UTC(2025, 0, 6, 12, 0);

describe('the French catalogue', () => {
  it('is what a French visitor’s frame loads, and English stays the default', async () => {
    expect(await loadMessages('fr')).toBe(fr);
    expect(await loadMessages('en')).toBe(en);
  });

  it('translates every sentence (only words spelled alike in both languages stay the same)', () => {
    const same = Object.keys(en).filter((key) => {
      const english = en[key as keyof typeof en];
      const french = fr[key as keyof typeof fr];
      return typeof english === 'string' && english === french;
    });
    expect(same).toEqual(['message', 'conversation']);
  });

  it('renders the conversation’s lines in French', () => {
    const items = buildTimeline(
      [
        testEntry(1, { kind: 'visitor_message', text: 'Bonjour' }),
        botEntry(2, 'Bonjour !'),
        testEntry(3, { kind: 'handoff_requested', trigger: 'visitor_button', reason: '' }),
        testEntry(4, { kind: 'agent_joined', agent: alice }),
        testEntry(5, {
          kind: 'handoff_unavailable',
          trigger: 'visitor_button',
          reason: '',
          why: 'closed',
          opensAt: MONDAY_NOON_UTC,
        }),
      ],
      [],
      fr,
      null,
      'fr-FR',
    );
    const system = items.filter((item) => item.speaker === 'system').map((item) => item.text);
    expect(system[0]).toBe('Vous avez demandé une personne. Quelqu’un va vous rejoindre sous peu.');
    expect(system[1]).toBe('Alice a rejoint la conversation');
    expect(system[2]).toMatch(
      /^Personne de l’équipe n’est disponible pour le moment\. Nous serons de retour lundi/,
    );
  });

  it('gives the place in the queue in French', () => {
    expect(queueLine({ position: 1, estimatedWaitMs: null }, fr)).toBe('Vous êtes 1er dans la file');
    expect(queueLine({ position: 3, estimatedWaitMs: 120_000 }, fr)).toBe(
      'Vous êtes 3e dans la file, environ 2 min',
    );
  });
});
