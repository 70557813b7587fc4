/**
 * How the charts tell their series apart without colour: each bar series has a fill pattern as well as a
 * colour, and each line its own dash, and the legends draw the same patterns and dashes. Colours come
 * from the console's palette and meet contrast on white.
 */
import type { ConversationOutcome } from '../../../protocol/insights.js';

export type FillPattern = 'solid' | 'diagonal' | 'dots' | 'crosshatch';

export interface BarStyle {
  color: string;
  pattern: FillPattern;
}

export interface LineStyle {
  color: string;
  /** Canvas line dash: lengths of dashes and gaps in CSS pixels; empty for a solid line. */
  dash: number[];
}

export const OUTCOME_STYLES: Record<ConversationOutcome, BarStyle> = {
  bot_resolved: { color: '#1a7f37', pattern: 'solid' },
  handed_off: { color: '#1f5fcc', pattern: 'diagonal' },
  abandoned: { color: '#9a4a00', pattern: 'dots' },
  unanswered: { color: '#57606a', pattern: 'crosshatch' },
};

export const SOLID_LINE: LineStyle = { color: '#1a7f37', dash: [] };
export const DASHED_LINE: LineStyle = { color: '#1f5fcc', dash: [9, 5] };
export const DOTTED_LINE: LineStyle = { color: '#9a4a00', dash: [2, 4] };

/** The side of a pattern tile, in CSS pixels. */
const TILE = 8;

/** Paints one tile of `style`'s pattern at (0, 0): pale ground, then the pattern in the full colour. */
function paintTile(context: CanvasRenderingContext2D, { color, pattern }: BarStyle, scale = 1): void {
  const size = TILE * scale;
  context.fillStyle = pattern === 'solid' ? color : '#ffffff';
  context.fillRect(0, 0, size, size);
  context.strokeStyle = color;
  context.fillStyle = color;
  context.lineWidth = 1.6 * scale;
  context.beginPath();
  switch (pattern) {
    case 'solid':
      return;
    case 'diagonal':
      // Three strokes so the lines join across tile edges.
      for (const offset of [-size, 0, size]) {
        context.moveTo(offset, size);
        context.lineTo(offset + size, 0);
      }
      context.stroke();
      return;
    case 'dots':
      context.arc(size / 2, size / 2, 1.7 * scale, 0, Math.PI * 2);
      context.fill();
      return;
    case 'crosshatch':
      context.moveTo(0, size / 2);
      context.lineTo(size, size / 2);
      context.moveTo(size / 2, 0);
      context.lineTo(size / 2, size);
      context.stroke();
  }
}

/** A tile of `style`'s pattern, `scale` times the size of a CSS-pixel tile (the screen's pixel ratio). */
export function patternTile(style: BarStyle, scale: number): HTMLCanvasElement {
  const tile = document.createElement('canvas');
  tile.width = TILE * scale;
  tile.height = TILE * scale;
  const context = tile.getContext('2d');
  if (context !== null) paintTile(context, style, scale);
  return tile;
}

const patterns = new WeakMap<CanvasRenderingContext2D, Map<FillPattern, CanvasPattern | string>>();

/** The canvas fill for `style` on `context` (a repeating pattern, or the colour where none can be made). */
export function fillFor(context: CanvasRenderingContext2D, style: BarStyle): CanvasPattern | string {
  const known = patterns.get(context) ?? new Map<FillPattern, CanvasPattern | string>();
  patterns.set(context, known);
  const cached = known.get(style.pattern);
  if (cached !== undefined) return cached;
  const fill =
    context.createPattern(patternTile(style, window.devicePixelRatio || 1), 'repeat') ?? style.color;
  known.set(style.pattern, fill);
  return fill;
}
