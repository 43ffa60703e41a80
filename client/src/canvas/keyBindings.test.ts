import { describe, expect, it } from 'vitest';
import { matches } from './keyBindings';

const press = (key: string, extra: Partial<KeyboardEvent> = {}) =>
  ({
    key,
    code: '',
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...extra,
  }) as KeyboardEvent;

describe('matches', () => {
  it('reads Mod as Ctrl or ⌘ and wants exactly the modifiers named', () => {
    expect(matches(press('E', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+E')).toBe(true);
    expect(matches(press('E', { metaKey: true, shiftKey: true }), 'Mod+Shift+E')).toBe(true);
    expect(matches(press('E', { ctrlKey: true }), 'Mod+Shift+E')).toBe(false);
    expect(matches(press('E', { ctrlKey: true, shiftKey: true, altKey: true }), 'Mod+Shift+E')).toBe(false);
    expect(matches(press('d'), 'D')).toBe(true);
    expect(matches(press('D', { shiftKey: true }), 'D')).toBe(false);
  });

  it('matches a letter by its physical key on any layout, and named keys by name', () => {
    // A Japanese or Russian layout: the key says something else, the physical key is still A.
    expect(matches(press('ち', { code: 'KeyA', shiftKey: true }), 'Shift+A')).toBe(true);
    expect(matches(press('ф', { code: 'KeyA', shiftKey: true }), 'Shift+A')).toBe(true);
    expect(matches(press('PageDown'), 'PageDown')).toBe(true);
    expect(matches(press('PageUp'), 'PageDown')).toBe(false);
    expect(matches(press('Escape'), 'Escape')).toBe(true);
  });
});
