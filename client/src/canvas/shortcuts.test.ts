import { describe, expect, it } from 'vitest';
import type { TranslateFn } from '../i18n/I18nProvider';
import { translate } from '../i18n/messages';
import { keyLabel } from './shortcutList';
import { isTypingTarget, shortcutFor, type KeyInput } from './shortcuts';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  code: /^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : '',
  ctrl: false,
  meta: false,
  shift: false,
  alt: false,
  ...extra,
});

describe('shortcutFor', () => {
  it('picks tools by letter', () => {
    expect(shortcutFor(key('v'))).toEqual({ type: 'tool', tool: 'select' });
    expect(shortcutFor(key('h'))).toEqual({ type: 'tool', tool: 'hand' });
    expect(shortcutFor(key('n'))).toEqual({ type: 'tool', tool: 'sticky' });
    expect(shortcutFor(key('R'))).toEqual({ type: 'tool', tool: 'rect' });
    expect(shortcutFor(key('o'))).toEqual({ type: 'tool', tool: 'ellipse' });
    expect(shortcutFor(key('t'))).toEqual({ type: 'tool', tool: 'text' });
    expect(shortcutFor(key('f'))).toEqual({ type: 'tool', tool: 'frame' });
    expect(shortcutFor(key('c'))).toEqual({ type: 'tool', tool: 'connector' });
  });

  it('reads the physical key on a non-Latin layout', () => {
    expect(shortcutFor({ ...key('т'), code: 'KeyN' })).toEqual({ type: 'tool', tool: 'sticky' });
  });

  it('treats Ctrl and ⌘ alike for undo, redo and the rest', () => {
    expect(shortcutFor(key('z', { ctrl: true }))).toEqual({ type: 'undo' });
    expect(shortcutFor(key('z', { meta: true }))).toEqual({ type: 'undo' });
    expect(shortcutFor(key('Z', { meta: true, shift: true }))).toEqual({ type: 'redo' });
    expect(shortcutFor(key('y', { ctrl: true }))).toEqual({ type: 'redo' });
    expect(shortcutFor(key('d', { ctrl: true }))).toEqual({ type: 'duplicate' });
    expect(shortcutFor(key('a', { meta: true }))).toEqual({ type: 'selectAll' });
    expect(shortcutFor({ ...key(']', { ctrl: true }), code: 'BracketRight' })).toEqual({
      type: 'bringToFront',
    });
    expect(shortcutFor({ ...key('[', { meta: true }), code: 'BracketLeft' })).toEqual({ type: 'sendToBack' });
  });

  it('does not pick a tool when a modifier is held (Ctrl+C is copy, not the connector)', () => {
    expect(shortcutFor(key('c', { ctrl: true }))).toBeNull();
    expect(shortcutFor(key('v', { meta: true }))).toBeNull();
    expect(shortcutFor(key('n', { alt: true }))).toBeNull();
  });

  it('maps delete, escape, help and zoom', () => {
    expect(shortcutFor(key('Delete'))).toEqual({ type: 'delete' });
    expect(shortcutFor(key('Backspace'))).toEqual({ type: 'delete' });
    expect(shortcutFor(key('Escape'))).toEqual({ type: 'escape' });
    expect(shortcutFor(key('?', { shift: true }))).toEqual({ type: 'help' });
    expect(shortcutFor(key('+', { shift: true }))).toEqual({ type: 'zoomIn' });
    expect(shortcutFor(key('-'))).toEqual({ type: 'zoomOut' });
    expect(shortcutFor({ ...key('!', { shift: true }), code: 'Digit1' })).toEqual({ type: 'zoomFit' });
    expect(shortcutFor(key('0', { ctrl: true }))).toEqual({ type: 'zoom100' });
  });

  it('moves to the nearest card with Alt and an arrow', () => {
    expect(shortcutFor(key('ArrowRight', { alt: true }))).toEqual({ type: 'focusNear', direction: 'right' });
    expect(shortcutFor(key('ArrowUp', { alt: true }))).toEqual({ type: 'focusNear', direction: 'up' });
    expect(shortcutFor(key('ArrowUp', { alt: true, shift: true }))).toBeNull();
  });

  it('nudges with the arrows, further with shift', () => {
    expect(shortcutFor(key('ArrowLeft'))).toEqual({ type: 'nudge', dx: -1, dy: 0 });
    expect(shortcutFor(key('ArrowDown', { shift: true }))).toEqual({ type: 'nudge', dx: 0, dy: 10 });
  });

  it('ignores IME processing keys', () => {
    expect(shortcutFor({ ...key('Process'), code: 'KeyN' })).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('recognises fields that take text', () => {
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('keyLabel', () => {
  const ja: TranslateFn = (key, vars) => translate('ja', key, vars);
  const en: TranslateFn = (key, vars) => translate('en', key, vars);

  it('says the mouse words of a combination in the reader’s language, with the platform’s modifiers', () => {
    expect(keyLabel('Shift+Click', ja, false)).toBe('Shift+クリック');
    expect(keyLabel('Space+Drag', ja, false)).toBe('Space+ドラッグ');
    expect(keyLabel('Mod+Wheel', ja, false)).toBe('Ctrl+ホイール');
    expect(keyLabel('Mod+Wheel', en, true)).toBe('⌘Wheel');
    expect(keyLabel('Mod+Shift+Z', ja, false)).toBe('Ctrl+Shift+Z');
    expect(keyLabel('help.wheel', ja, false)).toBe('ホイール / 2本指スクロール');
  });
});
