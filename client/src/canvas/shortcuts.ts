// Keyboard shortcuts, pure: a key press in, an action out. Ctrl and ⌘ are interchangeable so the
// same muscle memory works on every platform.
import { TOOL_KEYS, TOOLS, type Tool } from './tools';

export type ShortcutAction =
  | { type: 'tool'; tool: Tool }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'delete' }
  | { type: 'duplicate' }
  | { type: 'bringToFront' }
  | { type: 'sendToBack' }
  | { type: 'selectAll' }
  | { type: 'edit' }
  | { type: 'nudge'; dx: number; dy: number }
  | { type: 'focusNear'; direction: 'left' | 'right' | 'up' | 'down' }
  | { type: 'help' }
  | { type: 'escape' }
  | { type: 'zoomIn' }
  | { type: 'zoomOut' }
  | { type: 'zoomFit' }
  | { type: 'zoom100' };

export interface KeyInput {
  key: string;
  /** The physical key (`KeyN`): lets letter shortcuts work on non-Latin keyboard layouts. */
  code: string;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

const TOOL_BY_LETTER = new Map<string, Tool>(TOOLS.map((tool) => [TOOL_KEYS[tool], tool]));

/** The Latin letter of the key, from `key` or, for other layouts, from `code`. */
function letterOf(input: KeyInput): string | null {
  if (/^[a-z]$/i.test(input.key)) return input.key.toUpperCase();
  const match = /^Key([A-Z])$/.exec(input.code);
  return match?.[1] ?? null;
}

const NUDGE: Readonly<Record<string, [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

const ARROW_WAY: Readonly<Record<string, 'left' | 'right' | 'up' | 'down'>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function shortcutFor(input: KeyInput): ShortcutAction | null {
  // An input method is composing: the key belongs to it.
  if (input.key === 'Process' || input.key === 'Dead') return null;
  const mod = input.ctrl || input.meta;
  const letter = letterOf(input);
  if (mod && !input.alt) {
    if (letter === 'Z') return input.shift ? { type: 'redo' } : { type: 'undo' };
    if (letter === 'Y') return { type: 'redo' };
    if (letter === 'D') return { type: 'duplicate' };
    if (letter === 'A') return { type: 'selectAll' };
    if (input.key === ']' || input.code === 'BracketRight') return { type: 'bringToFront' };
    if (input.key === '[' || input.code === 'BracketLeft') return { type: 'sendToBack' };
    if (input.key === '=' || input.key === '+') return { type: 'zoomIn' };
    if (input.key === '-') return { type: 'zoomOut' };
    if (input.key === '0') return { type: 'zoom100' };
    return null;
  }
  const way = ARROW_WAY[input.key];
  if (input.alt && !input.shift && !input.meta && !input.ctrl && way)
    return { type: 'focusNear', direction: way };
  if (input.alt || input.meta || input.ctrl) return null;
  if (input.key === 'Delete' || input.key === 'Backspace') return { type: 'delete' };
  if (input.key === 'Escape') return { type: 'escape' };
  if (input.key === 'Enter') return { type: 'edit' };
  if (input.key === '?') return { type: 'help' };
  if (input.key === '+' || input.key === '=') return { type: 'zoomIn' };
  if (input.key === '-') return { type: 'zoomOut' };
  if (input.shift && (input.key === '!' || input.code === 'Digit1')) return { type: 'zoomFit' };
  if (input.shift && (input.key === ')' || input.code === 'Digit0')) return { type: 'zoom100' };
  const nudge = NUDGE[input.key];
  if (nudge) {
    const step = input.shift ? 10 : 1;
    return { type: 'nudge', dx: nudge[0] * step, dy: nudge[1] * step };
  }
  if (letter && !input.shift) {
    const tool = TOOL_BY_LETTER.get(letter);
    if (tool) return { type: 'tool', tool };
  }
  return null;
}

/** Whether a key event comes from a place that takes typing (then shortcuts stay out of it). */
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean } | null): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? '').toUpperCase();
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable === true;
}
