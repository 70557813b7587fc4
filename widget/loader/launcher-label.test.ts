import { describe, expect, it } from 'vitest';
import { badgeText, launcherLabel } from './launcher-label.js';

describe('launcherLabel', () => {
  it('says what pressing the launcher does', () => {
    expect(launcherLabel(false, 0)).toBe('Open chat');
    expect(launcherLabel(true, 0)).toBe('Close chat');
  });

  it('announces unread messages while closed', () => {
    expect(launcherLabel(false, 1)).toBe('Open chat, 1 unread message');
    expect(launcherLabel(false, 2)).toBe('Open chat, 2 unread messages');
    expect(launcherLabel(true, 2)).toBe('Close chat');
  });
});

describe('badgeText', () => {
  it('shows the count, capped, and nothing at zero', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(120)).toBe('99+');
  });
});
