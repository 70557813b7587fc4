import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyPress } from './keyboard-shortcuts.js';

const plain: KeyPress = {
  key: 'n',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isInTextField: false,
  isInDialog: false,
};

describe('shortcutFor', () => {
  it('maps the single keys to their actions', () => {
    expect(shortcutFor(plain)).toBe('next-waiting');
    expect(shortcutFor({ ...plain, key: 't' })).toBe('take-over');
    expect(shortcutFor({ ...plain, key: 'r' })).toBe('resolve');
    expect(shortcutFor({ ...plain, key: 'm' })).toBe('transfer');
    expect(shortcutFor({ ...plain, key: '?' })).toBe('help');
  });

  it('leaves keys typed in a text field or a dialog alone', () => {
    expect(shortcutFor({ ...plain, isInTextField: true })).toBeNull();
    expect(shortcutFor({ ...plain, isInDialog: true })).toBeNull();
  });

  it('leaves the browser’s and assistive technology’s modified keys alone', () => {
    expect(shortcutFor({ ...plain, ctrlKey: true })).toBeNull();
    expect(shortcutFor({ ...plain, metaKey: true })).toBeNull();
    expect(shortcutFor({ ...plain, altKey: true })).toBeNull();
  });

  it('ignores other keys, and upper case letters', () => {
    expect(shortcutFor({ ...plain, key: 'x' })).toBeNull();
    expect(shortcutFor({ ...plain, key: 'N' })).toBeNull();
  });
});
