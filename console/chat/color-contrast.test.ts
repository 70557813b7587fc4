import { describe, expect, it } from 'vitest';
import { contrastRatio, isHexColor } from './color-contrast.js';

describe('contrastRatio', () => {
  it('spans 1 for one colour on itself to 21 for black on white, in either order', () => {
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 5);
  });

  it('finds the default branding readable and pale text on yellow not', () => {
    expect(contrastRatio('#1f5fbf', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#ffd700', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('isHexColor', () => {
  it('accepts #rrggbb only', () => {
    expect(isHexColor('#1f5FBF')).toBe(true);
    expect(isHexColor('#fff')).toBe(false);
    expect(isHexColor('red')).toBe(false);
    expect(isHexColor('#1f5fbf ')).toBe(false);
  });
});
