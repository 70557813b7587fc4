import { describe, expect, it } from 'vitest';
import { badgeText, launcherLabel } from './launcher-label.js';
import { LAUNCHER_TEXT } from './launcher-text.js';

const { en, fr } = LAUNCHER_TEXT;

describe('launcherLabel', () => {
  it('says what pressing the launcher does, with the assistant’s name', () => {
    expect(launcherLabel(false, 0, 'Nora', en)).toBe('Open chat with Nora');
    expect(launcherLabel(true, 0, 'Nora', en)).toBe('Close chat');
  });

  it('announces unread messages while closed', () => {
    expect(launcherLabel(false, 1, 'Nora', en)).toBe('Open chat with Nora, 1 unread message');
    expect(launcherLabel(false, 2, 'Nora', en)).toBe('Open chat with Nora, 2 unread messages');
    expect(launcherLabel(true, 2, 'Nora', en)).toBe('Close chat');
  });

  it('speaks French to French visitors', () => {
    expect(launcherLabel(false, 0, 'Nora', fr)).toBe('Ouvrir la discussion avec Nora');
    expect(launcherLabel(false, 3, 'Nora', fr)).toBe('Ouvrir la discussion avec Nora, 3 messages non lus');
    expect(launcherLabel(true, 3, 'Nora', fr)).toBe('Fermer la discussion');
  });
});

describe('badgeText', () => {
  it('shows the count, capped, and nothing at zero', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(120)).toBe('99+');
  });
});
